import type { MessagePart } from "../normalize/message-parts.js";
import type { Receipt } from "./receipts.js";

/** Who a message is from, as the DOM contract's `data-author` says it. */
export type MessageAuthor = "user" | "bot" | "agent" | "system";

/**
 * A line the conversation itself says (no bubble): the UI words it in the user's language.
 * `name` is the live agent's, when the platform gave one.
 */
export type ConversationNotice =
  | { readonly kind: "agent_joined"; readonly name?: string | undefined }
  | { readonly kind: "agent_left"; readonly name?: string | undefined }
  | { readonly kind: "conversation_ended" };

/**
 * A streamed answer (PROTOCOL.md §8): `open` while chunks arrive, `incomplete` when it stopped
 * without its last chunk (closed after a timeout). Absent once it ended, or for any other message.
 */
export type StreamState = "open" | "incomplete";

/** A user message's delivery: `pending` until the platform's ack. */
export type DeliveryStatus = "pending" | "delivered" | "failed";

/**
 * One message of the conversation, whatever it came from (a send in this
 * session, a live frame, an echo of another session, a history row).
 */
export interface ChatMessage {
  /** Stable for the message's life (React key, `data-message-id`), even after merges. */
  readonly key: string;
  readonly author: MessageAuthor;
  readonly parts: readonly MessagePart[];
  /** When it was written, in ms; the conversation is ordered by it. */
  readonly createdAt: number;
  /** User messages: what was sent (the body), to match the message to its history row. */
  readonly body?: string | undefined;
  /**
   * Every user message: `pending`/`failed` only for sends of this session;
   * echoes of other sessions and history rows are `delivered`.
   */
  readonly status?: DeliveryStatus | undefined;
  readonly failureReason?: string | undefined;
  /**
   * A send of this session: when the platform acknowledged it, on the platform's clock. Its
   * history row is stored about then, which may be long after `createdAt` (queued offline).
   */
  readonly deliveredAt?: number | undefined;
  readonly clientMessageId?: number | undefined;
  /** The platform's id (`_id` of the history row, `messageId` of a live bot turn). */
  readonly platformId?: string | undefined;
  /** Seen live (this session's socket or local send). */
  readonly live: boolean;
  /** Seen in a history page. Interactive templates of history-only messages are read-only. */
  readonly inHistory: boolean;
  /** The bot's avatar, when the frame carried one. */
  readonly icon?: string | undefined;
  /** A live agent's name (`author.firstName lastName` of the frame), when it was sent. */
  readonly authorName?: string | undefined;
  /** The user's messages a live agent confirmed: `delivered` to the agent, or `read`. */
  readonly receipt?: Receipt | undefined;
  /** A streamed answer still growing, or cut short. */
  readonly streaming?: StreamState | undefined;
  /** Assembled from streamed chunks: its history row, when read, is the authoritative text. */
  readonly streamed?: boolean | undefined;
  /** A live agent's message id at the agent desk (`agent_MessageId`), echoed in receipts. */
  readonly agentMessageId?: string | undefined;
  /** `author: "system"` lines: what happened, for the UI to word. */
  readonly notice?: ConversationNotice | undefined;
}
