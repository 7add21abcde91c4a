import type { Branding, ConnectionStatus, KoreTransportError } from "@kore-chat/transport";
import type { Conversation } from "../conversation/conversation.js";
import type { AttachmentsState } from "./attachment-drafts.js";

/** The conversation's history pages, as "Load earlier messages" and its error line show them. */
export interface HistoryState {
  /** `loading` while a page is on its way; `error` when the last load failed (retry it). */
  readonly status: "idle" | "loading" | "ready" | "error";
  /** An older page exists ("Load earlier messages"). */
  readonly hasMore: boolean;
  readonly error: unknown;
}

/** A human agent the bot handed the conversation to (PROTOCOL.md § 9). */
export interface AgentState {
  readonly connected: boolean;
  /** The agent's name, when the platform gave it. */
  readonly name?: string | undefined;
  /** The agent's picture URL as sent (untrusted: the UI checks it before showing it). */
  readonly avatar?: string | undefined;
  /** The agent is typing. */
  readonly typing: boolean;
}

/** Everything a chat UI draws. Changed only by `chatReducer`. */
export interface ChatState {
  readonly messages: Conversation;
  readonly connection: ConnectionStatus;
  /** Why the connection `failed`. */
  readonly connectionError: KoreTransportError | undefined;
  readonly botTyping: boolean;
  readonly history: HistoryState;
  readonly userId: string | undefined;
  /**
   * Keys of the messages whose template the user answered in this session (a form submitted, a
   * choice or date sent): their controls stay read-only, even after their row was recycled.
   */
  readonly answered: Readonly<Record<string, true>>;
  readonly agent: AgentState;
  /** The platform session the conversation is in (PROTOCOL.md §7), once the platform said. */
  readonly sessionId: string | undefined;
  /** Files attached in the composer (uploading or uploaded) and the ones it refused. */
  readonly attachments: AttachmentsState;
  /** The look the bot's builder chose in the platform, once fetched (`brandFromPlatform`). */
  readonly branding: Branding | undefined;
}

export const initialHistoryState: HistoryState = {
  status: "idle",
  hasMore: false,
  error: undefined,
};

export const noAgent: AgentState = { connected: false, typing: false };
