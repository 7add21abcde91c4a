import type { ReactElement } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { type Choice, ChoiceForm } from "./choice-form.js";
import { arrayField, stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

// `view` → the array that holds its options (`thumpsUpDownArrays` is the real, misspelt key).
const viewArrays: Readonly<Record<string, string>> = {
  star: "starArrays",
  csat: "smileyArrays",
  nps: "numbersArrays",
  thumbsupdown: "thumpsUpDownArrays",
};

function readFeedback(
  payload: unknown,
  starName: (count: number) => string,
): { stars: boolean; choices: Choice[] } {
  const view = stringField(payload, "view")?.toLowerCase() ?? "";
  const key = Object.hasOwn(viewArrays, view) ? viewArrays[view] : undefined;
  // An unknown view: the first array the payload has.
  const raw = arrayField(
    payload,
    key ?? Object.values(viewArrays).find((name) => arrayField(payload, name).length > 0) ?? "",
  );
  const stars = key === "starArrays";
  const choices: Choice[] = [];
  raw.forEach((item, index) => {
    const value = stringField(item, "value");
    if (value === undefined) return;
    const label = stringField(item, "reviewText") ?? value;
    choices.push({ key: `c-${index}`, value, label });
  });
  if (!stars) return { stars, choices };
  return {
    stars,
    choices: choices.map((choice, index) => ({
      ...choice,
      label: "★",
      name: starName(index + 1),
      renderMsg: "★".repeat(index + 1) + "☆".repeat(choices.length - index - 1),
    })),
  };
}

// NPS buckets (0–6, 7–8, 9–10) as classes: the payload's `color` would need an inline style.
function npsClass(value: string): string {
  const score = Number(value);
  return score <= 6
    ? "kc-feedback__nps--low"
    : score <= 8
      ? "kc-feedback__nps--mid"
      : "kc-feedback__nps--high";
}

/**
 * `feedbackTemplate`: `text` over a radio group picked by `view` — `star` (★, named "1 star"…),
 * `CSAT` (`reviewText`), `NPS` (0–10), `ThumbsUpDown`. Submit sends the chosen `value`
 * (the bubble shows the stars or the label); `messageTodisplay` is shown afterwards.
 *
 * @example
 * <FeedbackTemplate part={part} interactive onSend={send} />
 */
export function FeedbackTemplate({
  part,
  interactive,
  answered,
  onSend,
}: TemplateViewProps): ReactElement {
  const strings = useStrings();
  const { stars, choices } = readFeedback(part.payload, strings.starRating);
  const nps = stringField(part.payload, "view")?.toLowerCase() === "nps";
  return (
    <ChoiceForm
      kind="radio"
      className={stars ? "kc-feedback-template kc-feedback--stars" : "kc-feedback-template"}
      legend={stringField(part.payload, "text") ?? part.fallbackText}
      choices={choices}
      buttons={[strings.submit]}
      afterSend={stringField(part.payload, "messageTodisplay")}
      interactive={interactive}
      answered={answered}
      onSend={onSend}
      optionClass={(index, selected) =>
        stars
          ? index <= selected
            ? "kc-feedback__star kc-feedback__star--on"
            : "kc-feedback__star"
          : nps
            ? npsClass(choices[index]?.value ?? "")
            : ""
      }
      renderLabel={(choice) => <span aria-hidden={stars || undefined}>{choice.label}</span>}
    />
  );
}
