import type { ReactElement } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { ChoiceForm, readChoices } from "./choice-form.js";
import { arrayField, stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

/**
 * `multi_select`: `elements[{ title, value }]` as checkboxes; each of `buttons[]` sends the
 * selected values joined by `,` (the bubble shows the titles joined by ", ").
 *
 * @example
 * <MultiSelectTemplate part={part} interactive onSend={send} />
 */
export function MultiSelectTemplate({
  part,
  interactive,
  answered,
  onSend,
}: TemplateViewProps): ReactElement {
  const strings = useStrings();
  const titles = arrayField(part.payload, "buttons")
    .map((button) => stringField(button, "title"))
    .filter((title) => title !== undefined);
  return (
    <ChoiceForm
      kind="checkbox"
      className="kc-multi-select-template"
      legend={
        stringField(part.payload, "heading") ??
        stringField(part.payload, "text") ??
        part.fallbackText
      }
      choices={readChoices(arrayField(part.payload, "elements"))}
      buttons={titles.length > 0 ? titles : [strings.done]}
      interactive={interactive}
      answered={answered}
      onSend={onSend}
    />
  );
}
