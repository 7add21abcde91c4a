import type { Conversation } from "./conversation.js";

/** How far a live agent has got with the user's messages (PROTOCOL.md § 9 receipts). */
export type Receipt = "delivered" | "read";

const rank: Record<Receipt, number> = { delivered: 1, read: 2 };

/**
 * Marks the user's message `clientMessageId` (or, for `"all"`, every user message of this
 * session) as delivered to or read by the agent. A receipt never goes back (`read` stays read).
 * Pure: the same array when nothing changed.
 *
 * @example
 * messages = setReceipt(messages, "all", "read");
 */
export function setReceipt(
  conversation: Conversation,
  clientMessageId: number | "all",
  receipt: Receipt,
): Conversation {
  let changed = false;
  const next = conversation.map((message) => {
    if (message.author !== "user" || message.clientMessageId === undefined) return message;
    if (clientMessageId !== "all" && message.clientMessageId !== clientMessageId) return message;
    if (message.receipt !== undefined && rank[message.receipt] >= rank[receipt]) return message;
    changed = true;
    return { ...message, receipt };
  });
  return changed ? next : conversation;
}
