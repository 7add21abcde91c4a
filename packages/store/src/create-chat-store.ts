import type {
  BotResponseFrame,
  ConnectionStatus,
  HistoryPage,
  KoreClient,
  KoreTransportError,
  Scheduler,
  TimerHandle,
  UserMessageFrame,
} from "@kore-chat/transport";
import { systemScheduler } from "@kore-chat/transport";
import { createStore, type StoreApi } from "zustand/vanilla";
import {
  addEchoedUserMessage,
  addLiveBotTurn,
  addLocalSend,
  type Conversation,
  mergeHistory,
  removeLocalSends,
  setDeliveryStatus,
} from "./conversation/conversation.js";
import { toHistoryMessage } from "./history-message.js";
import { createHistoryPager } from "./history-pager.js";
import { agentName } from "./normalize/agent-name.js";
import type { MessagePart } from "./normalize/index.js";
import { normalizeBotTurn } from "./normalize/index.js";

export interface HistoryState {
  readonly status: "idle" | "loading" | "ready" | "error";
  /** An older page exists ("Load earlier messages"). */
  readonly hasMore: boolean;
  readonly error: unknown;
}

/** Everything a chat UI draws. */
export interface ChatState {
  readonly messages: Conversation;
  readonly connection: ConnectionStatus;
  /** Why the connection `failed`. */
  readonly connectionError: KoreTransportError | undefined;
  readonly botTyping: boolean;
  readonly history: HistoryState;
  readonly userId: string | undefined;
}

export interface ChatActions {
  /** Sends `text`; the bubble shows `renderMsg` (e.g. a button's title) when given. Returns the message key. */
  send(text: string, options?: { renderMsg?: string; sensitive?: boolean }): string;
  /** Sends a failed message again (same id); false if it is not a failed message. */
  retry(key: string): boolean;
  /** Loads the next older history page. */
  loadEarlier(): Promise<void>;
  connect(): void;
  close(): void;
}

export interface ChatStore extends StoreApi<ChatState> {
  readonly actions: ChatActions;
  /** Stops listening to the client and history; the client itself is the host's to close. */
  destroy(): void;
}

export interface ChatStoreOptions {
  readonly client: KoreClient;
  readonly historyPageSize?: number;
  /** The bot typing indicator turns itself off after this long without a reply. Default 10 s. */
  readonly typingTimeoutMs?: number;
  /** How long the first history page may wait for the socket to open before it is drawn. Default 250 ms. */
  readonly firstPageHoldMs?: number;
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

/**
 * One conversation from three sources — local sends, live RTM events and
 * history pages — merged by the pure rules in
 * `conversation/conversation.ts`. No React: any UI subscribes to it.
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
  const pageSize = options.historyPageSize ?? 20;
  const typingTimeoutMs = options.typingTimeoutMs ?? 10_000;
  const firstPageHoldMs = options.firstPageHoldMs ?? 250;

  const store = createStore<ChatState>()(() => ({
    messages: restoredSends(client),
    connection: client.status,
    connectionError: undefined,
    botTyping: false,
    history: { status: "idle", hasMore: false, error: undefined },
    userId: client.userInfo?.userId,
  }));

  // Live events carry the platform's clock, local sends the browser's: keep an offset so a
  // skewed browser clock does not put a reply before its question, and keep arrival order.
  let clockOffsetMs = 0;
  let lastLiveAt = Math.max(0, ...client.restoredMessages.map((message) => message.queuedAt));
  const liveTime = (serverTime?: number) => {
    const local = scheduler.now() + clockOffsetMs;
    const at = Math.max(serverTime ?? local, lastLiveAt + 1);
    lastLiveAt = at;
    return at;
  };

  let typingTimer: TimerHandle | undefined;
  function setTyping(on: boolean) {
    if (typingTimer !== undefined) scheduler.clearTimeout(typingTimer);
    typingTimer = on
      ? scheduler.setTimeout(() => {
          typingTimer = undefined;
          store.setState({ botTyping: false });
        }, typingTimeoutMs)
      : undefined;
    if (store.getState().botTyping !== on) store.setState({ botTyping: on });
  }

  const update = (change: (messages: Conversation) => Conversation) => {
    const { messages } = store.getState();
    const next = change(messages);
    if (next !== messages) store.setState({ messages: next });
  };

  const mergeNow = (page: HistoryPage) =>
    update((messages) => mergeHistory(messages, page.messages.map(toHistoryMessage)));

  // The first page usually lands while rtm/start's answer is on its way: drawing it takes the
  // main thread for tens of ms, and the socket would wait behind it (bench: mount → open). So
  // while still connecting it is held until the connection settles (drawn in the task after,
  // so the status shows first) or `firstPageHoldMs` passes, whichever is first.
  let heldPage: HistoryPage | undefined;
  let holdTimer: TimerHandle | undefined;
  const releaseHeldPage = () => {
    if (holdTimer !== undefined) scheduler.clearTimeout(holdTimer);
    holdTimer = undefined;
    const page = heldPage;
    heldPage = undefined;
    if (page !== undefined) mergeNow(page);
  };
  let firstPageSeen = false;
  const mergePage = (page: HistoryPage) => {
    const first = !firstPageSeen;
    firstPageSeen = true;
    if (!first || store.getState().connection !== "connecting") return mergeNow(page);
    heldPage = page;
    holdTimer = scheduler.setTimeout(releaseHeldPage, firstPageHoldMs);
  };

  // ---- history: the newest page at once (in parallel with the socket), older ones on demand ----

  const history = createHistoryPager({
    fetchPage: (page) => client.fetchHistory(page),
    pageSize,
    scheduler,
    onPage: mergePage,
    onState: (state) => store.setState({ history: state }),
  });
  void history.loadEarlier();

  // ---- live events ----

  function onBotResponse(frame: BotResponseFrame) {
    const serverTime = frame.createdOn === undefined ? Number.NaN : Date.parse(frame.createdOn);
    if (!Number.isNaN(serverTime)) clockOffsetMs = serverTime - scheduler.now();
    const parts = normalizeBotTurn(frame.message);
    if (parts.length === 0) return setTyping(true); // e.g. wait_for_response: no bubble, keep typing
    setTyping(false);
    update((messages) =>
      addLiveBotTurn(messages, {
        platformId: frame.messageId,
        author: frame.author?.type?.toUpperCase() === "AGENT" ? "agent" : "bot",
        authorName: agentName(frame.author),
        parts,
        createdAt: liveTime(Number.isNaN(serverTime) ? undefined : serverTime),
        icon: frame.icon,
      }),
    );
  }

  function onUserMessage(frame: UserMessageFrame) {
    const { body, renderMsg } = frame.message;
    update((messages) =>
      addEchoedUserMessage(messages, {
        clientMessageId: frame.id,
        body,
        parts: textParts(renderMsg ?? body),
        createdAt: liveTime(),
      }),
    );
    setTyping(true);
  }

  const subscriptions = [
    client.on("status", ({ status, error, reconnected }) => {
      if (heldPage !== undefined && status !== "connecting") {
        if (holdTimer !== undefined) scheduler.clearTimeout(holdTimer);
        holdTimer = scheduler.setTimeout(releaseHeldPage, 0);
      }
      store.setState({
        connection: status,
        connectionError: status === "failed" ? error : undefined,
        userId: client.userInfo?.userId,
      });
      // After a reconnect, what was missed; after a start whose first page failed (e.g. no
      // JWT until the user pressed Retry), that first page.
      const firstPageFailed = store.getState().history.status === "error";
      if (status === "open" && (reconnected || firstPageFailed)) void history.refetchNewest();
    }),
    client.on("ack", (ack) => {
      update((messages) =>
        setDeliveryStatus(
          messages,
          ack.replyto,
          ack.ok ? "delivered" : "failed",
          ack.ok ? undefined : "refused by the platform",
          // The platform stored it just now: its history row will carry about this time.
          scheduler.now() + clockOffsetMs,
        ),
      );
    }),
    client.on("send_failed", (failure) => {
      update((messages) =>
        setDeliveryStatus(messages, failure.clientMessageId, "failed", failure.reason),
      );
    }),
    client.on("discarded", (ids) => update((messages) => removeLocalSends(messages, ids))),
    client.on("bot_response", onBotResponse),
    client.on("user_message", onUserMessage),
  ];

  const actions: ChatActions = {
    send(text, sendOptions = {}) {
      const { renderMsg, sensitive } = sendOptions;
      const clientMessageId = client.send(text, {
        ...(renderMsg === undefined ? {} : { renderMsg }),
        ...(sensitive === undefined ? {} : { sensitive }),
      });
      update((messages) =>
        addLocalSend(messages, {
          clientMessageId,
          body: text,
          parts: textParts(sendOptions.renderMsg ?? text),
          createdAt: liveTime(),
        }),
      );
      setTyping(true);
      return String(clientMessageId);
    },
    retry(key) {
      const message = store.getState().messages.find((candidate) => candidate.key === key);
      const id = message?.clientMessageId;
      if (message?.status !== "failed" || id === undefined || !client.retry(id)) return false;
      update((messages) => setDeliveryStatus(messages, id, "pending"));
      return true;
    },
    loadEarlier: () => history.loadEarlier(),
    connect: () => client.connect(),
    close: () => client.close(),
  };

  return {
    ...store,
    actions,
    destroy() {
      for (const unsubscribe of subscriptions) unsubscribe();
      history.dispose();
      if (holdTimer !== undefined) scheduler.clearTimeout(holdTimer);
      setTyping(false);
    },
  };
}
