import type { ReactElement } from "react";
import { FormattedText } from "../markup/formatted-text.js";
import { AdvancedListItem } from "./advanced-list-item.js";
import { booleanField, recordsField, stringField } from "./read-fields.js";
import { displayCount, SeeMoreList } from "./see-more-list.js";
import type { TemplateViewProps } from "./template-types.js";

/**
 * `advancedListTemplate`: a `title` and `description` over `listItems[]` (see
 * `AdvancedListItem`). With `listItemDisplayCount` (unless `seeMore` is false) only that many
 * show, and a disclosure button (`seeMoreTitle`) reveals the rest. From history its buttons
 * and choices are read-only; its disclosures still open. Sorting, search, filters and
 * `navHeaders` tabs of the official SDK are not rendered.
 *
 * @example
 * <AdvancedListTemplate part={part} interactive onSend={send} />
 */
export function AdvancedListTemplate({
  part,
  interactive,
  answered,
  onSend,
}: TemplateViewProps): ReactElement {
  const { payload } = part;
  const items = recordsField(payload, "listItems").filter(
    (item) =>
      stringField(item, "title") !== undefined || stringField(item, "description") !== undefined,
  );
  const title =
    stringField(payload, "title") ?? (items.length === 0 ? part.fallbackText : undefined);
  const description = stringField(payload, "description");
  return (
    <div className="kc-template kc-advanced-list">
      {title !== undefined && (
        <div className="kc-template__text kc-card__title">
          <FormattedText text={title} />
        </div>
      )}
      {description !== undefined && (
        <div className="kc-template__subtext">
          <FormattedText text={description} />
        </div>
      )}
      <SeeMoreList
        items={items.map((item, index) => (
          <AdvancedListItem
            // biome-ignore lint/suspicious/noArrayIndexKey: items of one payload never reorder.
            key={index}
            item={item}
            itemKey={`item-${index}`}
            interactive={interactive}
            answered={answered}
            onSend={onSend}
          />
        ))}
        count={
          booleanField(payload, "seeMore") === false
            ? items.length
            : displayCount(stringField(payload, "listItemDisplayCount"), items.length)
        }
        label={stringField(payload, "seeMoreTitle")}
      />
    </div>
  );
}
