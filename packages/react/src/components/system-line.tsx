import type { ChatMessage, ConversationNotice } from "@kore-chat/store";
import type { KoreChatStrings } from "../i18n/strings.js";
import { useStrings } from "../i18n/strings-context.js";
import { messageText } from "./message-text.js";

export interface SystemLineProps {
  readonly message: ChatMessage;
  readonly strings?: KoreChatStrings | undefined;
}

function noticeText(notice: ConversationNotice, strings: KoreChatStrings): string {
  switch (notice.kind) {
    case "agent_joined":
      return strings.agentJoined(notice.name);
    case "agent_left":
      return strings.agentLeft(notice.name);
    case "conversation_ended":
      return strings.conversationEnded;
    default:
      return notice satisfies never;
  }
}

/**
 * A line of the conversation itself ("Maya joined the chat", "Conversation ended"), centred,
 * no bubble, worded in the widget's language.
 *
 * @example
 * <SystemLine message={message} />
 */
export function SystemLine({ message, strings: explicitStrings }: SystemLineProps) {
  const strings = useStrings(explicitStrings);
  const { notice } = message;
  return (
    <div
      className={`kc-system${notice?.kind === "conversation_ended" ? " kc-system--separator" : ""}`}
      data-message-id={message.key}
      data-author="system"
      data-notice={notice?.kind}
    >
      {notice === undefined
        ? messageText(message.parts, message.body)
        : noticeText(notice, strings)}
    </div>
  );
}
