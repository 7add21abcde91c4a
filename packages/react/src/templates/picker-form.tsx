import { type ReactElement, type ReactNode, useState } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { FormattedText } from "../markup/formatted-text.js";
import { stringField } from "./read-fields.js";
import type { TemplateSend } from "./template-types.js";

export interface PickerFormProps {
  readonly className: string;
  /** The template's payload: its `text_message` (or `text`) is shown above the fields. */
  readonly payload: unknown;
  readonly interactive: boolean;
  /** The store remembers the user answered it: read-only. */
  readonly answered?: boolean | undefined;
  readonly onSend: (send: TemplateSend) => void;
  /** Every field has a value: Confirm is enabled. */
  readonly filled: boolean;
  /**
   * What Confirm sends; `undefined` while a value is out of range (the browser has then
   * already refused the submit and said why, from the inputs' `min` / `max`).
   */
  readonly send: TemplateSend | undefined;
  /** The fields, given whether they can still be changed. */
  readonly children: (enabled: boolean) => ReactNode;
}

/**
 * The form of a picker template (date, date range, time): its message, its native
 * inputs and a Confirm button that sends once. Disabled when not `interactive` (from
 * history) and after the send, like the other form templates. The inputs' own `min` /
 * `max` make the browser refuse an out-of-range value before the form is submitted.
 *
 * @example
 * <PickerForm className="kc-date-template" payload={part.payload} interactive onSend={send} filled={value !== ""} send={chosen}>
 *   {(enabled) => <input type="date" disabled={!enabled} … />}
 * </PickerForm>
 */
export function PickerForm({
  className,
  payload,
  interactive,
  answered,
  onSend,
  filled,
  send,
  children,
}: PickerFormProps): ReactElement {
  const strings = useStrings();
  // `sent` answers at once; the store's `answered` keeps it read-only once the row is recycled.
  const [sent, setSent] = useState(false);
  const enabled = interactive && !sent && answered !== true;
  const text = stringField(payload, "text_message") ?? stringField(payload, "text");
  return (
    <form
      className={`kc-template kc-picker-template ${className}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!enabled || send === undefined) return;
        setSent(true);
        onSend({ ...send, answersTemplate: true });
      }}
    >
      {text !== undefined && (
        <div className="kc-template__text">
          <FormattedText text={text} />
        </div>
      )}
      {children(enabled)}
      <div className="kc-template__buttons">
        <button type="submit" className="kc-template-button" disabled={!enabled || !filled}>
          {strings.confirm}
        </button>
      </div>
    </form>
  );
}
