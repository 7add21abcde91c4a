import type { ChatMessage, ChatState, ChatStore } from "@kore-chat/store";
import type { ConnectionStatus, KoreTransportError } from "@kore-chat/transport";
import { useContext } from "react";
import { useStore } from "zustand";
import { ChatStoreContext } from "./chat-store-context.js";

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

/** Any slice of the chat state; re-renders only when the selected value changes. */
export function useChatState<T>(selector: (state: ChatState) => T): T {
  return useStore(useChatStore(), selector);
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
  retry: () => void;
} {
  const store = useChatStore();
  const status = useStore(store, (state) => state.connection);
  const error = useStore(store, (state) => state.connectionError);
  return { status, error, retry: store.actions.connect };
}

/**
 * "Load earlier messages": whether there is more, whether it is loading, and the action.
 *
 * @example
 * const { hasMore, loading, loadEarlier } = useLoadEarlier();
 */
export function useLoadEarlier(): { hasMore: boolean; loading: boolean; loadEarlier: () => void } {
  const store = useChatStore();
  const hasMore = useStore(store, (state) => state.history.hasMore);
  const loading = useStore(store, (state) => state.history.status === "loading");
  return {
    hasMore,
    loading,
    loadEarlier: () => {
      void store.actions.loadEarlier();
    },
  };
}

/** Whether the bot is "typing" (after a send, until its reply or 10 s). */
export function useBotTyping(): boolean {
  return useChatState((state) => state.botTyping);
}
