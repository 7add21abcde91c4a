import type { ChatMessage } from "@kore-chat/store";
import { messageText } from "./message-text.js";

export interface SystemLineProps {
  readonly message: ChatMessage;
}

/**
 * A system event in the conversation ("An agent joined"), centred, no bubble.
 *
 * @example
 * <SystemLine message={message} />
 */
export function SystemLine({ message }: SystemLineProps) {
  return (
    <div className="kc-system" data-message-id={message.key} data-author="system">
      {messageText(message.parts, message.body)}
    </div>
  );
}
