import { type ReactElement, useState } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { FormattedText } from "../markup/formatted-text.js";
import { stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

const choices = ["like", "dislike"] as const;
// A thumb up; turned over, a thumb down.
const thumb =
  "M7 11v9H4v-9zm0 0 4-7c1.6 0 2.6 1.2 2.2 2.8L12.5 10H18a2 2 0 0 1 2 2.3l-1.2 6a2 2 0 0 1-2 1.7H7";

/**
 * `like_dislike`: `text` over two toggle buttons, Like and Dislike, which send `like` or
 * `dislike` (what the web SDK sends). One choice only: then both are read-only, the chosen
 * one pressed; read-only from history too.
 *
 * @example
 * <LikeDislikeTemplate part={part} interactive onSend={send} />
 */
export function LikeDislikeTemplate({
  part,
  interactive,
  answered,
  onSend,
}: TemplateViewProps): ReactElement {
  const strings = useStrings();
  // The choice answers at once; the store's `answered` keeps it read-only once the row is recycled.
  const [choice, setChoice] = useState<string>();
  const enabled = interactive && choice === undefined && answered !== true;
  const text = stringField(part.payload, "text");
  return (
    <fieldset className="kc-template kc-choice-form__fieldset kc-like-dislike">
      {text !== undefined && (
        <legend className="kc-template__text">
          <FormattedText text={text} />
        </legend>
      )}
      <div className="kc-like-dislike__buttons">
        {choices.map((value) => (
          <button
            key={value}
            type="button"
            className="kc-template-button"
            aria-pressed={choice === value}
            disabled={!enabled}
            onClick={() => {
              if (!enabled) return;
              setChoice(value);
              onSend({ body: value, renderMsg: strings[value], answersTemplate: true });
            }}
          >
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <path
                d={thumb}
                transform={value === "dislike" ? "rotate(180 12 12)" : undefined}
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinejoin="round"
              />
            </svg>
            {strings[value]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
