import type { HistoryPage, HistoryRow } from "@kore-chat/transport";
import type { HistoryMessage } from "../conversation/conversation.js";
import { normalizeHistoryRow } from "../normalize/index.js";

function rowTime(row: HistoryRow): number {
  if (typeof row.timestampValue === "number") return row.timestampValue;
  const parsed = row.createdOn === undefined ? Number.NaN : Date.parse(row.createdOn);
  return Number.isNaN(parsed) ? 0 : parsed;
}

/**
 * Reads a history row as a message: `incoming` rows are the user's, the rest
 * the bot's; parts come from the same normaliser as live turns.
 *
 * @example
 * const messages = page.messages.map(toHistoryMessage);
 */
export function toHistoryMessage(row: HistoryRow): HistoryMessage {
  const author = row.type === "incoming" ? "user" : "bot";
  return {
    platformId: row._id,
    author,
    body:
      author === "user"
        ? row.components.map((component) => component.data?.text ?? "").join("")
        : undefined,
    parts: normalizeHistoryRow(row),
    createdAt: rowTime(row),
  };
}

/** How many rows a page covered (readable or not), so the next page starts after them. */
export const rowsCovered = (page: HistoryPage): number => page.messages.length + page.rejectedRows;
