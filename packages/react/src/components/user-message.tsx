import type { ChatMessage, MediaPart } from "@kore-chat/store";
import type { KoreChatStrings } from "../i18n/strings.js";
import { useStrings } from "../i18n/strings-context.js";
import { MediaView } from "../templates/media-view.js";
import { messageText } from "./message-text.js";

export interface UserMessageProps {
  readonly message: ChatMessage;
  /** Called with the message's `key` when the user retries a failed send. */
  readonly onRetry?: ((key: string) => void) | undefined;
  readonly strings?: KoreChatStrings | undefined;
}

/**
 * The user's own bubble, with its delivery status: "Sending…" while pending,
 * a hidden "Delivered" for screen readers once acknowledged, and a visible
 * "Not sent" with a Retry button when the send failed. The text is shown as
 * typed (no markup, never HTML).
 *
 * @example
 * <UserMessage message={message} onRetry={(key) => chat.retry(key)} />
 */
export function UserMessage({ message, onRetry, strings: explicitStrings }: UserMessageProps) {
  const strings = useStrings(explicitStrings);
  const { status } = message;
  const files = message.parts.filter((part): part is MediaPart => part.kind === "media");
  const text = messageText(
    files.length === 0 ? message.parts : message.parts.filter((part) => part.kind !== "media"),
    files.length === 0 ? message.body : undefined,
  );
  return (
    <div
      className="kc-message kc-message--user"
      data-message-id={message.key}
      data-author="user"
      data-status={status}
      data-read={message.receipt === "read" ? "true" : undefined}
    >
      <div className="kc-bubble kc-bubble--user">
        <span className="kc-visually-hidden">{strings.youSaid} </span>
        {text !== "" && <span className="kc-message__text">{text}</span>}
        {files.length > 0 && (
          <span className="kc-message__files">
            {files.map((part, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a message's files never reorder
              <MediaView key={index} part={part} />
            ))}
          </span>
        )}
      </div>
      {status !== undefined && (
        <div className={`kc-delivery kc-delivery--${status}`} aria-live="polite">
          {status === "pending" && <span>{strings.sending}</span>}
          {status === "delivered" &&
            (message.receipt === "read" ? (
              // A live agent read it: visible, and read once by the polite region around it.
              <span className="kc-receipt">{strings.read}</span>
            ) : (
              <span className="kc-visually-hidden">{strings.delivered}</span>
            ))}
          {status === "failed" && (
            <>
              <span className="kc-delivery-error" title={message.failureReason}>
                {strings.notSent}
              </span>
              {onRetry !== undefined && (
                <button
                  type="button"
                  className="kc-link-button"
                  onClick={() => onRetry(message.key)}
                >
                  {strings.retry}
                </button>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
