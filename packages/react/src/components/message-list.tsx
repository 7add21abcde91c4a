import type { ChatMessage } from "@kore-chat/store";
import { type ComponentType, useCallback, useLayoutEffect, useRef, useState } from "react";
import { englishStrings, type KoreChatStrings } from "../i18n/strings.js";
import type { TemplateRegistry, TemplateSend } from "../templates/template-types.js";
import type { PartViewProps } from "./bot-turn.js";
import { MessageItem } from "./message-item.js";
import { TypingIndicator } from "./typing-indicator.js";

/** How close to the bottom (px) still counts as "at the bottom". */
const bottomSlack = 48;

export interface MessageListProps {
  /** The conversation, oldest first. */
  readonly messages: readonly ChatMessage[];
  readonly onSend: (send: TemplateSend) => void;
  readonly onRetry?: ((key: string) => void) | undefined;
  /** More history exists before the first message: show "Load earlier messages". */
  readonly hasMore?: boolean | undefined;
  /** A history page is loading: the button is disabled. */
  readonly loadingEarlier?: boolean | undefined;
  readonly onLoadEarlier?: (() => void) | undefined;
  /** Show the typing indicator after the last message. */
  readonly typing?: boolean | undefined;
  readonly registry?: TemplateRegistry | undefined;
  readonly renderPart?: ComponentType<PartViewProps> | undefined;
  readonly strings?: KoreChatStrings | undefined;
}

function isAtBottom(element: HTMLElement): boolean {
  return element.scrollHeight - element.scrollTop - element.clientHeight <= bottomSlack;
}

/**
 * The conversation as a `role="log"` live region (new messages are announced
 * politely). It follows new messages while the user is at the bottom; once
 * they scroll up it stays put and offers a "New messages" button instead.
 * Loading earlier history keeps the messages in view where they were.
 *
 * @example
 * <MessageList
 *   messages={messages}
 *   hasMore={hasMore}
 *   loadingEarlier={loading}
 *   onLoadEarlier={loadEarlier}
 *   onSend={send}
 *   onRetry={retry}
 * />
 */
export function MessageList({
  messages,
  onSend,
  onRetry,
  hasMore = false,
  loadingEarlier = false,
  onLoadEarlier,
  typing = false,
  registry,
  renderPart,
  strings = englishStrings,
}: MessageListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);
  const previous = useRef({ firstKey: "", lastKey: "", scrollHeight: 0 });
  const [unseen, setUnseen] = useState(false);

  const firstKey = messages[0]?.key ?? "";
  const lastKey = messages[messages.length - 1]?.key ?? "";

  const scrollToBottom = useCallback(() => {
    const element = scrollRef.current;
    if (element === null) return;
    element.scrollTop = element.scrollHeight;
    stickToBottom.current = true;
    setUnseen(false);
  }, []);

  // Runs before paint so the list never flashes at the wrong offset. `typing`
  // is a dependency because the indicator appearing grows the list too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (element === null) return;
    const before = previous.current;
    const grewAtEnd = lastKey !== before.lastKey;
    const grewAtStart = firstKey !== before.firstKey && !grewAtEnd && before.firstKey !== "";
    // The user's own send always brings the conversation back to the bottom.
    const ownSend = grewAtEnd && messages[messages.length - 1]?.author === "user";
    if (stickToBottom.current || ownSend) {
      stickToBottom.current = true;
      setUnseen(false);
      element.scrollTop = element.scrollHeight;
    } else if (grewAtStart) {
      element.scrollTop += element.scrollHeight - before.scrollHeight;
    } else if (grewAtEnd && lastKey !== "") {
      setUnseen(true);
    }
    previous.current = { firstKey, lastKey, scrollHeight: element.scrollHeight };
  }, [firstKey, lastKey, typing, messages]);

  const onScroll = () => {
    const element = scrollRef.current;
    if (element === null) return;
    const atBottom = isAtBottom(element);
    stickToBottom.current = atBottom;
    previous.current = { ...previous.current, scrollHeight: element.scrollHeight };
    if (atBottom) setUnseen(false);
  };

  return (
    <div className="kc-message-list">
      <div
        ref={scrollRef}
        className="kc-scroll"
        role="log"
        aria-live="polite"
        aria-relevant="additions"
        aria-label={strings.conversation}
        aria-busy={loadingEarlier}
        // Keyboard users must be able to scroll the conversation.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus
        tabIndex={0}
        onScroll={onScroll}
      >
        {hasMore && (
          <button
            type="button"
            className="kc-load-earlier"
            disabled={loadingEarlier}
            onClick={onLoadEarlier}
          >
            {strings.loadEarlier}
          </button>
        )}
        {messages.map((message) => (
          <MessageItem
            key={message.key}
            message={message}
            onSend={onSend}
            onRetry={onRetry}
            registry={registry}
            renderPart={renderPart}
            strings={strings}
          />
        ))}
        {typing && <TypingIndicator strings={strings} />}
      </div>
      {unseen && (
        <button type="button" className="kc-new-messages" onClick={scrollToBottom}>
          {strings.newMessages}
        </button>
      )}
    </div>
  );
}
