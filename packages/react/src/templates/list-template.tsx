import type { ReactElement } from "react";
import { FormattedText } from "../markup/formatted-text.js";
import { CardBody, CardButtons, readCardElements } from "./card-element.js";
import { arrayField, stringField } from "./read-fields.js";
import {
  type ReadActionOptions,
  readTemplateActions,
  TemplateActionList,
} from "./template-action.js";
import type { TemplateViewProps } from "./template-types.js";

// TEMPLATES.md §2: a list click sends `payload || title || value`.
const listActionOptions: ReadActionOptions = { bodyFields: ["payload", "title", "value"] };

/**
 * `list`: vertical items (`title`, `subtitle`, `image_url`, `default_action`, `buttons`)
 * plus optional footer `buttons`.
 *
 * @example
 * <ListTemplate part={part} interactive onSend={send} />
 */
export function ListTemplate({ part, interactive, onSend }: TemplateViewProps): ReactElement {
  const text = stringField(part.payload, "text");
  const elements = readCardElements(arrayField(part.payload, "elements"), listActionOptions);
  const footer = readTemplateActions(
    arrayField(part.payload, "buttons"),
    listActionOptions,
    "footer",
  );
  return (
    <div className="kc-template kc-list-template">
      {(text !== undefined || (elements.length === 0 && footer.length === 0)) && (
        <div className="kc-template__text">
          <FormattedText text={text ?? part.fallbackText} />
        </div>
      )}
      {elements.length > 0 && (
        <ul className="kc-list">
          {elements.map((element) => (
            <li key={element.key} className="kc-card kc-list__item">
              <div className="kc-list__content">
                <CardBody element={element} interactive={interactive} onSend={onSend} />
              </div>
              <CardButtons element={element} interactive={interactive} onSend={onSend} />
            </li>
          ))}
        </ul>
      )}
      <TemplateActionList
        actions={footer}
        interactive={interactive}
        onSend={onSend}
        className="kc-template__buttons kc-list__footer"
      />
    </div>
  );
}
