import type { AttachmentRules } from "./attachments/attachment-rules.js";
import type { JwtProvider } from "./auth/jwt-source.js";
import type { BackoffPolicy } from "./connection/backoff.js";
import type { ConnectionMode } from "./connection/rtm-connection.js";
import type { Logger, NetworkSignals, Scheduler } from "./environment.js";
import type { BotInfo } from "./protocol/frames.js";
import type { OutboxStorage } from "./rtm/outbox-storage.js";

/** The platform endpoints, relative to `apiHost`. */
export interface PlatformPaths {
  readonly jwtGrant: string;
  readonly rtmStart: string;
  readonly history: string;
  /** The attachment endpoints' base (`…/token`, `…/<token>/chunk`, …; PROTOCOL.md §10). */
  readonly attachments: string;
  /** The branding endpoint's base (`…/<taskBotId>/activetheme`; PROTOCOL.md §11). */
  readonly branding: string;
}

/** The documented paths (PROTOCOL.md §§ 2, 3, 5). */
export const documentedPaths: PlatformPaths = {
  jwtGrant: "/api/1.1/oAuth/token/jwtgrant",
  rtmStart: "/api/1.1/rtm/start",
  history: "/api/botmessages/rtm",
  attachments: "/api/1.1/attachment/file",
  branding: "/api/websdkthemes",
};

/** The unversioned paths the official web SDK calls; both exist on the platform. */
export const webSdkPaths: PlatformPaths = {
  jwtGrant: "/api/oAuth/token/jwtgrant",
  rtmStart: "/api/rtm/start",
  history: "/api/botmessages/rtm",
  attachments: "/api/attachment/file",
  branding: "/api/websdkthemes",
};

type Handler<E> = { bivarianceHack(event: E): void }["bivarianceHack"] | null;

/** The part of the WebSocket API the transport uses: the browser's and `ws`'s both fit. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: Handler<unknown>;
  onclose: Handler<{ readonly code: number; readonly reason?: string }>;
  onmessage: Handler<{ readonly data: unknown }>;
  onerror: Handler<unknown>;
}

export type WebSocketConstructor = new (url: string, protocols?: string[]) => WebSocketLike;

interface KoreClientCommonOptions {
  /** The platform's origin, e.g. `https://bots.kore.ai` (no `/api`). */
  readonly apiHost: string;
  readonly botInfo: BotInfo;
  /** Override any endpoint path; defaults to `documentedPaths`. */
  readonly paths?: Partial<PlatformPaths>;
  /** Defaults to the global `WebSocket` (in Node 20, pass `ws`'s). */
  readonly WebSocket?: WebSocketConstructor;
  readonly fetch?: typeof fetch;
  readonly scheduler?: Scheduler;
  /** Source of randomness for backoff jitter. */
  readonly random?: () => number;
  /** `online`/`offline`/visibility; defaults to the browser's events, inert in Node. */
  readonly networkSignals?: NetworkSignals;
  /** Defaults to warnings and errors on the console. */
  readonly logger?: Logger;
  readonly backoff?: Partial<BackoffPolicy>;
  /** Ping interval; a socket silent for two intervals is reconnected. Default 30 s. */
  readonly keepAliveIntervalMs?: number;
  /** A message not acknowledged this long on an open socket means the socket is broken. Default 20 s. */
  readonly ackTimeoutMs?: number;
  /** After this many writes without an ack, a message is reported failed. Default 5. */
  readonly maxSendAttempts?: number;
  /** Per HTTP request. Default 15 s. */
  readonly requestTimeoutMs?: number;
  /** A socket that has not opened by then is abandoned for a fresh URL. Default 10 s. */
  readonly socketOpenTimeoutMs?: number;
  /** Refresh the access token this long before it expires. Default 60 s. */
  readonly tokenRefreshMarginMs?: number;
  /** Consecutive failures of the host's JWT provider before giving up. Default 3. */
  readonly maxJwtFailures?: number;
  /**
   * Where unacknowledged messages survive a page reload. Defaults to sessionStorage (one key per
   * bot) where there is one; `null` keeps them in memory only.
   */
  readonly outboxStorage?: OutboxStorage | null;
  /**
   * The secure socket handshake (PROTOCOL.md §7): `x-rtm-v: 1` on `rtm/start`, and the socket
   * opened with the `x-rtm-v|1`, `jwt|…`, `nonce|…` subprotocols when the platform answers a
   * nonce (an older platform does not: plain socket). Default true, as the official SDK.
   */
  readonly secureRtm?: boolean;
  /**
   * Added to the socket URL as `ConnectionMode`: `Start_New` starts a fresh conversation,
   * `Start_New_Resume_Agent` a fresh one that keeps a live agent. Automatic reconnects then say
   * `ConnectionMode=Reconnect` (instead of `isReconnect=true`).
   */
  readonly connectionMode?: ConnectionMode;
  /**
   * What users may attach: `maxFileBytes` (default 25 MB), `maxFiles` per message (default 10)
   * and `allowedExtensions` (default: documents, images, audio, video). Executables are always
   * refused.
   */
  readonly attachments?: Partial<AttachmentRules>;
  /** Sent with each message as `meta`; defaults to the runtime's time zone and locale. */
  readonly meta?: { readonly timezone?: string; readonly locale?: string };
}

/** Options of `createKoreClient`: the common ones plus exactly one of `getJWT` or `jwtUrl`. */
export type KoreClientOptions = KoreClientCommonOptions & JwtProvider;

export const clientDefaults = {
  keepAliveIntervalMs: 30_000,
  ackTimeoutMs: 20_000,
  maxSendAttempts: 5,
  requestTimeoutMs: 15_000,
  socketOpenTimeoutMs: 10_000,
  tokenRefreshMarginMs: 60_000,
  maxJwtFailures: 3,
  // After `online` or the page becoming visible, an open socket must answer a ping this fast.
  livenessProbeTimeoutMs: 5_000,
} as const;

export function defaultMeta(): { timezone?: string; locale?: string } | undefined {
  try {
    const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const locale = (globalThis as { navigator?: { language?: string } }).navigator?.language;
    return { ...(timezone ? { timezone } : {}), ...(locale ? { locale } : {}) };
  } catch {
    return undefined;
  }
}
