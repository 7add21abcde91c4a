import type { AccessTokenManager } from "../auth/access-token-manager.js";
import type {
  Logger,
  NetworkSignal,
  NetworkSignals,
  Scheduler,
  TimerHandle,
} from "../environment.js";
import { KoreTransportError } from "../errors.js";
import type { HttpClient } from "../http/http-client.js";
import type { WebSocketConstructor, WebSocketLike } from "../kore-client-options.js";
import type { BotInfo, OutgoingFrame } from "../protocol/frames.js";
import { type BackoffPolicy, createBackoff } from "./backoff.js";
import {
  type ConnectionEvent,
  type ConnectionStatus,
  initialConnectionState,
  nextConnectionState,
} from "./connection-status.js";
import { createKeepAlive } from "./keep-alive.js";
import { socketProtocols, socketUrl } from "./socket-address.js";

export interface StatusChange {
  readonly status: ConnectionStatus;
  readonly previous: ConnectionStatus;
  /** Why, for `failed`. */
  readonly error?: KoreTransportError;
  /** `open` again after having been open: recent history may need a refetch. */
  readonly reconnected: boolean;
}

/** How the platform should treat a new socket (PROTOCOL.md §7). */
export type ConnectionMode = "Start_New" | "Start_New_Resume_Agent" | "Reconnect";

export interface RtmConnectionOptions {
  readonly botInfo: BotInfo;
  readonly rtmStartPath: string;
  readonly http: HttpClient;
  readonly withAccessToken: AccessTokenManager["withAccessToken"];
  /** The JWT behind the current access token, for the secure handshake's `jwt|…` subprotocol. */
  readonly grantedJwt: () => string | undefined;
  /** Ask for the secure handshake (`x-rtm-v: 1`); a platform that answers no `nonce` gets a plain socket. */
  readonly secureRtm: boolean;
  readonly connectionMode: ConnectionMode | undefined;
  readonly WebSocket: WebSocketConstructor | undefined;
  readonly scheduler: Scheduler;
  readonly signals: NetworkSignals;
  readonly logger: Logger;
  readonly random: () => number;
  readonly backoff: BackoffPolicy;
  readonly keepAliveIntervalMs: number;
  readonly socketOpenTimeoutMs: number;
  readonly livenessProbeTimeoutMs: number;
  readonly maxJwtFailures: number;
  readonly onStatus: (change: StatusChange) => void;
  readonly onOpen: () => void;
  readonly onSocketGone: () => void;
  readonly onData: (data: unknown) => void;
  readonly onError: (error: KoreTransportError) => void;
  /** The connection stopped for good (`close()` or `failed`); `error` says why when it failed. */
  readonly onStopped: (error: KoreTransportError | undefined) => void;
}

export interface RtmConnection {
  readonly status: ConnectionStatus;
  readonly isStopped: boolean;
  connect(): void;
  close(): void;
  /** Writes to the open socket; false when there is none. */
  write(frame: OutgoingFrame): boolean;
  /** Replaces the current socket (it looks dead) with a fresh one. */
  dropSocket(reason: string): void;
}

const OPEN = 1;

const ignoreSocketError = () => {};

function asKoreError(error: unknown): KoreTransportError {
  if (error instanceof KoreTransportError) return error;
  return new KoreTransportError("network", error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}

/**
 * The socket's life: a fresh `rtm/start` URL for every attempt, capped
 * exponential backoff with jitter, keep-alive, and healing at once on
 * `online` or when the page becomes visible. Status changes only through
 * `nextConnectionState`.
 *
 * @example
 * const connection = createRtmConnection({ ...dependencies, onData: handleFrame, onOpen: flushOutbox });
 * connection.connect();
 */
export function createRtmConnection(options: RtmConnectionOptions): RtmConnection {
  const { scheduler, logger, signals } = options;
  const backoff = createBackoff(options.backoff, options.random);
  let state = initialConnectionState;
  let socket: WebSocketLike | undefined;
  let socketIsOpen = false;
  let attempt: AbortController | undefined;
  let retryTimer: TimerHandle | undefined;
  let openTimer: TimerHandle | undefined;
  let jwtFailures = 0;
  let unsubscribeSignals: (() => void) | undefined;

  const keepAlive = createKeepAlive({
    scheduler,
    intervalMs: options.keepAliveIntervalMs,
    sendPing: () =>
      write({ type: "ping", resourceid: "/bot.message", botInfo: options.botInfo, client: "sdk" }),
    onDead: (reason) => dropSocket(`socket looks dead: ${reason}`),
  });

  const isStopped = () => state.status === "closed" || state.status === "failed";

  function dispatch(event: ConnectionEvent, error?: KoreTransportError) {
    const previous = state;
    state = nextConnectionState(state, event);
    if (state.status === previous.status) return;
    options.onStatus({
      status: state.status,
      previous: previous.status,
      reconnected: event === "opened" && previous.hasBeenOpen,
      ...(error === undefined ? {} : { error }),
    });
  }

  function clearTimer(timer: TimerHandle | undefined): undefined {
    if (timer !== undefined) scheduler.clearTimeout(timer);
    return undefined;
  }

  function startAttempt() {
    retryTimer = clearTimer(retryTimer);
    attempt?.abort();
    const controller = new AbortController();
    attempt = controller;
    const isReconnect = state.hasBeenOpen;
    void (async () => {
      try {
        const body = await options.withAccessToken(
          (accessToken) =>
            options.http.requestJson({
              method: "POST",
              path: options.rtmStartPath,
              body: { botInfo: options.botInfo },
              accessToken,
              ...(options.secureRtm ? { headers: { "x-rtm-v": "1" } } : {}),
              signal: controller.signal,
            }),
          controller.signal,
        );
        if (controller.signal.aborted) return;
        const answer = body as { url?: unknown; nonce?: unknown } | null;
        const url = answer?.url;
        if (typeof url !== "string" || !/^wss?:\/\//.test(url)) {
          throw new KoreTransportError("protocol", "rtm/start answered no socket URL");
        }
        jwtFailures = 0;
        attempt = undefined;
        openSocket(
          url,
          isReconnect,
          socketProtocols(options.secureRtm, options.grantedJwt(), answer?.nonce),
        );
      } catch (error) {
        if (controller.signal.aborted) return;
        attempt = undefined;
        attemptFailed(asKoreError(error));
      }
    })();
  }

  function attemptFailed(error: KoreTransportError) {
    options.onError(error);
    if (error.code === "jwt_unavailable") jwtFailures += 1;
    if (error.isFatal || jwtFailures >= options.maxJwtFailures) return fail(error);
    logger.info?.(`connection attempt failed: ${error.message}`);
    scheduleRetry(error.retryAfterMs);
  }

  function scheduleRetry(retryAfterMs?: number) {
    if (isStopped()) return;
    if (!signals.isOnline()) return dispatch("went_offline");
    const delay = backoff.next();
    retryTimer = clearTimer(retryTimer);
    retryTimer = scheduler.setTimeout(() => {
      retryTimer = undefined;
      startAttempt();
    }, retryAfterMs ?? delay);
  }

  function openSocket(url: string, isReconnect: boolean, protocols: string[] | undefined) {
    let next: WebSocketLike;
    try {
      if (options.WebSocket === undefined) throw new Error("no WebSocket implementation available");
      const target = socketUrl(url, isReconnect, options.connectionMode);
      next =
        protocols === undefined
          ? new options.WebSocket(target)
          : new options.WebSocket(target, protocols);
    } catch (error) {
      return attemptFailed(asKoreError(error));
    }
    socket = next;
    openTimer = scheduler.setTimeout(() => {
      openTimer = undefined;
      if (socket === next && !socketIsOpen) dropSocket("socket did not open in time");
    }, options.socketOpenTimeoutMs);
    next.onopen = () => {
      if (socket !== next) return;
      openTimer = clearTimer(openTimer);
      socketIsOpen = true;
      backoff.reset();
      keepAlive.start();
      dispatch("opened");
      options.onOpen();
    };
    next.onmessage = (event) => {
      if (socket !== next) return;
      keepAlive.noteActivity();
      options.onData(event.data);
    };
    next.onclose = (event) => {
      if (socket === next) socketLost(`socket closed (code ${event.code})`);
    };
    next.onerror = () => logger.debug?.("socket error");
  }

  function detachSocket(): WebSocketLike | undefined {
    const previous = socket;
    if (previous !== undefined) {
      previous.onopen = null;
      previous.onmessage = null;
      previous.onclose = null;
      // Not null: `ws` in Node reports closing a still-connecting socket as an "error" event a
      // tick later, and an error event nobody listens to is an uncaught exception there.
      previous.onerror = ignoreSocketError;
    }
    socket = undefined;
    socketIsOpen = false;
    keepAlive.stop();
    openTimer = clearTimer(openTimer);
    if (previous !== undefined) options.onSocketGone();
    return previous;
  }

  function closeQuietly(target: WebSocketLike | undefined, code: number, reason: string) {
    try {
      target?.close(code, reason);
    } catch {
      // A half-open or never-opened socket may refuse to close cleanly; it is detached either way.
    }
  }

  function dropSocket(reason: string) {
    closeQuietly(detachSocket(), 4000, "reconnecting");
    if (!isStopped()) socketLost(reason);
  }

  function socketLost(reason: string) {
    detachSocket();
    if (isStopped()) return;
    logger.info?.(reason);
    dispatch("lost");
    scheduleRetry();
  }

  function write(frame: OutgoingFrame): boolean {
    if (socket === undefined || !socketIsOpen || socket.readyState !== OPEN) return false;
    try {
      socket.send(JSON.stringify(frame));
      return true;
    } catch (error) {
      logger.warn?.("socket send failed", error);
      return false;
    }
  }

  function stop(error: KoreTransportError | undefined) {
    attempt?.abort();
    attempt = undefined;
    retryTimer = clearTimer(retryTimer);
    closeQuietly(detachSocket(), 1000, "closed");
    unsubscribeSignals?.();
    unsubscribeSignals = undefined;
    options.onStopped(error);
  }

  function fail(error: KoreTransportError) {
    stop(error);
    dispatch("fatal", error);
  }

  function onSignal(signal: NetworkSignal) {
    if (isStopped() || state.status === "idle" || signal === "hidden") return;
    if (signal === "offline") {
      if (socketIsOpen) return keepAlive.probe(options.livenessProbeTimeoutMs);
      attempt?.abort();
      attempt = undefined;
      retryTimer = clearTimer(retryTimer);
      return dispatch("went_offline");
    }
    // "online", or the page is visible again: heal now rather than at the next backoff step.
    if (socketIsOpen) return keepAlive.probe(options.livenessProbeTimeoutMs);
    if (state.status === "offline") {
      if (!signals.isOnline()) return;
      dispatch("came_online");
      return startAttempt();
    }
    if (attempt === undefined && socket === undefined) startAttempt();
  }

  return {
    get status() {
      return state.status;
    },
    get isStopped() {
      return isStopped();
    },
    connect() {
      if (!(state.status === "idle" || isStopped())) return;
      dispatch("connect");
      jwtFailures = 0;
      backoff.reset();
      unsubscribeSignals = signals.subscribe(onSignal);
      if (!signals.isOnline()) return dispatch("went_offline");
      startAttempt();
    },
    close() {
      if (state.status === "closed") return;
      stop(undefined);
      dispatch("close");
    },
    write,
    dropSocket,
  };
}
