import type { ReactElement } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { ChoiceForm, readChoices } from "./choice-form.js";
import { arrayField, stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

/**
 * `dropdown_template`: `heading` labels a native select of `elements[{ title, value }]`;
 * the submit button sends the chosen `value` (the bubble shows its `title`).
 *
 * @example
 * <DropdownTemplate part={part} interactive onSend={send} />
 */
export function DropdownTemplate({
  part,
  interactive,
  answered,
  onSend,
}: TemplateViewProps): ReactElement {
  const strings = useStrings();
  return (
    <ChoiceForm
      kind="select"
      className="kc-dropdown-template"
      legend={stringField(part.payload, "heading") ?? part.fallbackText}
      choices={readChoices(arrayField(part.payload, "elements"))}
      buttons={[strings.submit]}
      interactive={interactive}
      answered={answered}
      onSend={onSend}
    />
  );
}
