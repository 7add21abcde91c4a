import { type ChatMessage, type MessagePart, silentTemplateTypes } from "@kore-chat/store";
import type { ComponentType } from "react";
import type { KoreChatStrings } from "../i18n/strings.js";
import { useStrings } from "../i18n/strings-context.js";
import { CopyButton } from "../markup/copy-button.js";
import { safeImageUrl } from "../markup/safe-url.js";
import { MessagePartView } from "../templates/message-part-view.js";
import type { TemplateRegistry, TemplateSend } from "../templates/template-types.js";
import { messageText } from "./message-text.js";

/** What a part renderer gets (the props of `MessagePartView`). */
export interface PartViewProps {
  readonly part: MessagePart;
  readonly interactive: boolean;
  readonly answered?: boolean | undefined;
  readonly onSend: (send: TemplateSend) => void;
  readonly registry?: TemplateRegistry;
}

export interface BotTurnProps {
  /** A message whose author is `bot` or `agent`. */
  readonly message: ChatMessage;
  /** A template control was used (a button, a quick reply); `messageKey` is this turn's. */
  readonly onSend: (send: TemplateSend, messageKey: string) => void;
  /** Host templates, passed on to the part renderer. */
  readonly registry?: TemplateRegistry | undefined;
  /** Renders one part; `MessagePartView` unless a host or test swaps it. */
  readonly renderPart?: ComponentType<PartViewProps> | undefined;
  readonly strings?: KoreChatStrings | undefined;
  /** The user has written since this turn: its quick replies are spent (TEMPLATES.md §2). */
  readonly answered?: boolean | undefined;
  /** The user answered this turn's template (a form, a choice): it stays read-only. */
  readonly templateAnswered?: boolean | undefined;
}

const copyIcon = (
  <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
    <path d="M9 9h11v11H9zM5 15H4V4h11v1" fill="none" stroke="currentColor" strokeWidth="2" />
  </svg>
);

const isQuickReplies = (part: MessagePart) =>
  part.kind === "template" && part.templateType === "quick_replies";

/**
 * One bot (or live agent) turn: its parts, in order, each rendered by
 * `MessagePartView`, with the bot's avatar when the frame carried a safe one and a live
 * agent's name when the frame gave it.
 * Turns seen only in history are read-only (`interactive` is `message.live`);
 * silent templates (`wait_for_response`) show nothing. A turn with text has a
 * "Copy message" button beside its last text bubble (shown on hover or focus; always in the
 * tab order).
 *
 * @example
 * <BotTurn message={message} onSend={({ body, renderMsg }) => chat.send(body, renderMsg)} />
 */
export function BotTurn({
  message,
  onSend,
  registry,
  renderPart: PartView = MessagePartView,
  strings: explicitStrings,
  answered,
  templateAnswered,
}: BotTurnProps) {
  const strings = useStrings(explicitStrings);
  const author = message.author === "agent" ? "agent" : "bot";
  // `wait_for_response` and the like show no bubble (the typing indicator stays on).
  const parts = message.parts.filter(
    (part) => part.kind !== "template" || !silentTemplateTypes.has(part.templateType),
  );
  if (parts.length === 0) return null;
  const icon = message.icon === undefined ? undefined : safeImageUrl(message.icon);
  const agentName = author === "agent" ? message.authorName : undefined;
  const streaming = message.streaming === "open";
  // The text parts as written (a streaming answer once it is whole): what Copy puts on the clipboard.
  const text = streaming ? "" : messageText(parts.filter((part) => part.kind === "text"));
  // Copy sits beside the last text bubble, so it takes no line of its own.
  const copyAt = text.trim() === "" ? -1 : parts.findLastIndex((part) => part.kind === "text");
  return (
    <div
      className={`kc-message kc-message--${author}`}
      data-message-id={message.key}
      data-author={author}
      data-streaming={streaming ? "true" : undefined}
      data-stream={message.streaming === "incomplete" ? "incomplete" : undefined}
    >
      {icon !== undefined && <img className="kc-avatar" src={icon} alt="" />}
      <div className="kc-parts">
        {agentName !== undefined && (
          // Read once, in the hidden prefix below.
          <span className="kc-author-name" aria-hidden="true">
            {agentName}
          </span>
        )}
        <span className="kc-visually-hidden">
          {author === "agent"
            ? agentName === undefined
              ? strings.agentSaid
              : strings.agentNameSaid(agentName)
            : strings.botSaid}{" "}
        </span>
        {streaming && <span className="kc-visually-hidden">{strings.answering}</span>}
        {parts.map((part, index) => (
          // Parts never reorder within a message, so the position is a stable key.
          // While an answer streams its growing text is hidden from screen readers, so the log
          // announces it once, whole, when the last chunk un-hides it (not every chunk).
          <div
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={index}
            className={`kc-part kc-part--${part.kind}`}
            aria-hidden={streaming ? "true" : undefined}
          >
            <PartView
              part={part}
              interactive={message.live && !(answered === true && isQuickReplies(part))}
              answered={templateAnswered === true}
              onSend={(send) => onSend(send, message.key)}
              {...(registry === undefined ? {} : { registry })}
            />
            {index === copyAt && (
              <CopyButton
                text={text}
                label={strings.copyMessage}
                className="kc-copy-message"
                icon={copyIcon}
                iconOnly
                strings={strings}
              />
            )}
          </div>
        ))}
        {message.streaming === "incomplete" && (
          <p className="kc-stream-incomplete">{strings.answerIncomplete}</p>
        )}
      </div>
    </div>
  );
}
