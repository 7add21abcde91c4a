import type { ReactElement } from "react";
import { FormattedText } from "../markup/formatted-text.js";
import { FallbackTemplate } from "./fallback-template.js";
import { MoreActions } from "./more-actions.js";
import {
  arrayField,
  isRecord,
  recordField,
  recordsField,
  stringField,
  type UnknownRecord,
} from "./read-fields.js";
import { readTemplateActions, type TemplateAction, TemplateActionList } from "./template-action.js";
import { TemplateIcon } from "./template-icon.js";
import type { TemplateSend, TemplateViewProps } from "./template-types.js";

const linkType = /^(web_)?url$/i;

/**
 * A card's `buttons[]`: the official SDK opens a `web_url` button's `value` when it has no
 * `url`, so that is read as its link.
 *
 * @example
 * readCardButtons([{ type: "web_url", title: "Open", value: "https://example.com" }], "c0")[0]?.kind; // "link"
 */
export function readCardButtons(raw: readonly unknown[], keyPrefix: string): TemplateAction[] {
  return readTemplateActions(
    raw.map((button) =>
      isRecord(button) &&
      linkType.test(stringField(button, "type") ?? "") &&
      stringField(button, "url") === undefined
        ? { ...button, url: button.value }
        : button,
    ),
    {},
    keyPrefix,
  );
}

interface CardProps {
  readonly card: UnknownRecord;
  readonly cardKey: string;
  readonly interactive: boolean;
  readonly onSend: (send: TemplateSend) => void;
}

function Card({ card, cardKey, interactive, onSend }: CardProps): ReactElement {
  const heading = recordField(card, "cardHeading");
  const title = stringField(heading, "title");
  const description = stringField(heading, "description");
  const extra = recordField(heading, "headerExtraInfo");
  const rows = recordsField(card, "cardDescription").filter(
    (row) =>
      stringField(row, "title") !== undefined || stringField(row, "description") !== undefined,
  );
  // `cardType: "list"`: each row is a small label (`description`) over its value (`title`).
  const pairs = stringField(card, "cardType") === "list";
  return (
    <li className="kc-card kc-sdk-card">
      {heading !== undefined && (
        <div className="kc-sdk-card__heading">
          <TemplateIcon source={heading} />
          <div className="kc-sdk-card__titles">
            {title !== undefined && (
              <div className="kc-card__title">
                <FormattedText text={title} />
              </div>
            )}
            {description !== undefined && (
              <div className="kc-card__subtitle">
                <FormattedText text={description} />
              </div>
            )}
          </div>
          <MoreActions
            actions={readCardButtons(arrayField(extra, "dropdownOptions"), `${cardKey}-menu`)}
            label={stringField(extra, "title")}
            interactive={interactive}
            onSend={onSend}
          />
        </div>
      )}
      {rows.length > 0 && (
        <ul className={`kc-sdk-rows${pairs ? " kc-sdk-rows--pairs" : ""}`}>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of one payload never reorder.
            <li key={index} className="kc-sdk-rows__row">
              <TemplateIcon source={row} />
              <span className={pairs ? "kc-sdk-rows__pair" : "kc-sdk-rows__text"}>
                {pairs && stringField(row, "description") !== undefined && (
                  <span className="kc-card__subtitle">{stringField(row, "description")}</span>
                )}
                <FormattedText text={stringField(row, "title") ?? ""} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <TemplateActionList
        actions={readCardButtons(arrayField(card, "buttons"), `${cardKey}-button`)}
        interactive={interactive}
        onSend={onSend}
        className="kc-card__buttons"
      />
    </li>
  );
}

/**
 * `cardTemplate`: `cards[]`, each a `cardHeading` (`icon` or `iconText`, `title`,
 * `description`, a `headerExtraInfo` menu of `dropdownOptions`), `cardDescription[]` rows
 * (`icon`, `title`; with `cardType: "list"` a `description` label over each `title`) and
 * `buttons[]`. Buttons send `payload` (or `value`) with their `title`; links open safe URLs.
 * The payload's style objects (`cardStyles`…) are not applied: no inline styles (strict CSP).
 *
 * @example
 * <CardTemplate part={part} interactive onSend={send} />
 */
export function CardTemplate(props: TemplateViewProps): ReactElement {
  const cards = recordsField(props.part.payload, "cards").filter(
    (card) =>
      recordField(card, "cardHeading") !== undefined ||
      arrayField(card, "cardDescription").length > 0 ||
      arrayField(card, "buttons").length > 0,
  );
  if (cards.length === 0) return <FallbackTemplate {...props} />;
  return (
    <ul className="kc-template kc-list kc-card-template">
      {cards.map((card, index) => (
        <Card
          // biome-ignore lint/suspicious/noArrayIndexKey: cards of one payload never reorder.
          key={index}
          card={card}
          cardKey={`card-${index}`}
          interactive={props.interactive}
          onSend={props.onSend}
        />
      ))}
    </ul>
  );
}
