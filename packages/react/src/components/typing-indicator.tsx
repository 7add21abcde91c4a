import type { KoreChatStrings } from "../i18n/strings.js";
import { useStrings } from "../i18n/strings-context.js";

export interface TypingIndicatorProps {
  /** Who is typing: the bot (after a send) or a live agent. Default the bot. */
  readonly who?: "bot" | "agent" | undefined;
  /** The live agent's name, when known. */
  readonly agentName?: string | undefined;
  readonly strings?: KoreChatStrings | undefined;
}

/**
 * Three animated dots (still when the user prefers reduced motion) with a
 * hidden "Bot is typing" (or "Maya is typing", visible, for a live agent) for
 * screen readers. It is not a live region itself: put it inside one (the
 * `MessageList` does) to have it announced.
 *
 * @example
 * {typing && <TypingIndicator />}
 * {agent.typing && <TypingIndicator who="agent" agentName={agent.name} />}
 */
export function TypingIndicator({
  who = "bot",
  agentName,
  strings: explicitStrings,
}: TypingIndicatorProps) {
  const strings = useStrings(explicitStrings);
  return (
    <div className={`kc-typing kc-typing--${who}`} data-typing={who}>
      <span className="kc-typing-dots" aria-hidden="true">
        <span className="kc-typing-dot" />
        <span className="kc-typing-dot" />
        <span className="kc-typing-dot" />
      </span>
      {who === "agent" ? (
        <span className="kc-typing-label">{strings.agentTyping(agentName)}</span>
      ) : (
        <span className="kc-visually-hidden">{strings.botTyping}</span>
      )}
    </div>
  );
}
