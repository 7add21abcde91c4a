import {
  type AccessTokenManager,
  createAccessTokenManager,
  type UserInfo,
} from "./auth/access-token-manager.js";
import { createJwtSource } from "./auth/jwt-source.js";
import { createBackoff, defaultBackoffPolicy } from "./connection/backoff.js";
import {
  type ConnectionEvent,
  type ConnectionStatus,
  initialConnectionState,
  nextConnectionState,
} from "./connection/connection-status.js";
import { createKeepAlive } from "./connection/keep-alive.js";
import { Emitter } from "./emitter.js";
import {
  browserNetworkSignals,
  consoleLogger,
  type NetworkSignal,
  systemScheduler,
  type TimerHandle,
} from "./environment.js";
import { KoreTransportError } from "./errors.js";
import { createHttpClient } from "./http/http-client.js";
import {
  clientDefaults,
  defaultMeta,
  documentedPaths,
  type KoreClientOptions,
  type WebSocketConstructor,
  type WebSocketLike,
} from "./kore-client-options.js";
import { decodeFrame } from "./protocol/decode-frame.js";
import type {
  AckFrame,
  BotActiveFrame,
  BotMessageFrame,
  BotResponseFrame,
  ClientMessageId,
  EventsFrame,
  IncomingFrame,
  MessageAttachment,
  PingFrame,
  SessionStartFrame,
  UserMessageFrame,
} from "./protocol/frames.js";
import { decodeHistoryPage, type HistoryPage } from "./protocol/history-rows.js";
import { createMessageIdGenerator } from "./rtm/message-id-generator.js";
import { Outbox, type OutboxEntry } from "./rtm/outbox.js";

export interface StatusChange {
  readonly status: ConnectionStatus;
  readonly previous: ConnectionStatus;
  /** Why, for `failed` (and for the error that led to a retry). */
  readonly error?: KoreTransportError;
  /** `open` again after having been open: recent history may need a refetch. */
  readonly reconnected: boolean;
}

export interface SendFailure {
  readonly clientMessageId: ClientMessageId;
  readonly reason: string;
  readonly error?: KoreTransportError;
}

/** Everything a `KoreClient` reports. */
export interface KoreClientEvents {
  status: StatusChange;
  /** Exactly one per sent message that the platform acknowledged (`ok: false` = refused). */
  ack: AckFrame;
  bot_response: BotResponseFrame;
  /** The same user wrote this in another session (tab or device). */
  user_message: UserMessageFrame;
  events: EventsFrame;
  session: SessionStartFrame | BotActiveFrame;
  /** The transport gave up on a message without an ack; `retry(id)` sends it again. */
  send_failed: SendFailure;
  /** Errors on the way (HTTP, socket); the client retries unless the status becomes `failed`. */
  error: KoreTransportError;
}

export interface SendOptions {
  /** What the user's own bubble shows, when it differs from the body (e.g. a button's title). */
  readonly renderMsg?: string;
  readonly attachments?: readonly MessageAttachment[];
}

export interface KoreClient {
  readonly status: ConnectionStatus;
  readonly userInfo: UserInfo | undefined;
  /** Starts connecting (again, after `close()` or `failed`). Safe to call twice. */
  connect(): void;
  /** Closes the socket and stops retrying; unacknowledged messages are reported failed. */
  close(): void;
  /** Queues a user message and returns its `clientMessageId` at once. */
  send(text: string, options?: SendOptions): ClientMessageId;
  /** Sends a failed message again with the same id. False if there is no such failed message. */
  retry(clientMessageId: ClientMessageId): boolean;
  /** One page of chat-window history, newest first. */
  fetchHistory(page?: { offset?: number; limit?: number }): Promise<HistoryPage>;
  on<K extends keyof KoreClientEvents>(
    event: K,
    listener: (payload: KoreClientEvents[K]) => void,
  ): () => void;
}

const OPEN = 1;

function asKoreError(error: unknown): KoreTransportError {
  if (error instanceof KoreTransportError) return error;
  return new KoreTransportError("network", error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}

/**
 * A headless client for one user talking to one bot: token exchange, a
 * self-healing RTM socket, an outbox that loses nothing, and history.
 *
 * @example
 * const client = createKoreClient({ apiHost: "https://bots.kore.ai", botInfo, jwtUrl: "/kore-jwt" });
 * client.on("bot_response", (turn) => console.log(turn.message));
 * client.connect();
 * client.send("Hello");
 */
export function createKoreClient(options: KoreClientOptions): KoreClient {
  const scheduler = options.scheduler ?? systemScheduler;
  const logger = options.logger ?? consoleLogger;
  const paths = { ...documentedPaths, ...options.paths };
  const settings = resolveSettings(options);
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const WebSocketImpl =
    options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  const signals = options.networkSignals ?? browserNetworkSignals();
  const meta = options.meta ?? defaultMeta();
  const http = createHttpClient({
    apiHost: options.apiHost,
    fetch: fetchImpl,
    scheduler,
    timeoutMs: settings.requestTimeoutMs,
  });
  const jwtSource = createJwtSource(options, fetchImpl, () => scheduler.now());
  const events = new Emitter<KoreClientEvents>(logger);
  const backoff = createBackoff(
    { ...defaultBackoffPolicy, ...options.backoff },
    options.random ?? Math.random,
  );
  const nextMessageId = createMessageIdGenerator(() => scheduler.now());
  const outbox = new Outbox();
  const failedFrames = new Map<ClientMessageId, BotMessageFrame>();

  let state = initialConnectionState;
  let userInfo: UserInfo | undefined;
  let tokens: AccessTokenManager = newTokenManager();
  let socket: WebSocketLike | undefined;
  let socketIsOpen = false;
  let attempt: AbortController | undefined;
  let retryTimer: TimerHandle | undefined;
  let openTimer: TimerHandle | undefined;
  let ackTimer: TimerHandle | undefined;
  let jwtFailures = 0;
  let unsubscribeSignals: (() => void) | undefined;

  const keepAlive = createKeepAlive({
    scheduler,
    intervalMs: settings.keepAliveIntervalMs,
    sendPing: () => write(pingFrame()),
    onDead: (reason) => dropSocket(`socket looks dead: ${reason}`),
  });

  function newTokenManager() {
    return createAccessTokenManager({
      http,
      jwtSource,
      grantPath: paths.jwtGrant,
      botInfo: options.botInfo,
      scheduler,
      logger,
      refreshMarginMs: settings.tokenRefreshMarginMs,
      onUserInfo: (next) => {
        userInfo = next;
      },
    });
  }

  function dispatch(event: ConnectionEvent, error?: KoreTransportError) {
    const previous = state;
    state = nextConnectionState(state, event);
    if (state.status === previous.status) return;
    events.emit("status", {
      status: state.status,
      previous: previous.status,
      reconnected: event === "opened" && previous.hasBeenOpen,
      ...(error === undefined ? {} : { error }),
    });
  }

  const isStopped = () => state.status === "closed" || state.status === "failed";

  function clearTimer(timer: TimerHandle | undefined): undefined {
    if (timer !== undefined) scheduler.clearTimeout(timer);
    return undefined;
  }

  // ---- connection attempts ---------------------------------------------------

  function startAttempt() {
    retryTimer = clearTimer(retryTimer);
    attempt?.abort();
    const controller = new AbortController();
    attempt = controller;
    const isReconnect = state.hasBeenOpen;
    void (async () => {
      try {
        const body = await tokens.withAccessToken(
          (accessToken) =>
            http.requestJson({
              method: "POST",
              path: paths.rtmStart,
              body: { botInfo: options.botInfo },
              accessToken,
              signal: controller.signal,
            }),
          controller.signal,
        );
        if (controller.signal.aborted) return;
        const url = (body as { url?: unknown } | null)?.url;
        if (typeof url !== "string" || !/^wss?:\/\//.test(url)) {
          throw new KoreTransportError("protocol", "rtm/start answered no socket URL");
        }
        jwtFailures = 0;
        attempt = undefined;
        openSocket(url, isReconnect);
      } catch (error) {
        if (controller.signal.aborted) return;
        attempt = undefined;
        attemptFailed(asKoreError(error));
      }
    })();
  }

  function attemptFailed(error: KoreTransportError) {
    events.emit("error", error);
    if (error.code === "jwt_unavailable") jwtFailures += 1;
    if (error.isFatal || jwtFailures >= settings.maxJwtFailures) return fail(error);
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

  // ---- the socket ------------------------------------------------------------

  function openSocket(url: string, isReconnect: boolean) {
    const target = new URL(url);
    if (isReconnect) target.searchParams.set("isReconnect", "true");
    let next: WebSocketLike;
    try {
      if (WebSocketImpl === undefined) throw new Error("no WebSocket implementation available");
      next = new WebSocketImpl(target.toString());
    } catch (error) {
      return attemptFailed(asKoreError(error));
    }
    socket = next;
    openTimer = scheduler.setTimeout(() => {
      openTimer = undefined;
      if (socket === next && !socketIsOpen) dropSocket("socket did not open in time");
    }, settings.socketOpenTimeoutMs);
    next.onopen = () => {
      if (socket !== next) return;
      openTimer = clearTimer(openTimer);
      socketIsOpen = true;
      backoff.reset();
      keepAlive.start();
      dispatch("opened");
      flush();
    };
    next.onmessage = (event) => {
      if (socket !== next) return;
      keepAlive.noteActivity();
      receive(event.data);
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
      previous.onerror = null;
    }
    socket = undefined;
    socketIsOpen = false;
    keepAlive.stop();
    openTimer = clearTimer(openTimer);
    ackTimer = clearTimer(ackTimer);
    outbox.requeueInFlight();
    return previous;
  }

  /** Closes the current socket on purpose (dead, no ack, not opening) and reconnects. */
  function dropSocket(reason: string) {
    try {
      detachSocket()?.close(4000, "reconnecting");
    } catch {
      // A half-open socket may refuse to close cleanly; it is detached either way.
    }
    if (!isStopped()) socketLost(reason);
  }

  function socketLost(reason: string) {
    detachSocket();
    if (isStopped()) return;
    logger.info?.(reason);
    dispatch("lost");
    scheduleRetry();
  }

  function write(frame: BotMessageFrame | PingFrame): boolean {
    if (socket === undefined || !socketIsOpen || socket.readyState !== OPEN) return false;
    try {
      socket.send(JSON.stringify(frame));
      return true;
    } catch (error) {
      logger.warn?.("socket send failed", error);
      return false;
    }
  }

  function pingFrame(): PingFrame {
    return { type: "ping", resourceid: "/bot.message", botInfo: options.botInfo, client: "sdk" };
  }

  // ---- incoming frames ---------------------------------------------------------

  function receive(data: unknown) {
    const result = decodeFrame(data);
    if (!result.ok) {
      if (result.reason === "unknown_type") logger.info?.(`ignored frame type "${result.type}"`);
      else logger.warn?.(`ignored malformed frame (${result.reason})`, result);
      return;
    }
    handleFrame(result.frame);
  }

  function handleFrame(frame: IncomingFrame) {
    switch (frame.type) {
      case "ack":
        return acknowledge(frame);
      case "bot_response":
        return events.emit("bot_response", frame);
      case "user_message":
        return events.emit("user_message", frame);
      case "events":
        return events.emit("events", frame);
      case "Session_Start":
      case "Bot_Active":
        return events.emit("session", frame);
      case "pong":
      case "hello":
        return;
      default:
        return frame satisfies never;
    }
  }

  function acknowledge(frame: AckFrame) {
    const entry = outbox.take(frame.replyto);
    if (entry === undefined) {
      // A second ack for a message re-sent after a reconnect: already reported once.
      logger.debug?.(`ack for unknown or settled message ${frame.replyto}`);
      return;
    }
    if (!frame.ok) failedFrames.set(entry.frame.clientMessageId, entry.frame);
    events.emit("ack", frame);
  }

  // ---- the outbox ----------------------------------------------------------------

  function flush() {
    for (const entry of outbox.sendable()) {
      if (entry.attempts >= settings.maxSendAttempts) {
        failEntry(entry, `not acknowledged after ${entry.attempts} attempts`);
        continue;
      }
      if (!write(entry.frame)) return;
      outbox.markSent(entry, scheduler.now());
    }
    watchAcks();
  }

  function watchAcks() {
    if (ackTimer !== undefined) return;
    const sentTimes = outbox.inFlight().map((entry) => entry.sentAt ?? scheduler.now());
    if (sentTimes.length === 0) return;
    const due = Math.min(...sentTimes) + settings.ackTimeoutMs;
    ackTimer = scheduler.setTimeout(() => {
      ackTimer = undefined;
      const now = scheduler.now();
      const overdue = outbox
        .inFlight()
        .some((entry) => now - (entry.sentAt ?? now) >= settings.ackTimeoutMs);
      if (overdue) dropSocket(`no ack within ${settings.ackTimeoutMs} ms`);
      else watchAcks();
    }, due - scheduler.now());
  }

  function failEntry(entry: OutboxEntry, reason: string, error?: KoreTransportError) {
    outbox.take(entry.frame.clientMessageId);
    failedFrames.set(entry.frame.clientMessageId, entry.frame);
    events.emit("send_failed", {
      clientMessageId: entry.frame.clientMessageId,
      reason,
      ...(error === undefined ? {} : { error }),
    });
  }

  // ---- stopping ------------------------------------------------------------------

  function stop() {
    attempt?.abort();
    attempt = undefined;
    retryTimer = clearTimer(retryTimer);
    try {
      detachSocket()?.close(1000, "closed");
    } catch {
      // Closing a socket that never opened can throw in some runtimes.
    }
    tokens.dispose();
    unsubscribeSignals?.();
    unsubscribeSignals = undefined;
  }

  function fail(error: KoreTransportError) {
    stop();
    dispatch("fatal", error);
    for (const entry of outbox.takeAll()) failEntry(entry, error.message, error);
  }

  // ---- network and page signals ------------------------------------------------

  function onSignal(signal: NetworkSignal) {
    if (isStopped() || state.status === "idle") return;
    if (signal === "hidden") return;
    if (signal === "offline") {
      if (socketIsOpen) return keepAlive.probe(settings.livenessProbeTimeoutMs);
      attempt?.abort();
      attempt = undefined;
      retryTimer = clearTimer(retryTimer);
      return dispatch("went_offline");
    }
    // "online", or the page is visible again: heal now rather than at the next backoff step.
    if (socketIsOpen) return keepAlive.probe(settings.livenessProbeTimeoutMs);
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
    get userInfo() {
      return userInfo;
    },
    connect() {
      if (!(state.status === "idle" || isStopped())) return;
      if (tokens !== undefined && state.status !== "idle") tokens = newTokenManager();
      dispatch("connect");
      jwtFailures = 0;
      backoff.reset();
      unsubscribeSignals = signals.subscribe(onSignal);
      if (!signals.isOnline()) return dispatch("went_offline");
      startAttempt();
    },
    close() {
      if (state.status === "closed") return;
      stop();
      dispatch("close");
      const error = new KoreTransportError("closed", "the client was closed");
      for (const entry of outbox.takeAll()) failEntry(entry, error.message, error);
    },
    send(text, sendOptions = {}) {
      const clientMessageId = nextMessageId();
      const frame: BotMessageFrame = {
        clientMessageId,
        id: clientMessageId,
        resourceid: "/bot.message",
        botInfo: options.botInfo,
        message: {
          body: text,
          ...(sendOptions.renderMsg === undefined ? {} : { renderMsg: sendOptions.renderMsg }),
          attachments: sendOptions.attachments ?? [],
        },
        client: "sdk",
        ...(meta === undefined ? {} : { meta }),
      };
      const entry = outbox.add(frame);
      if (isStopped()) {
        const error = new KoreTransportError("closed", `the client is ${state.status}`);
        // Reported after `send` returns, so the caller knows the id first.
        queueMicrotask(() => failEntry(entry, error.message, error));
      } else {
        flush();
      }
      return clientMessageId;
    },
    retry(clientMessageId) {
      const frame = failedFrames.get(clientMessageId);
      if (frame === undefined) return false;
      failedFrames.delete(clientMessageId);
      outbox.add(frame);
      if (!isStopped()) flush();
      return true;
    },
    async fetchHistory({ offset = 0, limit = 20 } = {}) {
      const body = await tokens.withAccessToken((accessToken) =>
        http.requestJson({
          method: "GET",
          path: paths.history,
          query: { botId: options.botInfo.taskBotId, offset, limit },
          accessToken,
        }),
      );
      const page = decodeHistoryPage(body);
      if ("error" in page) throw new KoreTransportError("protocol", page.error);
      if (page.rejectedRows > 0)
        logger.warn?.(`skipped ${page.rejectedRows} unreadable history rows`);
      return page;
    },
    on: (event, listener) => events.on(event, listener),
  };
}

function resolveSettings(options: KoreClientOptions) {
  return {
    keepAliveIntervalMs: options.keepAliveIntervalMs ?? clientDefaults.keepAliveIntervalMs,
    ackTimeoutMs: options.ackTimeoutMs ?? clientDefaults.ackTimeoutMs,
    maxSendAttempts: options.maxSendAttempts ?? clientDefaults.maxSendAttempts,
    requestTimeoutMs: options.requestTimeoutMs ?? clientDefaults.requestTimeoutMs,
    socketOpenTimeoutMs: options.socketOpenTimeoutMs ?? clientDefaults.socketOpenTimeoutMs,
    tokenRefreshMarginMs: options.tokenRefreshMarginMs ?? clientDefaults.tokenRefreshMarginMs,
    maxJwtFailures: options.maxJwtFailures ?? clientDefaults.maxJwtFailures,
    livenessProbeTimeoutMs: clientDefaults.livenessProbeTimeoutMs,
  };
}
