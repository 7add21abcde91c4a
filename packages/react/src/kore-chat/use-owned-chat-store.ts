import type { ChatStore } from "@kore-chat/store";
import type { QueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import type { KoreChatConnection } from "./kore-chat-props.js";
import { createOwnedChatSession, type OwnedChatSession } from "./owned-chat-session.js";
import { useIsomorphicLayoutEffect } from "./use-isomorphic-layout-effect.js";

interface Latest {
  readonly connection: KoreChatConnection | undefined;
  readonly queryClient: QueryClient | undefined;
}

function create(
  connection: KoreChatConnection,
  queryClient: QueryClient | undefined,
  latest: { readonly current: Latest },
): OwnedChatSession {
  // Falls back to `connection` after the host switched to a `store` of its own: this one ends then.
  return createOwnedChatSession(
    connection,
    queryClient,
    () => latest.current.connection ?? connection,
  );
}

/**
 * A store of its own for `connection` (none for `undefined`), connected while the component is
 * mounted (once, also under StrictMode) and ended right after it unmounts: the client closed,
 * the store destroyed.
 *
 * The store exists from the first render, not yet connected (status `idle`, no history), so the
 * hooks work at once and a server render draws the idle widget; creating it sends nothing and
 * starts no timer. It connects as the first render is committed, before it is painted. A change
 * of `apiHost`, `botInfo` or `paths` (by value) or of `queryClient` replaces it by a new one (the
 * old one ends in the same task, before any answer to the new one's requests can arrive);
 * `getJWT`, `jwtUrl` and `jwtRequestBody` are read whenever a JWT is needed.
 *
 * @example
 * const store = useOwnedChatStore(props.store === undefined ? props : undefined, queryClient);
 */
export function useOwnedChatStore(
  connection: KoreChatConnection | undefined,
  queryClient: QueryClient | undefined,
): ChatStore | undefined {
  const latest = useRef<Latest>({ connection, queryClient });
  // After commit, not while rendering: a render React throws away must not change the JWT source.
  useIsomorphicLayoutEffect(() => {
    latest.current = { connection, queryClient };
  });

  const [session, setSession] = useState<OwnedChatSession | undefined>(() =>
    connection === undefined ? undefined : create(connection, queryClient, latest),
  );
  let current = session;
  const fits =
    connection === undefined
      ? current === undefined
      : current?.serves(connection, queryClient) === true;
  if (!fits) {
    // Another connection: made while rendering (that is free of I/O), started once committed.
    current = connection === undefined ? undefined : create(connection, queryClient, latest);
    setSession(current);
  }

  // A layout effect: the token requests go out before the browser paints the first render, not
  // after it (a passive effect runs once the frame has been painted).
  useIsomorphicLayoutEffect(() => {
    if (current === undefined) return;
    if (current.ended) {
      // Its effect runs again after the session ended (an <Activity> hidden, then shown): a
      // new one replaces it. StrictMode's and Fast Refresh's re-runs come sooner, and keep it.
      const { connection: now, queryClient: nowQueryClient } = latest.current;
      if (now !== undefined) setSession(create(now, nowQueryClient, latest));
      return;
    }
    return current.start();
  }, [current]);

  return current?.store;
}
