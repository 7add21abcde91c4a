import { type ChatStore, createChatStore } from "@kore-chat/store";
import { createKoreClient, type KoreClientOptions } from "@kore-chat/transport";
import type { QueryClient } from "@tanstack/react-query";
import type { KoreChatConnection } from "./kore-chat-props.js";
import { type JwtOptions, latestJwtProvider } from "./latest-jwt-provider.js";

/**
 * A client and its store that `<KoreChatProvider>` made and must end: created without any I/O
 * (so it may be created while rendering, also on a server), connected by `start()`, closed and
 * destroyed soon after the function `start()` returns is called.
 */
export interface OwnedChatSession {
  readonly store: ChatStore;
  /** Whether it still is the connection `connection` asks for, through `queryClient`. */
  serves(connection: KoreChatConnection, queryClient: QueryClient | undefined): boolean;
  /**
   * Connects (once) and returns the release. Released and not started again within the same
   * task, it ends: the store destroyed, the client closed. React's StrictMode runs an effect,
   * its cleanup and the effect again in one go, so the session it starts lives on and connects
   * once, where ending it at once would make a second connection (and, the store's history
   * starting with its first subscriber, a second history request).
   */
  start(): () => void;
  /** Destroyed and closed: it cannot be started again. */
  readonly ended: boolean;
}

/**
 * What makes a connection another one, by value: hosts write `botInfo={{ … }}` inline, and an
 * equal object on every render must not reconnect.
 */
function connectionKey(connection: KoreChatConnection): string {
  const { apiHost, botInfo, paths } = connection;
  return JSON.stringify([
    apiHost,
    botInfo.chatBot,
    botInfo.taskBotId,
    paths?.jwtGrant,
    paths?.rtmStart,
    paths?.history,
  ]);
}

type ClientOptionsWithoutJwt = Omit<KoreClientOptions, "getJWT" | "jwtUrl">;

// The JWT options are the wrapper's to read each time; the QueryClient is the store's.
const notForTheClient: ReadonlySet<string> = new Set([
  "getJWT",
  "jwtUrl",
  "jwtRequestBody",
  "queryClient",
]);

function clientOptionsOf(connection: KoreChatConnection): ClientOptionsWithoutJwt {
  const options: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(connection)) {
    if (!notForTheClient.has(name)) options[name] = value;
  }
  return options as unknown as ClientOptionsWithoutJwt;
}

/**
 * Creates the client and store for `connection`; nothing connects until `start()`.
 * `latestJwt` is read each time the client needs a JWT.
 *
 * @example
 * const session = createOwnedChatSession(connection, queryClient, () => latest.current);
 * useEffect(() => session.start(), [session]);
 */
export function createOwnedChatSession(
  connection: KoreChatConnection,
  queryClient: QueryClient | undefined,
  latestJwt: () => JwtOptions,
): OwnedChatSession {
  const key = connectionKey(connection);
  const client = createKoreClient({
    ...clientOptionsOf(connection),
    getJWT: latestJwtProvider(latestJwt),
  });
  const { scheduler } = connection;
  // The store's timers on the client's clock, so one injected scheduler drives the widget.
  const store = createChatStore({
    client,
    ...(queryClient === undefined ? {} : { queryClient }),
    ...(scheduler === undefined ? {} : { scheduler }),
  });
  let ended = false;
  let connected = false;
  let pendingEnd: object | undefined;

  const end = () => {
    ended = true;
    store.destroy();
    client.close();
  };

  return {
    store,
    serves: (next, nextQueryClient) =>
      !ended && nextQueryClient === queryClient && connectionKey(next) === key,
    start() {
      if (ended) throw new Error("kore-chat: an ended session cannot start again");
      pendingEnd = undefined;
      if (!connected) {
        connected = true;
        store.actions.connect();
      }
      return () => {
        const release = {};
        pendingEnd = release;
        void Promise.resolve().then(() => {
          if (pendingEnd === release && !ended) end();
        });
      };
    },
    get ended() {
      return ended;
    },
  };
}
