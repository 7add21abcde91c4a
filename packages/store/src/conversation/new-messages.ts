import type { ChatMessage } from "./chat-message.js";
import type { Conversation } from "./conversation.js";

/**
 * Tells which live messages are new since the last call: for a host's `onMessage` and the
 * embed's unread count. Live messages are placed after every earlier live one (their times
 * are kept increasing), so it walks back from the end to the first message it has seen —
 * the work is the number of new messages, not the length of the conversation, which keeps a
 * burst into a long conversation linear. History pages prepended meanwhile are not live and
 * are never reported.
 *
 * @example
 * const newLiveMessages = createNewMessageWatcher(store.getState().messages);
 * store.subscribe((state) => newLiveMessages(state.messages).forEach(onMessage));
 */
export function createNewMessageWatcher(
  initial: Conversation,
): (messages: Conversation) => ChatMessage[] {
  const seen = new Set(initial.map((message) => message.key));
  let last: Conversation = initial;
  return (messages) => {
    if (messages === last) return [];
    last = messages;
    const fresh: ChatMessage[] = [];
    for (let index = messages.length - 1; index >= 0; index -= 1) {
      const message = messages[index];
      if (message === undefined || seen.has(message.key)) break;
      seen.add(message.key);
      if (message.live) fresh.push(message);
    }
    return fresh.reverse();
  };
}
