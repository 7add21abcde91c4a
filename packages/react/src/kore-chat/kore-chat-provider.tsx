import type { ChatStore } from "@kore-chat/store";
import { QueryClientContext } from "@tanstack/react-query";
import { type ReactNode, useContext } from "react";
import { ChatStoreContext } from "./chat-store-context.js";
import type { KoreChatConnection } from "./kore-chat-props.js";
import { useOwnedChatStore } from "./use-owned-chat-store.js";

export type KoreChatProviderProps = { readonly children?: ReactNode } & (
  | (KoreChatConnection & { readonly store?: never })
  | { readonly store: ChatStore; readonly queryClient?: never }
);

/**
 * Gives the hooks a conversation: either the `store` you pass (you own it), or one it creates
 * from connection options, connects once mounted (once, also under StrictMode) and ends on
 * unmount (client closed, store destroyed).
 *
 * The first render, also on a server, already has that store, not yet connected: connection
 * `idle`, no history, only the messages a previous page load left unsent. A change of
 * `apiHost`, `botInfo` or `paths` (by value) or `queryClient` makes a new connection; a new
 * `getJWT`, `jwtUrl` or `jwtRequestBody` serves the next JWT. History pages are cached in
 * `queryClient`, else in the QueryClient of a `QueryClientProvider` above, else in one of the
 * store's own.
 *
 * @example
 * <KoreChatProvider apiHost="https://bots.kore.ai" botInfo={botInfo} jwtUrl="/kore-jwt">
 *   <MyOwnChatUi />
 * </KoreChatProvider>
 */
export function KoreChatProvider(props: KoreChatProviderProps) {
  // The context rather than useQueryClient(), which throws without a QueryClientProvider.
  const hostQueryClient = useContext(QueryClientContext);
  const { children, store: given, ...connection } = props;
  const owned = useOwnedChatStore(
    given === undefined ? (connection as KoreChatConnection) : undefined,
    props.queryClient ?? hostQueryClient,
  );
  return (
    <ChatStoreContext.Provider value={given ?? owned ?? null}>{children}</ChatStoreContext.Provider>
  );
}
