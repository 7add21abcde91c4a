import type { KoreChatStrings } from "../i18n/strings.js";
import { useStrings } from "../i18n/strings-context.js";

export interface TypingIndicatorProps {
  readonly strings?: KoreChatStrings | undefined;
}

/**
 * Three animated dots (still when the user prefers reduced motion) with a
 * hidden "Bot is typing" for screen readers. It is not a live region itself:
 * put it inside one (the `MessageList` does) to have it announced.
 *
 * @example
 * {typing && <TypingIndicator />}
 */
export function TypingIndicator({ strings: explicitStrings }: TypingIndicatorProps) {
  const strings = useStrings(explicitStrings);
  return (
    <div className="kc-typing" data-typing="">
      <span className="kc-typing-dots" aria-hidden="true">
        <span className="kc-typing-dot" />
        <span className="kc-typing-dot" />
        <span className="kc-typing-dot" />
      </span>
      <span className="kc-visually-hidden">{strings.botTyping}</span>
    </div>
  );
}
