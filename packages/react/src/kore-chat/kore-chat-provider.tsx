import { type ChatStore, createChatStore } from "@kore-chat/store";
import { createKoreClient } from "@kore-chat/transport";
import { type ReactNode, useEffect, useState } from "react";
import { ChatStoreContext } from "./chat-store-context.js";
import type { KoreChatConnection } from "./kore-chat-props.js";

export type KoreChatProviderProps = { readonly children?: ReactNode } & (
  | (KoreChatConnection & { readonly store?: never })
  | { readonly store: ChatStore }
);

/**
 * Gives the hooks a conversation: either the `store` you pass (you own it),
 * or one it creates from connection options and connects while mounted. The
 * options are read once; give the provider a new `key` to connect elsewhere.
 *
 * @example
 * <KoreChatProvider apiHost="https://bots.kore.ai" botInfo={botInfo} jwtUrl="/kore-jwt">
 *   <MyOwnChatUi />
 * </KoreChatProvider>
 */
export function KoreChatProvider(props: KoreChatProviderProps) {
  const [owned] = useState(() => {
    if (props.store !== undefined) return undefined;
    const { children: _children, ...connection } = props;
    return createChatStore({ client: createKoreClient(connection as KoreChatConnection) });
  });
  const store = props.store ?? owned;

  useEffect(() => {
    if (owned === undefined) return;
    owned.actions.connect();
    // Closing (not destroying) lets React's StrictMode re-mount connect the same store again.
    return () => owned.actions.close();
  }, [owned]);

  return (
    <ChatStoreContext.Provider value={store ?? null}>{props.children}</ChatStoreContext.Provider>
  );
}
