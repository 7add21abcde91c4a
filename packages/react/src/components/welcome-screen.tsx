import { useId } from "react";
import type { KoreChatStrings } from "../i18n/strings.js";
import { useStrings } from "../i18n/strings-context.js";

/** A starter button: its `title` is shown (and becomes the user's bubble), `payload` is sent. */
export interface WelcomeStarter {
  readonly title: string;
  readonly payload: string;
}

export interface WelcomeScreenProps {
  readonly title?: string | undefined;
  readonly subtitle?: string | undefined;
  readonly starters?: readonly WelcomeStarter[] | undefined;
  /** A starter was pressed: send its `payload`, showing its `title`. */
  readonly onStart: (starter: WelcomeStarter) => void;
  readonly strings?: KoreChatStrings | undefined;
}

/**
 * What a conversation with no message yet shows: a heading, a sub-title and starter buttons,
 * in the host's or the platform's words. Nothing when it has none of them.
 *
 * @example
 * <WelcomeScreen title="Hi!" starters={[{ title: "Opening hours", payload: "hours" }]}
 *   onStart={({ title, payload }) => send(payload, { renderMsg: title })} />
 */
export function WelcomeScreen({
  title,
  subtitle,
  starters = [],
  onStart,
  strings: explicitStrings,
}: WelcomeScreenProps) {
  const strings = useStrings(explicitStrings);
  const headingId = useId();
  if (!title && !subtitle && starters.length === 0) return null;
  return (
    <section className="kc-welcome" aria-labelledby={title ? headingId : undefined}>
      {title && (
        <h3 id={headingId} className="kc-welcome-title">
          {title}
        </h3>
      )}
      {subtitle && <p className="kc-welcome-subtitle">{subtitle}</p>}
      {starters.length > 0 && (
        <ul className="kc-welcome-starters" aria-label={strings.conversationStarters}>
          {starters.map((starter, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: starters are a fixed list, titles may repeat
            <li key={index}>
              <button type="button" className="kc-welcome-starter" onClick={() => onStart(starter)}>
                {starter.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
