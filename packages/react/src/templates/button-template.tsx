import type { ReactElement } from "react";
import { FormattedText } from "../markup/formatted-text.js";
import { arrayField, stringField } from "./read-fields.js";
import { readTemplateActions, TemplateActionList } from "./template-action.js";
import type { TemplateViewProps } from "./template-types.js";

/**
 * `button`: `text`, optional `subText`, `buttons[]` (postback sends `payload ?? value ?? title`,
 * `web_url`/`url` opens a safe link in a new tab and sends nothing).
 *
 * @example
 * <ButtonTemplate part={part} interactive onSend={(send) => store.send(send)} />
 */
export function ButtonTemplate({ part, interactive, onSend }: TemplateViewProps): ReactElement {
  const text = stringField(part.payload, "text");
  const subText = stringField(part.payload, "subText");
  const actions = readTemplateActions(arrayField(part.payload, "buttons"));
  return (
    <div className="kc-template kc-button-template">
      {text !== undefined && (
        <div className="kc-template__text">
          <FormattedText text={text} />
        </div>
      )}
      {subText !== undefined && (
        <div className="kc-template__subtext">
          <FormattedText text={subText} />
        </div>
      )}
      <TemplateActionList
        actions={actions}
        interactive={interactive}
        onSend={onSend}
        className="kc-template__buttons"
      />
      {text === undefined && actions.length === 0 && (
        <div className="kc-template__text">
          <FormattedText text={part.fallbackText} />
        </div>
      )}
    </div>
  );
}
