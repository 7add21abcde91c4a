import {
  type AgentState,
  type AttachableFile,
  type AttachmentDraft,
  attachmentsReady,
  type ChatMessage,
  type ChatState,
  type ChatStore,
} from "@kore-chat/store";
import type {
  AttachmentRejection,
  ConnectionStatus,
  KoreTransportError,
} from "@kore-chat/transport";
import { useContext, useSyncExternalStore } from "react";
import { ChatStoreContext } from "./chat-store-context.js";
import { frameBatchedSubscribe } from "./frame-batched-store.js";

/**
 * The store of the nearest `<KoreChatProvider>` / `<KoreChat>`.
 *
 * @example
 * const store = useChatStore();
 * store.actions.send("Hello");
 */
export function useChatStore(): ChatStore {
  const store = useContext(ChatStoreContext);
  if (store === null) throw new Error("kore-chat hooks must be used inside <KoreChatProvider>");
  return store;
}

/**
 * Any slice of the chat state; re-renders only when the selected value changes, and at most
 * once per animation frame during a burst of changes (see `frameBatchedSubscribe`).
 */
export function useChatState<T>(selector: (state: ChatState) => T): T {
  const store = useChatStore();
  const snapshot = () => selector(store.getState());
  return useSyncExternalStore(frameBatchedSubscribe(store), snapshot, snapshot);
}

/**
 * The conversation, oldest first, each message once.
 *
 * @example
 * const messages = useConversation();
 * return <ol>{messages.map((m) => <li key={m.key}>{m.author}</li>)}</ol>;
 */
export function useConversation(): readonly ChatMessage[] {
  return useChatState((state) => state.messages);
}

/**
 * Sends a message; `renderMsg` is what the user's bubble shows when it differs.
 *
 * @example
 * const send = useSendMessage();
 * send("payload1", { renderMsg: "Button 1" });
 */
export function useSendMessage(): (text: string, options?: { renderMsg?: string }) => string {
  return useChatStore().actions.send;
}

/**
 * The connection status, why it failed, and a way to try again.
 *
 * @example
 * const { status, retry } = useConnection();
 */
export function useConnection(): {
  status: ConnectionStatus;
  error: KoreTransportError | undefined;
  /** The platform session (PROTOCOL.md §7), once the platform said which. */
  sessionId: string | undefined;
  retry: () => void;
  /** Ends the platform session; false when not connected. */
  endConversation: () => boolean;
} {
  const store = useChatStore();
  const status = useChatState((state) => state.connection);
  const error = useChatState((state) => state.connectionError);
  const sessionId = useChatState((state) => state.sessionId);
  return {
    status,
    error,
    sessionId,
    retry: store.actions.connect,
    endConversation: store.actions.endConversation,
  };
}

/**
 * "Load earlier messages": whether there is more, whether it is loading, whether the last load
 * failed (show its error with a Retry that calls `loadEarlier` again), and the action.
 *
 * @example
 * const { hasMore, loading, failed, loadEarlier } = useLoadEarlier();
 */
export function useLoadEarlier(): {
  hasMore: boolean;
  loading: boolean;
  failed: boolean;
  /** Every page is loaded: the conversation starts here. */
  complete: boolean;
  error: unknown;
  loadEarlier: () => void;
} {
  const store = useChatStore();
  const hasMore = useChatState((state) => state.history.hasMore);
  const loading = useChatState((state) => state.history.status === "loading");
  const failed = useChatState((state) => state.history.status === "error");
  const complete = useChatState(
    (state) => state.history.status === "ready" && !state.history.hasMore,
  );
  const error = useChatState((state) => state.history.error);
  return {
    hasMore,
    loading,
    failed,
    complete,
    error,
    loadEarlier: () => {
      void store.actions.loadEarlier();
    },
  };
}

/**
 * Keys of the messages whose template the user answered in this session (a form submitted, a
 * choice sent): pass them to `MessageList` as `answered`.
 *
 * @example
 * <MessageList messages={useConversation()} answered={useAnsweredTemplates()} … />
 */
export function useAnsweredTemplates(): Readonly<Record<string, true>> {
  return useChatState((state) => state.answered);
}

/**
 * The live agent the bot handed the conversation to, if any: `{ connected, name, avatar, typing }`.
 * Tell the agent the user types with `useChatStore().actions.userTyping()`, end the agent chat
 * with `actions.closeAgentChat()`.
 *
 * @example
 * const agent = useAgent();
 * return agent.connected ? <p>{agent.name} joined</p> : null;
 */
export function useAgent(): AgentState {
  return useChatState((state) => state.agent);
}

/** Whether the bot is "typing" (after a send, until its reply or 10 s). */
export function useBotTyping(): boolean {
  return useChatState((state) => state.botTyping);
}

/**
 * The composer's attachments and what to do with them: `attach(files)` checks and uploads,
 * `remove(id)` cancels, `ready` says whether a message may be sent with them.
 *
 * @example
 * const { drafts, attach } = useAttachments();
 * <input type="file" multiple onChange={(event) => attach(Array.from(event.target.files ?? []))} />
 */
export function useAttachments(): {
  readonly drafts: readonly AttachmentDraft[];
  readonly rejections: readonly AttachmentRejection[];
  readonly ready: boolean;
  readonly attach: (files: Iterable<AttachableFile>) => void;
  readonly remove: (id: string) => void;
  readonly dismissRejections: () => void;
} {
  const store = useChatStore();
  const attachments = useChatState((state) => state.attachments);
  return {
    drafts: attachments.drafts,
    rejections: attachments.rejections,
    ready: attachmentsReady(attachments),
    attach: store.actions.attach,
    remove: store.actions.removeAttachment,
    dismissRejections: store.actions.dismissAttachmentRejections,
  };
}
