import type { ChatMessage } from "@kore-chat/store";
import type { ComponentType } from "react";
import type { KoreChatStrings } from "../i18n/strings.js";
import type { TemplateRegistry, TemplateSend } from "../templates/template-types.js";
import { BotTurn, type PartViewProps } from "./bot-turn.js";
import { SystemLine } from "./system-line.js";
import { UserMessage } from "./user-message.js";

export interface MessageItemProps {
  readonly message: ChatMessage;
  readonly onSend: (send: TemplateSend, messageKey: string) => void;
  readonly onRetry?: ((key: string) => void) | undefined;
  readonly registry?: TemplateRegistry | undefined;
  readonly renderPart?: ComponentType<PartViewProps> | undefined;
  readonly strings?: KoreChatStrings | undefined;
  /** A user message follows this one (spends a bot turn's quick replies). */
  readonly answered?: boolean | undefined;
  /** The user answered this message's template (the store's `answered`). */
  readonly templateAnswered?: boolean | undefined;
}

/**
 * One message of the conversation, drawn by who wrote it: the user's bubble,
 * a bot or agent turn, or a system line.
 *
 * @example
 * <MessageItem message={message} onSend={send} onRetry={retry} />
 */
export function MessageItem({
  message,
  onSend,
  onRetry,
  registry,
  renderPart,
  strings,
  answered,
  templateAnswered,
}: MessageItemProps) {
  switch (message.author) {
    case "user":
      return <UserMessage message={message} onRetry={onRetry} strings={strings} />;
    case "bot":
    case "agent":
      return (
        <BotTurn
          message={message}
          onSend={onSend}
          registry={registry}
          renderPart={renderPart}
          strings={strings}
          answered={answered}
          templateAnswered={templateAnswered}
        />
      );
    case "system":
      return <SystemLine message={message} strings={strings} />;
    default:
      return message.author satisfies never;
  }
}
