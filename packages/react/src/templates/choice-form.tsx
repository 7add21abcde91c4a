import { type ReactElement, type ReactNode, useId, useState } from "react";
import { FormattedText } from "../markup/formatted-text.js";
import { stringField } from "./read-fields.js";
import type { TemplateSend } from "./template-types.js";

/** One option of a choice template: what it sends (`value`) and how it is shown. */
export interface Choice {
  readonly key: string;
  readonly value: string;
  /** The visible label. */
  readonly label: string;
  /** What the user's own bubble shows when this is sent; defaults to `label`. */
  readonly renderMsg?: string;
  /** The accessible name when the visible label is a glyph ("1 star" for ★). */
  readonly name?: string;
}

/**
 * Reads `{ value, <labelField> }` options, skipping the ones without a value; the label
 * falls back to the value.
 *
 * @example
 * readChoices([{ title: "Euro", value: "EUR" }, null]); // [{ key: "c-0", value: "EUR", label: "Euro" }]
 */
export function readChoices(raw: readonly unknown[], labelField = "title"): Choice[] {
  const choices: Choice[] = [];
  raw.forEach((item, index) => {
    const value = stringField(item, "value");
    if (value === undefined) return;
    choices.push({ key: `c-${index}`, value, label: stringField(item, labelField) ?? value });
  });
  return choices;
}

export interface ChoiceFormProps {
  /** `radio` / `checkbox` in a fieldset, or a native `select`. */
  readonly kind: "radio" | "checkbox" | "select";
  /** The fieldset's legend / the select's label (light markup). */
  readonly legend: string;
  readonly choices: readonly Choice[];
  readonly interactive: boolean;
  /** The store remembers the user answered it: read-only, with `afterSend` shown. */
  readonly answered?: boolean | undefined;
  readonly onSend: (send: TemplateSend) => void;
  /** The submit buttons' titles (one button each; all send the same selection). */
  readonly buttons: readonly string[];
  readonly className: string;
  /** Shown once sent (e.g. feedback's `messageTodisplay`). */
  readonly afterSend?: string | undefined;
  /** Extra classes for an option, given its index and the selected index (stars fill up to it). */
  readonly optionClass?: (index: number, selected: number) => string;
  /** The visible content of an option (default: its label). */
  readonly renderLabel?: (choice: Choice) => ReactNode;
}

/**
 * A choice template's form: radios, checkboxes or a select, plus submit buttons that
 * send the selection (checkboxes: values joined by `,`, titles by `, `). Disabled when
 * not `interactive` and after the first send; a button is disabled until something is
 * selected.
 *
 * @example
 * <ChoiceForm kind="radio" legend="Plan" choices={choices} buttons={["Submit"]} className="kc-radio-template" interactive onSend={send} />
 */
export function ChoiceForm({
  kind,
  legend,
  choices,
  interactive,
  answered,
  onSend,
  buttons,
  className,
  afterSend,
  optionClass,
  renderLabel,
}: ChoiceFormProps): ReactElement {
  const id = useId();
  const [selected, setSelected] = useState<readonly number[]>(kind === "select" ? [0] : []);
  // `sent` answers at once; the store's `answered` keeps it read-only once the row is recycled.
  const [sent, setSent] = useState(false);
  const done = sent || answered === true;
  const enabled = interactive && !done;
  const picked = selected.map((index) => choices[index]).filter((choice) => choice !== undefined);
  const submit = () => {
    if (!enabled || picked.length === 0) return;
    setSent(true);
    onSend({
      body: picked.map((choice) => choice.value).join(","),
      renderMsg: picked.map((choice) => choice.renderMsg ?? choice.label).join(", "),
      answersTemplate: true,
    });
  };
  const legendText = <FormattedText text={legend} />;
  const toggle = (index: number) =>
    setSelected((current) =>
      kind !== "checkbox"
        ? [index]
        : current.includes(index)
          ? current.filter((other) => other !== index)
          : [...current, index].sort((a, b) => a - b),
    );
  return (
    <form
      className={`kc-template kc-choice-form ${className}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {kind === "select" ? (
        <div className="kc-choice-form__field">
          <label className="kc-template__text" htmlFor={id}>
            {legendText}
          </label>
          <select
            id={id}
            className="kc-select"
            disabled={!enabled}
            value={selected[0] ?? 0}
            onChange={(event) => toggle(Number(event.target.value))}
          >
            {choices.map((choice, index) => (
              <option key={choice.key} value={index}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <fieldset className="kc-choice-form__fieldset">
          <legend className="kc-template__text">{legendText}</legend>
          <div className="kc-choices">
            {choices.map((choice, index) => (
              <label
                key={choice.key}
                className={`kc-choice ${optionClass?.(index, selected[0] ?? -1) ?? ""}`}
              >
                <input
                  type={kind}
                  name={id}
                  className={renderLabel ? "kc-visually-hidden" : "kc-choice__input"}
                  value={choice.value}
                  aria-label={choice.name}
                  disabled={!enabled}
                  checked={selected.includes(index)}
                  onChange={() => toggle(index)}
                />
                {renderLabel ? renderLabel(choice) : <span>{choice.label}</span>}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="kc-template__buttons">
        {buttons.map((title, index) => (
          <button
            // biome-ignore lint/suspicious/noArrayIndexKey: titles may repeat; the list never reorders.
            key={index}
            type="submit"
            className="kc-template-button"
            disabled={!enabled || picked.length === 0}
          >
            {title}
          </button>
        ))}
      </div>
      {done && afterSend !== undefined && (
        <p className="kc-template__subtext" role="status">
          {afterSend}
        </p>
      )}
    </form>
  );
}
