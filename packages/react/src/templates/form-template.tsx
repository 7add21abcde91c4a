import { type ReactElement, useId, useState } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { FormattedText } from "../markup/formatted-text.js";
import { recordField, recordsField, stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

const inputTypes: ReadonlySet<string> = new Set(["text", "password", "email", "number", "tel"]);

/**
 * `form_template`: `heading` and `formFields[{ type, label, placeholder, fieldButton.title }]`,
 * each a labelled input with its button that sends the value. A password's bubble is masked
 * (one `•` per character). Disabled from history and once sent.
 *
 * @example
 * <FormTemplate part={part} interactive onSend={send} />
 */
export function FormTemplate({
  part,
  interactive,
  answered,
  onSend,
}: TemplateViewProps): ReactElement {
  const strings = useStrings();
  const id = useId();
  const [values, setValues] = useState<Readonly<Record<number, string>>>({});
  // `sent` answers at once; the store's `answered` keeps it read-only once the row is recycled.
  const [sent, setSent] = useState(false);
  const enabled = interactive && !sent && answered !== true;
  return (
    <div className="kc-template kc-form-template">
      <div className="kc-template__text">
        <FormattedText text={stringField(part.payload, "heading") ?? part.fallbackText} />
      </div>
      {recordsField(part.payload, "formFields").map((field, index) => {
        const type = stringField(field, "type")?.toLowerCase() ?? "text";
        const value = values[index] ?? "";
        const fieldId = `${id}-${index}`;
        return (
          <form
            // biome-ignore lint/suspicious/noArrayIndexKey: fields have no id; the list never reorders.
            key={index}
            className="kc-form-field"
            onSubmit={(event) => {
              event.preventDefault();
              if (!enabled || value === "") return;
              setSent(true);
              onSend({
                body: value,
                renderMsg: type === "password" ? "•".repeat([...value].length) : value,
                ...(type === "password" ? { sensitive: true } : {}),
                answersTemplate: true,
              });
            }}
          >
            <label htmlFor={fieldId}>{stringField(field, "label") ?? strings.formField}</label>
            <input
              id={fieldId}
              className="kc-form-field__input"
              type={inputTypes.has(type) ? type : "text"}
              placeholder={stringField(field, "placeholder")}
              value={value}
              disabled={!enabled}
              onChange={(event) => setValues({ ...values, [index]: event.target.value })}
            />
            <button
              type="submit"
              className="kc-template-button"
              disabled={!enabled || value === ""}
            >
              {stringField(recordField(field, "fieldButton"), "title") ?? strings.submit}
            </button>
          </form>
        );
      })}
    </div>
  );
}
