import { type FormEvent, type ReactElement, type ReactNode, useId, useState } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { FormattedText } from "../markup/formatted-text.js";
import { stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

export interface PinFormProps extends TemplateViewProps {
  readonly className: string;
  /** Above the fields (light markup). */
  readonly heading?: string | undefined;
  /** One masked field per label (light markup). */
  readonly labels: readonly string[];
  /** Between the first field's label and the field, and its description. */
  readonly hint?: ReactNode;
  readonly autoComplete: string;
  readonly submitTitle: string;
  /** With several fields, they must match; else this error shows on the last one. */
  readonly mismatch?: string | undefined;
  /** A button that sends `body` instead of a code (the OTP's Resend), after `lead`. */
  readonly resend?:
    | { readonly lead: string | undefined; readonly title: string; readonly body: string }
    | undefined;
}

// Arabic-Indic, Persian and full-width (IME) digits count as 0–9: their low four bits are the digit.
const asciiDigits = (value: string) =>
  value.replace(/[٠-٩۰-۹０-９]/g, (digit) => String(digit.charCodeAt(0) & 15));

/** `pinLength`: a whole number from 1 to 12, else 4 (the SDK's default). */
function readPinLength(payload: unknown): number {
  const length = Number(stringField(payload, "pinLength"));
  return Number.isInteger(length) && length > 0 && length <= 12 ? length : 4;
}

/**
 * The form of the code templates (`otpValidationTemplate`, `resetPinTemplate`): labelled
 * numeric fields of `pinLength` digits, masked unless "Show digits" is ticked. Submit checks
 * each is exactly that many digits (and that they match), else says why in an alert linked to
 * the field; a valid code is sent wrapped in `piiReductionChar` (the platform redacts it), shown
 * as dots, never stored. Read-only from history and once sent.
 *
 * @example
 * <PinForm {...props} className="kc-otp-template" labels={["Enter OTP"]} autoComplete="one-time-code" submitTitle="Submit" />
 */
export function PinForm({
  part,
  interactive,
  answered,
  onSend,
  className,
  heading,
  labels,
  hint,
  autoComplete,
  submitTitle,
  mismatch,
  resend,
}: PinFormProps): ReactElement {
  const strings = useStrings();
  const id = useId();
  const length = readPinLength(part.payload);
  const [values, setValues] = useState<readonly string[]>([]);
  const [shown, setShown] = useState(false);
  // `attempt` re-mounts the alert, so the same error is announced again on the next try.
  const [problem, setProblem] = useState<{ field: number; text: string; attempt: number }>();
  // `sent` answers at once; the store's `answered` keeps it read-only once the row is recycled.
  const [sent, setSent] = useState(false);
  const enabled = interactive && !sent && answered !== true;
  const answer = (send: { body: string; renderMsg: string; sensitive?: true }) => {
    setSent(true);
    setValues([]);
    onSend({ ...send, answersTemplate: true });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!enabled) return;
    const codes = labels.map((_, index) => asciiDigits(values[index] ?? ""));
    const wrong = codes.findIndex((code) => code.length !== length || !/^\d+$/.test(code));
    const found =
      wrong >= 0
        ? { field: wrong, text: strings.digitsRequired(length) }
        : mismatch !== undefined && codes.some((code) => code !== codes[0])
          ? { field: codes.length - 1, text: mismatch }
          : undefined;
    if (found !== undefined) {
      setProblem({ ...found, attempt: (problem?.attempt ?? 0) + 1 });
      event.currentTarget.querySelectorAll("input")[found.field]?.focus();
      return;
    }
    setProblem(undefined);
    const mark = stringField(part.payload, "piiReductionChar") ?? "";
    answer({
      body: `${mark}${codes[0] ?? ""}${mark}`,
      renderMsg: "•".repeat(length),
      sensitive: true,
    });
  };
  return (
    <form className={`kc-template kc-pin-form ${className}`} noValidate onSubmit={submit}>
      {heading !== undefined && (
        <div className="kc-template__text">
          <FormattedText text={heading} />
        </div>
      )}
      {labels.map((label, index) => {
        const described = [
          index === 0 && hint !== undefined ? `${id}-hint` : undefined,
          problem?.field === index ? `${id}-error` : undefined,
        ].filter((value) => value !== undefined);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the fields never reorder.
          <div key={index} className="kc-form-field">
            <label className="kc-pin-form__label" htmlFor={`${id}-${index}`}>
              <FormattedText text={label} />
            </label>
            {index === 0 && hint !== undefined && (
              <div id={`${id}-hint`} className="kc-template__subtext">
                {hint}
              </div>
            )}
            <input
              id={`${id}-${index}`}
              className="kc-form-field__input kc-pin-input"
              type={shown ? "text" : "password"}
              inputMode="numeric"
              autoComplete={autoComplete}
              spellCheck={false}
              maxLength={length}
              value={values[index] ?? ""}
              disabled={!enabled}
              aria-invalid={problem?.field === index || undefined}
              aria-describedby={described.length > 0 ? described.join(" ") : undefined}
              onChange={(event) => {
                const next = [...values];
                next[index] = event.target.value;
                setValues(next);
              }}
            />
            {problem?.field === index && (
              <p key={problem.attempt} id={`${id}-error`} className="kc-field-error" role="alert">
                {problem.text}
              </p>
            )}
          </div>
        );
      })}
      <label className="kc-choice">
        <input
          type="checkbox"
          className="kc-choice__input"
          checked={shown}
          disabled={!enabled}
          onChange={() => setShown(!shown)}
        />
        <span>{strings.showDigits}</span>
      </label>
      {resend !== undefined && (
        <p className="kc-pin-form__resend">
          {resend.lead !== undefined && `${resend.lead} `}
          <button
            type="button"
            className="kc-link-button"
            disabled={!enabled}
            onClick={() => enabled && answer({ body: resend.body, renderMsg: resend.title })}
          >
            {resend.title}
          </button>
        </p>
      )}
      <div className="kc-template__buttons">
        <button type="submit" className="kc-template-button" disabled={!enabled}>
          {submitTitle}
        </button>
      </div>
    </form>
  );
}
