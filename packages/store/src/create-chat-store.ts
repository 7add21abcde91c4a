import type {
  AttachmentRules,
  BotResponseFrame,
  HistoryPage,
  KeyValueStorage,
  KoreClient,
  Scheduler,
  SendOptions,
  UploadedFile,
  UserMessageFrame,
} from "@kore-chat/transport";
import { browserSessionStorage, systemScheduler, type TimerHandle } from "@kore-chat/transport";
import { QueryClient } from "@tanstack/query-core";
import { createStore, type StoreApi } from "zustand/vanilla";
import { createAgentMemory } from "./chat/agent-memory.js";
import {
  browserPageVisibility,
  createAgentSignals,
  type PageVisibility,
} from "./chat/agent-signals.js";
import {
  type AttachableFile,
  attachmentsReady,
  createAttachmentUploads,
  noAttachments,
} from "./chat/attachment-drafts.js";
import { type ChatAction, chatReducer, startsBotTyping } from "./chat/chat-reducer.js";
import { type ChatState, initialHistoryState, noAgent } from "./chat/chat-state.js";
import { createFirstPageHold } from "./chat/first-page-hold.js";
import { createLiveClock } from "./chat/live-clock.js";
import { createTypingTimeout } from "./chat/typing-timeout.js";
import { addLocalSend, type Conversation, setDeliveryStatus } from "./conversation/conversation.js";
import { toHistoryMessage } from "./history/history-message.js";
import { createHistoryQuery } from "./history/history-query.js";
import { agentAvatar, agentName } from "./normalize/agent-name.js";
import { attachmentParts } from "./normalize/attachment-parts.js";
import type { MessagePart } from "./normalize/index.js";
import { normalizeBotTurn } from "./normalize/index.js";
import { readStreamChunk } from "./normalize/read-stream-chunk.js";

export type { AgentState, ChatState, HistoryState } from "./chat/chat-state.js";

/** How a send is shown and kept. */
export interface ChatSendOptions {
  /** What the user's bubble shows when it differs from what is sent (a button's title). */
  readonly renderMsg?: string;
  /** A secret (a password): never written to storage. */
  readonly sensitive?: boolean;
  /**
   * The key of the bot message whose template this send answers (a form, a choice, a date):
   * that message's controls stay read-only from then on.
   */
  readonly answers?: string;
  /**
   * Files uploaded with `client.upload`, sent with the message. Without this option a send
   * takes the composer's attachments (`attach`), once every one has uploaded.
   */
  readonly attachments?: readonly UploadedFile[];
}

export interface ChatActions {
  /**
   * Sends `text` (may be empty with attachments) and the composer's uploaded attachments; the
   * bubble shows `renderMsg` (e.g. a button's title) when given. Returns the message key, or
   * "" when nothing was sent: nothing to send, or an attachment still uploading or failed
   * (`attachmentsReady` says when it may go).
   */
  send(text: string, options?: ChatSendOptions): string;
  /**
   * Attaches files to the next message: each is checked (size, type, count; refusals go to
   * `attachments.rejections`) and uploaded at once, its progress in `attachments.drafts`.
   */
  attach(files: Iterable<AttachableFile>): void;
  /** Removes an attachment from the composer, cancelling its upload. */
  removeAttachment(id: string): void;
  /** Clears the refusals of the last `attach`. */
  dismissAttachmentRejections(): void;
  /** Sends a failed message again (same id); false if it is not a failed message. */
  retry(key: string): boolean;
  /** Loads the next older history page, or tries a failed history load again. */
  loadEarlier(): Promise<void>;
  /** Connects the client and starts loading history. */
  connect(): void;
  close(): void;
  /**
   * The user pressed a key in the composer. While a live agent is connected this tells the agent
   * (`typing` once per burst, `stop_typing` after half a second without keys); otherwise nothing.
   */
  userTyping(): void;
  /** Ends the chat with the live agent (`close_agent_chat`); false when none is connected or offline. */
  closeAgentChat(): boolean;
  /**
   * Ends the platform session (`/bot.closeConversationSession`): a line says so and the next
   * message starts a new session. False (nothing changes) when the socket is not open.
   */
  endConversation(): boolean;
  /**
   * Fetches the platform's branding into `branding`, once per store, when the socket is open
   * (at once, or when it opens): what the `brandFromPlatform` option does after connecting.
   */
  loadBranding(): void;
}

export interface ChatStore extends StoreApi<ChatState> {
  readonly actions: ChatActions;
  /** What users may attach (the client's rules), for a file picker's `accept`. */
  readonly attachmentRules: AttachmentRules;
  /**
   * Stops listening to the client, cancels history requests and clears the store's timers;
   * the client itself is its creator's to close.
   */
  destroy(): void;
}

export interface ChatStoreOptions {
  readonly client: KoreClient;
  /**
   * Where history pages are cached (TanStack Query's `QueryClient` from `@tanstack/query-core`
   * or `@tanstack/react-query`): pass the host's to share its cache and devtools. Without one
   * the store makes its own and clears it on `destroy()`.
   */
  readonly queryClient?: QueryClient;
  readonly historyPageSize?: number;
  /** The bot typing indicator turns itself off after this long without a reply. Default 10 s. */
  readonly typingTimeoutMs?: number;
  /** How long the first history page may wait for the socket to open before it is drawn. Default 250 ms. */
  readonly firstPageHoldMs?: number;
  /** A streamed answer with no chunk for this long is closed as incomplete. Default 30 s. */
  readonly streamIdleTimeoutMs?: number;
  /** When the page is visible (read receipts for a live agent); defaults to the document's. */
  readonly pageVisibility?: PageVisibility;
  /**
   * Where a connected live agent is remembered across a reload; defaults to sessionStorage where
   * there is one, `null` for nowhere (the platform says it again on the next socket).
   */
  readonly agentStorage?: KeyValueStorage | null;
  /**
   * Fetches the look the bot's builder chose in the platform (PROTOCOL.md §11) once the socket
   * is open, into `branding`: the connection and the first page wait for nothing. Default false.
   */
  readonly brandFromPlatform?: boolean;
  readonly scheduler?: Scheduler;
}

const textParts = (text: string): MessagePart[] => [{ kind: "text", text }];

/** What the user sent before the page was reloaded and the platform has not acknowledged. */
function restoredSends(client: KoreClient): Conversation {
  let messages: Conversation = [];
  for (const restored of client.restoredMessages) {
    const { clientMessageId, body, renderMsg } = restored;
    messages = addLocalSend(messages, {
      clientMessageId,
      body,
      parts: textParts(renderMsg ?? body),
      createdAt: restored.queuedAt,
    });
    if (restored.failed) {
      messages = setDeliveryStatus(messages, clientMessageId, "failed", "not delivered");
    }
  }
  return messages;
}

function initialState(client: KoreClient): ChatState {
  return {
    messages: restoredSends(client),
    connection: client.status,
    connectionError: undefined,
    botTyping: false,
    history: initialHistoryState,
    userId: client.userInfo?.userId,
    answered: {},
    agent: noAgent,
    sessionId: client.sessionId,
    attachments: noAttachments,
    branding: undefined,
  };
}

/**
 * One conversation from three sources — local sends, live RTM events and history pages
 * (TanStack Query queries) — changed only through `chatReducer`'s typed actions, whose merge
 * rules live in `conversation/`. Constructing it sends nothing and starts no timer: history
 * starts loading on `connect()`, on the first `subscribe`, or when the client's socket opens.
 * No React: any UI subscribes to it.
 *
 * @example
 * const store = createChatStore({ client: createKoreClient(options) });
 * store.subscribe((state) => render(state.messages));
 * store.actions.connect();
 * store.actions.send("Hello");
 */
export function createChatStore(options: ChatStoreOptions): ChatStore {
  const { client } = options;
  const scheduler = options.scheduler ?? systemScheduler;
  const ownQueryClient = options.queryClient === undefined;
  const queryClient = options.queryClient ?? new QueryClient();

  const store = createStore<ChatState>()(() => initialState(client));
  let destroyed = false;

  const typing = createTypingTimeout(scheduler, options.typingTimeoutMs ?? 10_000, () =>
    dispatch({ type: "typing_expired" }),
  );
  const agentMemory = createAgentMemory(
    options.agentStorage === undefined
      ? browserSessionStorage()
      : (options.agentStorage ?? undefined),
    client.botInfo.taskBotId,
  );
  const agentSignals = createAgentSignals({
    scheduler,
    visibility: options.pageVisibility ?? browserPageVisibility(),
    sendEvent: (event) => client.sendEvent(event),
  });
  const uploads = createAttachmentUploads({
    client,
    dispatch: (action) => dispatch(action),
    drafts: () => store.getState().attachments.drafts,
  });
  const streamIdleTimeoutMs = options.streamIdleTimeoutMs ?? 30_000;
  const streamTimers = new Map<string, TimerHandle>();

  const dispatch = (action: ChatAction) => {
    if (destroyed) return;
    const state = store.getState();
    const next = chatReducer(state, action);
    if (next !== state) store.setState(next, true);
    if (!next.botTyping) typing.stop();
    else if (startsBotTyping(action)) typing.restart();
    if (next.agent !== state.agent) agentChanged(state.agent.connected, next);
  };

  function agentChanged(wasConnected: boolean, next: ChatState) {
    if (next.agent.connected) return agentMemory.remember(next.agent, next.userId);
    if (wasConnected) {
      agentSignals.stopTyping();
      agentMemory.forget();
    }
  }

  /** Restarts (or, at its last chunk, ends) the idle timeout of a streamed answer. */
  function watchStream(messageId: string, ended: boolean) {
    const timer = streamTimers.get(messageId);
    if (timer !== undefined) scheduler.clearTimeout(timer);
    streamTimers.delete(messageId);
    if (ended) return;
    streamTimers.set(
      messageId,
      scheduler.setTimeout(() => {
        streamTimers.delete(messageId);
        dispatch({ type: "stream_expired", messageId });
      }, streamIdleTimeoutMs),
    );
  }

  const clock = createLiveClock(
    scheduler,
    Math.max(0, ...client.restoredMessages.map((message) => message.queuedAt)),
  );
  const firstPage = createFirstPageHold<HistoryPage>(
    scheduler,
    options.firstPageHoldMs ?? 250,
    (page) => dispatch({ type: "history_received", messages: page.messages.map(toHistoryMessage) }),
  );
  const history = createHistoryQuery({
    queryClient,
    client,
    taskBotId: client.botInfo.taskBotId,
    pageSize: options.historyPageSize ?? 20,
    onPage: (page) => firstPage.admit(page, store.getState().connection === "connecting"),
    onState: (state) => dispatch({ type: "history_changed", history: state }),
  });

  function onBotResponse(frame: BotResponseFrame) {
    const serverTime = frame.createdOn === undefined ? Number.NaN : Date.parse(frame.createdOn);
    const known = !Number.isNaN(serverTime);
    if (known) clock.observe(serverTime);
    const author = frame.author?.type?.toUpperCase() === "AGENT" ? "agent" : "bot";
    // An agent's message shows the agent's own picture (or none), never the bot's icon.
    const icon = author === "agent" ? agentAvatar(frame.author) : frame.icon;
    const { messageId } = frame;
    const chunk = frame.sM === true ? readStreamChunk(frame.message) : undefined;
    if (messageId !== undefined && chunk !== undefined) {
      const ended = frame.endChunk === true;
      dispatch({
        type: "stream_chunk_received",
        chunk: {
          messageId,
          text: chunk,
          end: ended,
          author,
          authorName: agentName(frame.author),
          createdAt: clock.stamp(known ? serverTime : undefined),
          icon,
        },
      });
      return watchStream(messageId, ended);
    }
    const parts = normalizeBotTurn(frame.message);
    if (parts.length === 0) return dispatch({ type: "bot_waiting" }); // e.g. wait_for_response
    const isNew =
      messageId === undefined ||
      !store
        .getState()
        .messages.some((message) => message.platformId === messageId && message.live);
    dispatch({
      type: "bot_turn_received",
      turn: {
        platformId: messageId,
        author,
        authorName: agentName(frame.author),
        parts,
        createdAt: clock.stamp(known ? serverTime : undefined),
        icon,
        agentMessageId: frame.agent_MessageId,
      },
    });
    if (author === "agent" && messageId !== undefined && isNew) {
      agentSignals.agentMessageReceived(messageId, frame.agent_MessageId);
    }
  }

  function onUserMessage(frame: UserMessageFrame) {
    const { body, renderMsg } = frame.message;
    const shown = renderMsg ?? body;
    const files = attachmentParts(frame.message.attachments);
    if (shown.trim() === "" && files.length === 0) return;
    dispatch({
      type: "user_message_echoed",
      message: {
        clientMessageId: frame.id,
        body,
        parts: [...(shown.trim() === "" ? [] : textParts(shown)), ...files],
        createdAt: clock.stamp(),
      },
    });
  }

  // Listening to the client is no I/O; history starts with the first subscriber, `connect()`
  // or the socket opening, not at construction, so a store made while server rendering sends
  // nothing and starts no timer.
  const listening = [
    client.on("status", ({ status, error, reconnected }) => {
      if (status !== "connecting") firstPage.connectionSettled();
      dispatch({
        type: "connection_changed",
        status,
        error: status === "failed" ? error : undefined,
        userId: client.userInfo?.userId,
      });
      const owner = agentMemory.owner;
      const userId = client.userInfo?.userId;
      if (owner !== undefined && userId !== undefined && owner !== userId) {
        dispatch({ type: "agent_forgotten" });
      }
      if (status === "open") {
        void history.connectionOpened(reconnected);
        fetchBranding();
      }
    }),
    client.on("ack", (ack) =>
      dispatch({
        type: "acknowledged",
        clientMessageId: ack.replyto,
        ok: ack.ok,
        // The platform stored it just now: its history row will carry about this time.
        at: clock.platformNow(),
      }),
    ),
    client.on("send_failed", (failure) =>
      dispatch({
        type: "send_failed",
        clientMessageId: failure.clientMessageId,
        reason: failure.reason,
      }),
    ),
    client.on("discarded", (ids) => dispatch({ type: "discarded", clientMessageIds: ids })),
    client.on("bot_response", onBotResponse),
    client.on("user_message", onUserMessage),
    client.on("events", (frame) =>
      dispatch({ type: "event_received", event: frame.message, at: clock.stamp() }),
    ),
    client.on("session", () => {
      const { sessionId } = client;
      if (sessionId !== undefined) dispatch({ type: "session_started", sessionId });
    }),
  ];
  // Once per store, and only on an open socket: the grant is done and the connection waits for nothing.
  let wantsBranding = options.brandFromPlatform === true;
  let branding: AbortController | undefined;
  function fetchBranding() {
    if (!wantsBranding || branding !== undefined || store.getState().connection !== "open") return;
    branding = new AbortController();
    client.fetchBranding?.(branding.signal).then(
      (value) => value !== undefined && dispatch({ type: "branding_received", branding: value }),
      () => {},
    );
  }

  let started = false;
  const start = () => {
    history.start();
    if (started) return;
    started = true;
    // After construction (not in it): a server render and the first client render agree.
    const remembered = agentMemory.recall(store.getState().userId);
    if (remembered !== undefined) dispatch({ type: "agent_restored", agent: remembered });
  };

  const actions: ChatActions = {
    send(text, sendOptions = {}) {
      start();
      const { renderMsg, sensitive, answers } = sendOptions;
      const { attachments } = store.getState();
      const fromComposer = sendOptions.attachments === undefined;
      if (fromComposer && !attachmentsReady(attachments)) return "";
      const files =
        sendOptions.attachments ??
        attachments.drafts.flatMap((draft) =>
          draft.uploaded === undefined ? [] : [draft.uploaded],
        );
      if (text.trim() === "" && files.length === 0) return "";
      const transportOptions: SendOptions = {
        ...(renderMsg === undefined ? {} : { renderMsg }),
        ...(sensitive === undefined ? {} : { sensitive }),
        ...(files.length === 0 ? {} : { attachments: files }),
      };
      agentSignals.stopTyping();
      const clientMessageId = client.send(text, transportOptions);
      const shown = renderMsg ?? text;
      dispatch({
        type: "sent",
        send: {
          clientMessageId,
          body: text,
          parts: [...(shown.trim() === "" ? [] : textParts(shown)), ...attachmentParts(files)],
          createdAt: clock.stamp(),
        },
        answers,
      });
      if (fromComposer && attachments.drafts.length > 0) dispatch({ type: "attachments_sent" });
      return String(clientMessageId);
    },
    attach: (files) => uploads.attach(files),
    removeAttachment: (id) => uploads.remove(id),
    dismissAttachmentRejections: () => dispatch({ type: "attachment_rejections_dismissed" }),
    retry(key) {
      const message = store.getState().messages.find((candidate) => candidate.key === key);
      const id = message?.clientMessageId;
      if (message?.status !== "failed" || id === undefined || !client.retry(id)) return false;
      dispatch({ type: "retried", clientMessageId: id });
      return true;
    },
    loadEarlier: () => {
      start();
      return history.loadEarlier();
    },
    connect() {
      start();
      client.connect();
    },
    close: () => client.close(),
    userTyping() {
      if (store.getState().agent.connected) agentSignals.userTyped();
    },
    closeAgentChat() {
      if (!store.getState().agent.connected) return false;
      agentSignals.stopTyping();
      return client.sendEvent({ event: "close_agent_chat" });
    },
    endConversation() {
      agentSignals.stopTyping();
      if (!client.endConversation()) return false;
      dispatch({ type: "conversation_ended", at: clock.stamp() });
      return true;
    },
    loadBranding() {
      wantsBranding = true;
      fetchBranding();
    },
  };

  return {
    ...store,
    subscribe(listener) {
      start();
      return store.subscribe(listener);
    },
    actions,
    attachmentRules: client.attachmentRules,
    destroy() {
      if (destroyed) return;
      for (const unsubscribe of listening) unsubscribe();
      history.dispose();
      firstPage.dispose();
      typing.stop();
      agentSignals.dispose();
      uploads.dispose();
      branding?.abort();
      for (const timer of streamTimers.values()) scheduler.clearTimeout(timer);
      streamTimers.clear();
      destroyed = true;
      if (store.getState().botTyping) store.setState({ botTyping: false });
      if (ownQueryClient) queryClient.clear();
    },
  };
}
