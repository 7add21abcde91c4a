import { type ReactElement, useId, useState } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { dateLabel, formatDate, isoDate } from "./date-format.js";
import { readDateBounds, withinBounds } from "./date-template.js";
import { dateTimeFormat } from "./intl-format.js";
import { PickerForm } from "./picker-form.js";
import { stringField } from "./read-fields.js";
import type { TemplateSend, TemplateViewProps } from "./template-types.js";

/**
 * `daterange`: `text_message`, then a group (named by `title`) of two labelled native date
 * inputs, start and end, bounded by `startDate` / `endDate` (the end by the start too).
 * Confirm sends `"<start> to <end>"` in the payload's `format` (or `"<start> <delimiter>
 * <end>"`), as the official SDK; the user's bubble shows the readable range. Read-only
 * from history and once sent.
 *
 * @example
 * <DateRangeTemplate part={part} interactive onSend={send} />
 */
export function DateRangeTemplate({
  part,
  interactive,
  answered,
  onSend,
}: TemplateViewProps): ReactElement {
  const strings = useStrings();
  const id = useId();
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const bounds = readDateBounds(part.payload);
  const from = isoDate(start);
  const to = isoDate(end);
  const title = stringField(part.payload, "title");
  const delimiter = stringField(part.payload, "delimiter") ?? "to";
  let send: TemplateSend | undefined;
  if (
    from !== undefined &&
    to !== undefined &&
    from <= to &&
    withinBounds(from, bounds) &&
    withinBounds(to, bounds)
  ) {
    const human = dateTimeFormat(strings.formatLocale, { dateStyle: "medium" });
    send = {
      body: `${formatDate(from, bounds.format)} ${delimiter} ${formatDate(to, bounds.format)}`,
      renderMsg: strings.dateRange(dateLabel(from, human), dateLabel(to, human)),
    };
  }
  return (
    <PickerForm
      className="kc-date-range-template"
      payload={part.payload}
      interactive={interactive}
      answered={answered}
      onSend={onSend}
      filled={from !== undefined && to !== undefined}
      send={send}
    >
      {(enabled) => (
        <fieldset className="kc-choice-form__fieldset kc-picker__fields">
          {title !== undefined && <legend className="kc-template__text">{title}</legend>}
          <div className="kc-picker__field">
            <label htmlFor={`${id}-start`}>{strings.startDate}</label>
            <input
              id={`${id}-start`}
              type="date"
              className="kc-form-field__input"
              required
              min={bounds.min}
              max={bounds.max}
              value={start}
              disabled={!enabled}
              onChange={(event) => setStart(event.target.value)}
            />
          </div>
          <div className="kc-picker__field">
            <label htmlFor={`${id}-end`}>{strings.endDate}</label>
            <input
              id={`${id}-end`}
              type="date"
              className="kc-form-field__input"
              required
              min={from ?? bounds.min}
              max={bounds.max}
              value={end}
              disabled={!enabled}
              onChange={(event) => setEnd(event.target.value)}
            />
          </div>
        </fieldset>
      )}
    </PickerForm>
  );
}
