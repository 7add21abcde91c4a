import { type ReactElement, useId, useState } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { formatTime, timeLabel } from "./date-format.js";
import { dateTimeFormat } from "./intl-format.js";
import { PickerForm } from "./picker-form.js";
import { stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

/**
 * `clockTemplate`: `text_message` over a labelled native time input (`title`) and Confirm,
 * which sends the time as the official SDK does (`hh:mm AA`: `02:30 PM`) and shows it to
 * the user in their locale's format. Read-only from history and once sent.
 *
 * @example
 * <ClockTemplate part={part} interactive onSend={send} />
 */
export function ClockTemplate({
  part,
  interactive,
  answered,
  onSend,
}: TemplateViewProps): ReactElement {
  const strings = useStrings();
  const id = useId();
  const [value, setValue] = useState("");
  const body = formatTime(value);
  return (
    <PickerForm
      className="kc-clock-template"
      payload={part.payload}
      interactive={interactive}
      answered={answered}
      onSend={onSend}
      filled={body !== undefined}
      send={
        body === undefined
          ? undefined
          : {
              body,
              renderMsg: timeLabel(
                value,
                dateTimeFormat(strings.formatLocale, { timeStyle: "short" }),
              ),
            }
      }
    >
      {(enabled) => (
        <div className="kc-picker__field">
          <label htmlFor={id}>{stringField(part.payload, "title") ?? strings.time}</label>
          <input
            id={id}
            type="time"
            className="kc-form-field__input"
            required
            value={value}
            disabled={!enabled}
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
      )}
    </PickerForm>
  );
}
