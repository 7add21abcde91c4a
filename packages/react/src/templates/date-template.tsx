import { type ReactElement, useId, useState } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { dateFormatOf, dateLabel, formatDate, isoDate, parseDate } from "./date-format.js";
import { dateTimeFormat } from "./intl-format.js";
import { PickerForm } from "./picker-form.js";
import { stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

/** A date picker's payload, read: the wire `format` and the ISO bounds from `startDate` / `endDate`. */
export interface DateBounds {
  readonly format: string;
  readonly min: string | undefined;
  readonly max: string | undefined;
}

/**
 * `format` (default `DD-MM-YYYY`) and the bounds `startDate` / `endDate` written in it;
 * bounds that cannot be read, or that exclude every date, are dropped.
 *
 * @example
 * readDateBounds({ format: "MM-DD-YYYY", startDate: "01-01-2025", endDate: "soon" });
 * // { format: "MM-DD-YYYY", min: "2025-01-01", max: undefined }
 */
export function readDateBounds(payload: unknown): DateBounds {
  const format = dateFormatOf(stringField(payload, "format"));
  const min = parseDate(stringField(payload, "startDate"), format);
  const max = parseDate(stringField(payload, "endDate"), format);
  if (min !== undefined && max !== undefined && min > max) {
    return { format, min: undefined, max: undefined };
  }
  return { format, min, max };
}

/** True when the ISO date `value` is within the bounds (ISO dates compare as text). */
export function withinBounds(value: string, bounds: DateBounds): boolean {
  return (
    (bounds.min === undefined || value >= bounds.min) &&
    (bounds.max === undefined || value <= bounds.max)
  );
}

/**
 * `dateTemplate`: `text_message` over a labelled native date input (`title`, bounded by
 * `startDate` / `endDate`) and Confirm, which sends the date written in the payload's
 * `format` (`MM-DD-YYYY` → `03-05-2025`, as the official SDK) and shows it to the user as
 * a readable date. Read-only from history and once sent.
 *
 * @example
 * <DateTemplate part={part} interactive onSend={send} />
 */
export function DateTemplate({
  part,
  interactive,
  answered,
  onSend,
}: TemplateViewProps): ReactElement {
  const strings = useStrings();
  const id = useId();
  const [value, setValue] = useState("");
  const bounds = readDateBounds(part.payload);
  const date = isoDate(value);
  const body = date === undefined ? undefined : formatDate(date, bounds.format);
  const send =
    date === undefined || body === undefined || !withinBounds(date, bounds)
      ? undefined
      : {
          body,
          renderMsg: dateLabel(date, dateTimeFormat(strings.formatLocale, { dateStyle: "medium" })),
        };
  return (
    <PickerForm
      className="kc-date-template"
      payload={part.payload}
      interactive={interactive}
      answered={answered}
      onSend={onSend}
      filled={date !== undefined}
      send={send}
    >
      {(enabled) => (
        <div className="kc-picker__field">
          <label htmlFor={id}>{stringField(part.payload, "title") ?? strings.date}</label>
          <input
            id={id}
            type="date"
            className="kc-form-field__input"
            required
            min={bounds.min}
            max={bounds.max}
            value={value}
            disabled={!enabled}
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
      )}
    </PickerForm>
  );
}
