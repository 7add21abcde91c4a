import {
  documentedPaths,
  type PlatformPaths,
  type WebSocketConstructor,
  type WebSocketLike,
} from "../kore-client-options.js";
import type { BotInfo } from "../protocol/frames.js";
import type { ConnectionMode } from "./rtm-connection.js";
import { socketProtocols, socketUrl } from "./socket-address.js";

export interface HeadStartOptions {
  readonly apiHost: string;
  readonly botInfo: BotInfo;
  readonly paths?: Partial<PlatformPaths> | undefined;
  readonly secureRtm?: boolean | undefined;
  readonly connectionMode?: ConnectionMode | undefined;
  /** The host's JWT, already asked for. */
  readonly jwt: Promise<string>;
  readonly fetch?: typeof fetch | undefined;
  readonly WebSocket?: WebSocketConstructor | undefined;
  /** The socket opened, before any client took it. */
  readonly onSocketOpen?: (() => void) | undefined;
  /** The socket closed before any client took it. */
  readonly onSocketClose?: (() => void) | undefined;
}

/**
 * A connection's first attempt, made before its client exists: hand `fetch` and `WebSocket` to
 * `createKoreClient`, and its first `jwtgrant`, `rtm/start` and socket are these.
 */
export interface HeadStart {
  /** Answers the client's first grant and `rtm/start` with the requests already made. */
  readonly fetch: typeof fetch;
  /** Gives the client the socket already opened (and the frames it received meanwhile). */
  readonly WebSocket: WebSocketConstructor;
  /** Whether the socket is open and not yet taken by a client. */
  readonly socketWaiting: boolean;
  /**
   * Resolves once the head start has done what it can: its socket opened, or it stopped without
   * one (a step failed, the socket closed first, `cancel()`, a client went ahead).
   */
  readonly settled: Promise<void>;
  /** Stops what is still to come, and closes a socket no client took. */
  cancel(): void;
}

const OPEN = 1;

const construct = (Socket: WebSocketConstructor, url: string, protocols: string[] | undefined) =>
  protocols === undefined ? new Socket(url) : new Socket(url, protocols);

const requestKey = (url: string, init: RequestInit | undefined) =>
  `${url}\n${typeof init?.body === "string" ? init.body : ""}\n${new Headers(init?.headers).get("authorization") ?? ""}`;

/** The answer, unless `signal` aborts first (the client's request timeout). */
function answerUnlessAborted(answer: Promise<Response>, signal: AbortSignal | null | undefined) {
  if (signal == null) return answer;
  return new Promise<Response>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    answer.then(resolve, reject);
  });
}

/**
 * Makes a connection's first requests while the code that will own the connection is still
 * downloading: the grant with the host's JWT, `rtm/start` (secure handshake and connection mode
 * as the client would ask), and the socket. The client, created later with this head start's
 * `fetch` and `WebSocket`, makes the same requests and gets these answers, each once, so its
 * own rules (a refused JWT, a retry, a socket that closed meanwhile) apply unchanged. A step
 * that fails ends the head start: the client meets the failure in the answer it is given, or
 * goes to the network itself. The client making a request the head start has not made yet
 * ends it too, so there is never a second socket.
 *
 * @example
 * const headStart = startHeadStart({ apiHost, botInfo, jwt: fetchJwt(fetch, "/api/jwt", {}) });
 * // … later, once the chat's code has loaded:
 * const client = createKoreClient({ apiHost, botInfo, jwtUrl: "/api/jwt", ...headStart });
 */
export function startHeadStart(options: HeadStartOptions): HeadStart {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const RealWebSocket =
    options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  const base = options.apiHost.replace(/\/+$/, "");
  const paths = { ...documentedPaths, ...options.paths };
  const grantUrl = new URL(base + paths.jwtGrant).toString();
  const rtmStartUrl = new URL(base + paths.rtmStart).toString();
  const secure = options.secureRtm ?? true;
  const made = new Map<string, Promise<Response>>();
  let stopped = false;
  let socket: WebSocketLike | undefined;
  let socketTarget = "";
  let taken = false;
  let wasOpened = false;
  const inbox: unknown[] = [];
  let settle = () => {};
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  let closedWith: { readonly code: number; readonly reason?: string } | undefined;

  const post = (url: string, body: unknown, accessToken?: string) => {
    const headers: Record<string, string> = {
      accept: "application/json",
      "content-type": "application/json",
    };
    if (accessToken !== undefined) headers.authorization = `bearer ${accessToken}`;
    if (secure && url === rtmStartUrl) headers["x-rtm-v"] = "1";
    const init = { method: "POST", headers, body: JSON.stringify(body) };
    const answer = fetchImpl(url, init);
    made.set(requestKey(url, init), answer);
    return answer.then((response) => (response.ok ? response.clone().json() : undefined));
  };

  const cancel = () => {
    stopped = true;
    settle();
    made.clear(); // an rtm/start URL is for one socket: a client must not get one already used
    if (socket !== undefined && !taken) {
      socket.onopen = socket.onmessage = socket.onclose = null;
      socket.onerror = () => {}; // closing it while it connects may still report an error
      try {
        socket.close(1000, "not used");
      } catch {
        // closing a socket that is still connecting may throw in some runtimes
      }
      socket = undefined;
    }
  };

  void (async () => {
    const jwt = await options.jwt;
    if (stopped) return;
    const grant = (await post(grantUrl, { assertion: jwt, botInfo: options.botInfo })) as {
      authorization?: { accessToken?: unknown };
    } | null;
    const accessToken = grant?.authorization?.accessToken;
    if (stopped || typeof accessToken !== "string" || accessToken === "") return;
    const rtm = (await post(rtmStartUrl, { botInfo: options.botInfo }, accessToken)) as {
      url?: unknown;
      nonce?: unknown;
    } | null;
    const url = rtm?.url;
    if (stopped || typeof url !== "string" || !/^wss?:\/\//.test(url) || !RealWebSocket) return;
    const protocols = socketProtocols(secure, jwt, rtm?.nonce);
    const target = socketUrl(url, false, options.connectionMode);
    socketTarget = `${target}\n${protocols ?? ""}`;
    const opened = construct(RealWebSocket, target, protocols);
    socket = opened;
    opened.onopen = () => {
      wasOpened = true;
      settle();
      options.onSocketOpen?.();
    };
    opened.onmessage = (event) => inbox.push(event.data);
    opened.onclose = (event) => {
      closedWith = { code: event.code, ...(event.reason ? { reason: event.reason } : {}) };
      settle();
      options.onSocketClose?.();
    };
  })()
    .catch(() => {
      // The client meets the same failure in the answer it is given, or makes the request itself.
    })
    .then(() => {
      if (socket === undefined) settle(); // ended without a socket
    });

  const headStartFetch: typeof fetch = (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const key = requestKey(url, init);
    const answer = made.get(key);
    if (answer !== undefined) {
      made.delete(key);
      return answerUnlessAborted(answer, init?.signal);
    }
    // The client is ahead (or elsewhere): the rest is its own.
    if (url === grantUrl || url === rtmStartUrl) cancel();
    return fetchImpl(input, init);
  };

  // The client takes the socket itself and sets its handlers right after constructing it: what
  // happened before is replayed to them next, in order.
  const handOver = (real: WebSocketLike): WebSocketLike => {
    taken = true;
    real.onopen = real.onmessage = real.onclose = null;
    queueMicrotask(() => {
      if (wasOpened) real.onopen?.({});
      for (const data of inbox.splice(0)) real.onmessage?.({ data });
      if (closedWith !== undefined) real.onclose?.(closedWith);
    });
    return real;
  };

  function HeadStartWebSocket(url: string, protocols?: string[]): WebSocketLike {
    const waiting = socket;
    if (waiting !== undefined && !taken && `${url}\n${protocols ?? ""}` === socketTarget) {
      return handOver(waiting);
    }
    if (!taken) cancel();
    if (!RealWebSocket) throw new Error("no WebSocket implementation available");
    return construct(RealWebSocket, url, protocols);
  }

  return {
    fetch: headStartFetch,
    WebSocket: HeadStartWebSocket as unknown as WebSocketConstructor,
    get socketWaiting() {
      return socket !== undefined && !taken && socket.readyState === OPEN;
    },
    settled,
    cancel,
  };
}
