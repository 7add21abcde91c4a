import type { ReactElement } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { type Choice, ChoiceForm } from "./choice-form.js";
import { arrayField, recordField, stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

/** `radioOptions[]`: `title` and `value`, or the same inside `postback`. */
function readRadioOptions(raw: readonly unknown[]): Choice[] {
  const choices: Choice[] = [];
  raw.forEach((item, index) => {
    const postback = recordField(item, "postback");
    const title = stringField(item, "title") ?? stringField(postback, "title");
    const value = stringField(postback, "value") ?? stringField(item, "value") ?? title;
    if (value !== undefined) choices.push({ key: `c-${index}`, value, label: title ?? value });
  });
  return choices;
}

/**
 * `radioOptionTemplate`: `heading` and `radioOptions[{ title, value, postback }]` as radios;
 * the submit button sends the chosen value (the bubble shows its title).
 *
 * @example
 * <RadioOptionTemplate part={part} interactive onSend={send} />
 */
export function RadioOptionTemplate({
  part,
  interactive,
  answered,
  onSend,
}: TemplateViewProps): ReactElement {
  const strings = useStrings();
  return (
    <ChoiceForm
      kind="radio"
      className="kc-radio-option-template"
      legend={stringField(part.payload, "heading") ?? part.fallbackText}
      choices={readRadioOptions(arrayField(part.payload, "radioOptions"))}
      buttons={[strings.submit]}
      interactive={interactive}
      answered={answered}
      onSend={onSend}
    />
  );
}
