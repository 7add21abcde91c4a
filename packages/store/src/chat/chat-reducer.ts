import type {
  Branding,
  ConnectionStatus,
  EventsFrame,
  KoreTransportError,
} from "@kore-chat/transport";
import type { ConversationNotice } from "../conversation/chat-message.js";
import {
  addEchoedUserMessage,
  addLiveBotTurn,
  addLocalSend,
  type EchoedUserMessage,
  type HistoryMessage,
  insertMessage,
  type LiveBotTurn,
  type LocalSend,
  mergeHistory,
  removeLocalSends,
  setDeliveryStatus,
} from "../conversation/conversation.js";
import { setReceipt } from "../conversation/receipts.js";
import { addStreamChunk, expireStream, type StreamChunk } from "../conversation/streams.js";
import { agentAvatar, agentName } from "../normalize/agent-name.js";
import { type AttachmentsAction, attachmentsReducer } from "./attachment-drafts.js";
import { type AgentState, type ChatState, type HistoryState, noAgent } from "./chat-state.js";

/** Everything that can happen to a conversation: the only way `ChatState` changes. */
export type ChatAction =
  /** The user sent a message; `answers` is the key of the message whose template it answers. */
  | { readonly type: "sent"; readonly send: LocalSend; readonly answers?: string | undefined }
  | {
      readonly type: "acknowledged";
      readonly clientMessageId: number;
      readonly ok: boolean;
      /** When the platform stored it, on the platform's clock. */
      readonly at: number;
    }
  | { readonly type: "send_failed"; readonly clientMessageId: number; readonly reason: string }
  | { readonly type: "retried"; readonly clientMessageId: number }
  | { readonly type: "discarded"; readonly clientMessageIds: readonly number[] }
  | { readonly type: "bot_turn_received"; readonly turn: LiveBotTurn }
  /** A turn with nothing to show (`wait_for_response`): the bot is still working. */
  | { readonly type: "bot_waiting" }
  | { readonly type: "user_message_echoed"; readonly message: EchoedUserMessage }
  | { readonly type: "typing_expired" }
  | {
      readonly type: "connection_changed";
      readonly status: ConnectionStatus;
      readonly error: KoreTransportError | undefined;
      readonly userId: string | undefined;
    }
  | { readonly type: "history_received"; readonly messages: readonly HistoryMessage[] }
  | { readonly type: "history_changed"; readonly history: HistoryState }
  /** `at`: now, on the conversation's clock (for the line an agent joining or leaving adds). */
  | { readonly type: "event_received"; readonly event: EventsFrame["message"]; readonly at: number }
  | { readonly type: "stream_chunk_received"; readonly chunk: StreamChunk }
  /** No chunk came for too long: the answer is closed as incomplete. */
  | { readonly type: "stream_expired"; readonly messageId: string }
  | { readonly type: "session_started"; readonly sessionId: string }
  /** The user ended the conversation (`/bot.closeConversationSession` was sent). */
  | { readonly type: "conversation_ended"; readonly at: number }
  /** A live agent remembered from before a reload (session storage). */
  | { readonly type: "agent_restored"; readonly agent: AgentState }
  /** The remembered agent belonged to another user: dropped without a line. */
  | { readonly type: "agent_forgotten" }
  /** The platform's branding arrived (PROTOCOL.md §11). */
  | { readonly type: "branding_received"; readonly branding: Branding }
  /** The composer's attachments: added, uploading, uploaded, failed, removed, sent. */
  | AttachmentsAction;

/** Actions after which the bot is expected to answer: the typing indicator (re)starts its timeout. */
export function startsBotTyping(action: ChatAction): boolean {
  return (
    action.type === "sent" || action.type === "user_message_echoed" || action.type === "bot_waiting"
  );
}

const isAgent = (event: EventsFrame["message"]) => event.author?.type?.toUpperCase() === "AGENT";

/** A line of the conversation itself ("Maya joined the chat"), at `at`. */
function withNotice(state: ChatState, notice: ConversationNotice, at: number): ChatState {
  const key = `notice-${notice.kind}-${at}-${state.messages.length}`;
  return withMessages(
    state,
    insertMessage(state.messages, {
      key,
      author: "system",
      parts: [],
      createdAt: at,
      live: true,
      inHistory: false,
      notice,
    }),
  );
}

function reduceEvent(state: ChatState, event: EventsFrame["message"], at: number): ChatState {
  switch (event.type) {
    case "agent_connected":
    case "agent_session_active": {
      const { agent } = state;
      // A nameless repeat (third-party desks send `agent_session_active` bare) keeps the name.
      const name = agentName(event.author) ?? (agent.connected ? agent.name : undefined);
      const avatar = agentAvatar(event.author) ?? (agent.connected ? agent.avatar : undefined);
      // Sent again (e.g. after a reconnect or a reload) for the agent already shown: no new line.
      if (agent.connected) {
        if (agent.name === name && agent.avatar === avatar && !agent.typing) return state;
        return { ...state, agent: { connected: true, name, avatar, typing: false } };
      }
      const joined = withNotice(state, { kind: "agent_joined", name }, at);
      return { ...joined, agent: { connected: true, name, avatar, typing: false } };
    }
    case "agent_disconnected":
    case "agent_session_inactive": {
      if (!state.agent.connected) return state;
      const left = withNotice(state, { kind: "agent_left", name: state.agent.name }, at);
      return { ...left, agent: noAgent };
    }
    case "typing":
    case "stoptyping": {
      const typing = event.type === "typing";
      if (!isAgent(event) || state.agent.typing === typing) return state;
      return { ...state, agent: { ...state.agent, typing } };
    }
    case "message_delivered":
    case "message_read": {
      const id = event.clientMessageId;
      if (id === undefined) return state;
      const receipt = event.type === "message_read" ? "read" : "delivered";
      return withMessages(state, setReceipt(state.messages, id, receipt));
    }
    default:
      // Other events (the platform adds new ones) change nothing the widget draws.
      return state;
  }
}

function withMessages(state: ChatState, messages: ChatState["messages"]): ChatState {
  return messages === state.messages ? state : { ...state, messages };
}

function withTyping(state: ChatState, botTyping: boolean): ChatState {
  return state.botTyping === botTyping ? state : { ...state, botTyping };
}

/**
 * The one transition function of the store: pure, the same object when nothing changed (so
 * subscribers are not woken), with the merge rules of `conversation/` doing the message work.
 *
 * @example
 * const next = chatReducer(state, { type: "typing_expired" });
 */
export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case "sent": {
      const next = withTyping(withMessages(state, addLocalSend(state.messages, action.send)), true);
      const { answers } = action;
      if (answers === undefined || state.answered[answers] === true) return next;
      return { ...next, answered: { ...next.answered, [answers]: true } };
    }
    case "acknowledged":
      return withMessages(
        state,
        setDeliveryStatus(
          state.messages,
          action.clientMessageId,
          action.ok ? "delivered" : "failed",
          action.ok ? undefined : "refused by the platform",
          action.at,
        ),
      );
    case "send_failed":
      return withMessages(
        state,
        setDeliveryStatus(state.messages, action.clientMessageId, "failed", action.reason),
      );
    case "retried":
      return withMessages(
        state,
        setDeliveryStatus(state.messages, action.clientMessageId, "pending"),
      );
    case "discarded":
      return withMessages(state, removeLocalSends(state.messages, action.clientMessageIds));
    case "bot_turn_received": {
      const next = withTyping(
        withMessages(state, addLiveBotTurn(state.messages, action.turn)),
        false,
      );
      return action.turn.author === "agent" && next.agent.typing
        ? { ...next, agent: { ...next.agent, typing: false } }
        : next;
    }
    case "bot_waiting":
      return withTyping(state, true);
    case "user_message_echoed":
      return withTyping(
        withMessages(state, addEchoedUserMessage(state.messages, action.message)),
        true,
      );
    case "typing_expired":
      return withTyping(state, false);
    case "connection_changed":
      if (
        state.connection === action.status &&
        state.connectionError === action.error &&
        state.userId === action.userId
      ) {
        return state;
      }
      return {
        ...state,
        connection: action.status,
        connectionError: action.error,
        userId: action.userId,
      };
    case "history_received":
      return withMessages(state, mergeHistory(state.messages, action.messages));
    case "history_changed": {
      const { history } = action;
      const current = state.history;
      if (
        current.status === history.status &&
        current.hasMore === history.hasMore &&
        current.error === history.error
      ) {
        return state;
      }
      return { ...state, history };
    }
    case "event_received":
      return reduceEvent(state, action.event, action.at);
    case "stream_chunk_received": {
      const next = withTyping(
        withMessages(state, addStreamChunk(state.messages, action.chunk)),
        false,
      );
      return action.chunk.author === "agent" && next.agent.typing
        ? { ...next, agent: { ...next.agent, typing: false } }
        : next;
    }
    case "stream_expired":
      return withMessages(state, expireStream(state.messages, action.messageId));
    case "session_started":
      return state.sessionId === action.sessionId
        ? state
        : { ...state, sessionId: action.sessionId };
    case "conversation_ended": {
      const ended = withNotice(withTyping(state, false), { kind: "conversation_ended" }, action.at);
      return { ...ended, agent: noAgent, sessionId: undefined };
    }
    case "agent_restored":
      return state.agent.connected ? state : { ...state, agent: action.agent };
    case "agent_forgotten":
      return state.agent.connected ? { ...state, agent: noAgent } : state;
    case "branding_received":
      return { ...state, branding: action.branding };
    case "attachments_added":
    case "attachment_progress":
    case "attachment_uploaded":
    case "attachment_failed":
    case "attachment_removed":
    case "attachment_rejections_dismissed":
    case "attachments_sent": {
      const attachments = attachmentsReducer(state.attachments, action);
      return attachments === state.attachments ? state : { ...state, attachments };
    }
    default:
      return action satisfies never;
  }
}
