import { type ReactElement, useId, useState } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { FormattedText } from "../markup/formatted-text.js";
import { safeImageUrl, safeLinkUrl } from "../markup/safe-url.js";
import {
  arrayField,
  booleanField,
  isRecord,
  recordField,
  recordsField,
  stringField,
  textValue,
} from "./read-fields.js";
import {
  type ReadActionOptions,
  readTemplateAction,
  type TemplateAction,
  TemplateActionControl,
} from "./template-action.js";
import type { TemplateSend, TemplateViewProps } from "./template-types.js";

// The official SDK sends a list view item's `title || payload || value` (renderMsg: `title`).
const itemActionOptions: ReadActionOptions = { bodyFields: ["title", "payload", "value"] };

/** An item's `value`: plain text, or a link (`{ type: "url", uri | url, text }`). */
export type ListViewValue =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "link"; readonly text: string; readonly href: string };

/** One item of a list view, read. */
export interface ListViewItem {
  readonly key: string;
  readonly title: string | undefined;
  readonly subtitle: string | undefined;
  readonly imageUrl: string | undefined;
  readonly value: ListViewValue | undefined;
  /** `default_action`: the title becomes a button (postback) or a link (web_url). */
  readonly action: TemplateAction | undefined;
}

function readValue(raw: unknown): ListViewValue | undefined {
  if (!isRecord(raw)) {
    const text = textValue(raw);
    return text === undefined ? undefined : { kind: "text", text };
  }
  const url = stringField(raw, "uri") ?? stringField(raw, "url");
  const href = url === undefined ? undefined : safeLinkUrl(url);
  const text = stringField(raw, "text") ?? stringField(raw, "title") ?? url;
  if (text === undefined) return undefined;
  return href !== undefined && stringField(raw, "type")?.toLowerCase() === "url"
    ? { kind: "link", text, href }
    : { kind: "text", text };
}

/**
 * Reads `elements[]` (or one tab of `moreData`): `title`, `subtitle`, `image_url` (http(s)
 * or a raster data: URL only), `value` and `default_action`. Entries with nothing to show
 * are skipped.
 *
 * @example
 * readListViewItems([{ title: "Checking", value: { type: "text", text: "$9,000" } }, null], "item");
 * // [{ key: "item-0", title: "Checking", value: { kind: "text", text: "$9,000" }, … }]
 */
export function readListViewItems(raw: readonly unknown[], keyPrefix: string): ListViewItem[] {
  const items: ListViewItem[] = [];
  raw.forEach((entry, index) => {
    if (!isRecord(entry)) return;
    const key = `${keyPrefix}-${index}`;
    const title = stringField(entry, "title");
    const image = stringField(entry, "image_url");
    const actionRaw = recordField(entry, "default_action");
    const read =
      actionRaw === undefined
        ? undefined
        : readTemplateAction(actionRaw, `${key}-action`, itemActionOptions);
    const item: ListViewItem = {
      key,
      title,
      subtitle: stringField(entry, "subtitle"),
      imageUrl: image === undefined ? undefined : safeImageUrl(image),
      value: readValue(entry.value),
      // The item shows its own title, whatever the action's (which is what it sends).
      action: read === undefined || title === undefined ? read : { ...read, title },
    };
    if (item.title !== undefined || item.subtitle !== undefined || item.value !== undefined) {
      items.push(item);
    }
  });
  return items;
}

/** `moreData`: `{ "<tab name>": [items] }`, in the payload's order. */
function readMoreData(payload: unknown): { name: string; items: ListViewItem[] }[] {
  const moreData = recordField(payload, "moreData");
  if (moreData === undefined) return [];
  return Object.keys(moreData).flatMap((name, index) => {
    const items = readListViewItems(arrayField(moreData, name), `more-${index}`);
    return items.length > 0 ? [{ name, items }] : [];
  });
}

interface ItemListProps {
  readonly items: readonly ListViewItem[];
  readonly interactive: boolean;
  readonly onSend: (send: TemplateSend) => void;
  readonly labelledBy?: string;
}

function ItemList({ items, interactive, onSend, labelledBy }: ItemListProps): ReactElement {
  return (
    <ul className="kc-list kc-list-view__items" aria-labelledby={labelledBy}>
      {items.map((item) => (
        <li key={item.key} className="kc-card kc-list-view__item">
          {item.imageUrl !== undefined && (
            <img className="kc-list-view__image" src={item.imageUrl} alt="" />
          )}
          <div className="kc-list-view__content">
            {item.title !== undefined && (
              <div className="kc-card__title">
                {item.action !== undefined ? (
                  <TemplateActionControl
                    action={item.action}
                    interactive={interactive}
                    onSend={onSend}
                    className="kc-card__title-action"
                  />
                ) : (
                  item.title
                )}
              </div>
            )}
            {item.subtitle !== undefined && (
              <div className="kc-card__subtitle">{item.subtitle}</div>
            )}
          </div>
          {item.value?.kind === "link" ? (
            <a
              className="kc-list-view__value"
              href={item.value.href}
              target="_blank"
              rel="noopener noreferrer"
            >
              {item.value.text}
            </a>
          ) : (
            item.value !== undefined && <div className="kc-list-view__value">{item.value.text}</div>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * `listView`: `heading` (or `text`) over items (`title`, `subtitle`, `image_url`, `value`,
 * `default_action`). With `seeMore`, only the first `moreCount` items show, and a
 * disclosure button (titled by `buttons[0].title`) reveals the others and the `moreData`
 * tabs, each a named list. A postback item sends `title || payload || value` of its
 * action, as the official SDK; items from history are read-only, links keep working.
 *
 * @example
 * <ListViewTemplate part={part} interactive onSend={send} />
 */
export function ListViewTemplate({ part, interactive, onSend }: TemplateViewProps): ReactElement {
  const strings = useStrings();
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const { payload } = part;
  const items = readListViewItems(arrayField(payload, "elements"), "item");
  const seeMore = booleanField(payload, "seeMore") === true;
  const moreCount = Number(stringField(payload, "moreCount"));
  const shown =
    seeMore && Number.isInteger(moreCount) && moreCount >= 0 ? items.slice(0, moreCount) : items;
  const hidden = items.slice(shown.length);
  const more = seeMore ? readMoreData(payload) : [];
  const heading = stringField(payload, "heading") ?? stringField(payload, "text");
  const buttonTitle = stringField(recordsField(payload, "buttons")[0], "title") ?? strings.seeMore;
  return (
    <div className="kc-template kc-list-view">
      {(heading !== undefined || items.length === 0) && (
        <div className="kc-template__text">
          <FormattedText text={heading ?? part.fallbackText} />
        </div>
      )}
      {shown.length > 0 && <ItemList items={shown} interactive={interactive} onSend={onSend} />}
      {(hidden.length > 0 || more.length > 0) && (
        <>
          <button
            type="button"
            className="kc-template-button kc-list-view__more"
            aria-expanded={expanded}
            aria-controls={`${id}-more`}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? strings.showLess : buttonTitle}
          </button>
          <div id={`${id}-more`} className="kc-list-view__more-items" hidden={!expanded}>
            {hidden.length > 0 && (
              <ItemList items={hidden} interactive={interactive} onSend={onSend} />
            )}
            {more.map((group, index) => (
              <div key={group.name} className="kc-list-view__group">
                <div id={`${id}-group-${index}`} className="kc-list-view__group-title">
                  {group.name}
                </div>
                <ItemList
                  items={group.items}
                  interactive={interactive}
                  onSend={onSend}
                  labelledBy={`${id}-group-${index}`}
                />
              </div>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
