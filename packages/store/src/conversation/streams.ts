import type { ChatMessage, MessageAuthor } from "./chat-message.js";
import type { Conversation } from "./conversation.js";
import { insertMessage } from "./conversation.js";

/** One chunk of a streamed answer (PROTOCOL.md §8), as read from its `bot_response` frame. */
export interface StreamChunk {
  /** The `messageId` every chunk of the answer shares (and its history row's `_id`). */
  readonly messageId: string;
  /** The chunk's text, exactly as sent (spaces and newlines matter in Markdown). */
  readonly text: string;
  /** `endChunk: true`: the answer is complete. */
  readonly end: boolean;
  readonly author: Extract<MessageAuthor, "bot" | "agent">;
  readonly authorName?: string | undefined;
  readonly createdAt: number;
  readonly icon?: string | undefined;
}

/** The longest a streamed answer may grow; the rest of a runaway stream is dropped. */
export const maxStreamLength = 100_000;

function streamText(message: ChatMessage): string {
  const [part] = message.parts;
  return part?.kind === "text" ? part.text : "";
}

/**
 * Appends a chunk to its answer, in arrival order (the protocol numbers no chunks, so a
 * re-delivered chunk cannot be told from a repeated word; the history row, when it is read,
 * is the authoritative text — see `mergeHistory`). The first chunk of a `messageId` starts the
 * message; a chunk after the answer ended, or for an answer history already holds whole, is
 * ignored; a chunk of an answer that was closed as incomplete resumes it. Pure.
 *
 * @example
 * messages = addStreamChunk(messages, { messageId: "m1", text: "Hel", end: false, author: "bot", createdAt });
 */
export function addStreamChunk(conversation: Conversation, chunk: StreamChunk): Conversation {
  const index = conversation.findIndex((message) => message.platformId === chunk.messageId);
  const existing = conversation[index];
  if (existing === undefined) {
    return insertMessage(conversation, {
      key: chunk.messageId,
      author: chunk.author,
      parts: [{ kind: "text", text: chunk.text.slice(0, maxStreamLength) }],
      createdAt: chunk.createdAt,
      platformId: chunk.messageId,
      live: true,
      inHistory: false,
      streamed: true,
      ...(chunk.end ? {} : { streaming: "open" as const }),
      ...(chunk.icon === undefined ? {} : { icon: chunk.icon }),
      ...(chunk.authorName === undefined ? {} : { authorName: chunk.authorName }),
    });
  }
  // Ended, or read whole from history (which also means it ended): nothing to add.
  if (existing.streaming === undefined) {
    return existing.live
      ? conversation
      : replaceAt(conversation, index, { ...existing, live: true });
  }
  const text = (streamText(existing) + chunk.text).slice(0, maxStreamLength);
  const { streaming: _open, ...rest } = existing;
  const next: ChatMessage = {
    ...rest,
    parts: [{ kind: "text", text }],
    ...(chunk.end ? {} : { streaming: "open" as const }),
  };
  return replaceAt(conversation, index, next);
}

/**
 * Closes an answer whose chunks stopped coming before its last one: it stays as far as it
 * got, marked `incomplete`. Pure; the same array when the answer is not open.
 */
export function expireStream(conversation: Conversation, messageId: string): Conversation {
  const index = conversation.findIndex((message) => message.platformId === messageId);
  const existing = conversation[index];
  if (existing?.streaming !== "open") return conversation;
  return replaceAt(conversation, index, { ...existing, streaming: "incomplete" });
}

function replaceAt(conversation: Conversation, index: number, message: ChatMessage): Conversation {
  const next = conversation.slice();
  next[index] = message;
  return next;
}
