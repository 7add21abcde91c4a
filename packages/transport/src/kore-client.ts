import {
  type AccessTokenManager,
  createAccessTokenManager,
  type UserInfo,
} from "./auth/access-token-manager.js";
import { createJwtSource } from "./auth/jwt-source.js";
import { defaultBackoffPolicy } from "./connection/backoff.js";
import type { ConnectionStatus } from "./connection/connection-status.js";
import { createRtmConnection, type StatusChange } from "./connection/rtm-connection.js";
import { Emitter } from "./emitter.js";
import { browserNetworkSignals, consoleLogger, systemScheduler } from "./environment.js";
import { KoreTransportError } from "./errors.js";
import { createHttpClient } from "./http/http-client.js";
import {
  clientDefaults,
  defaultMeta,
  documentedPaths,
  type KoreClientOptions,
  type WebSocketConstructor,
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
  SessionStartFrame,
  UserMessageFrame,
} from "./protocol/frames.js";
import { decodeHistoryPage, type HistoryPage } from "./protocol/history-rows.js";
import { createMessageIdGenerator } from "./rtm/message-id-generator.js";
import { createMessageSender, type SendFailure } from "./rtm/message-sender.js";

export type { SendFailure, StatusChange };

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
  const meta = options.meta ?? defaultMeta();
  const http = createHttpClient({
    apiHost: options.apiHost,
    fetch: fetchImpl,
    scheduler,
    timeoutMs: settings.requestTimeoutMs,
  });
  const jwtSource = createJwtSource(options, fetchImpl, () => scheduler.now());
  const events = new Emitter<KoreClientEvents>(logger);
  const nextMessageId = createMessageIdGenerator(() => scheduler.now());
  let userInfo: UserInfo | undefined;

  const newTokenManager = (): AccessTokenManager =>
    createAccessTokenManager({
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
  let tokens = newTokenManager();

  const connection = createRtmConnection({
    botInfo: options.botInfo,
    rtmStartPath: paths.rtmStart,
    http,
    withAccessToken: (call, signal) => tokens.withAccessToken(call, signal),
    WebSocket: options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket,
    scheduler,
    signals: options.networkSignals ?? browserNetworkSignals(),
    logger,
    random: options.random ?? Math.random,
    backoff: { ...defaultBackoffPolicy, ...options.backoff },
    keepAliveIntervalMs: settings.keepAliveIntervalMs,
    socketOpenTimeoutMs: settings.socketOpenTimeoutMs,
    livenessProbeTimeoutMs: clientDefaults.livenessProbeTimeoutMs,
    maxJwtFailures: settings.maxJwtFailures,
    onStatus: (change) => events.emit("status", change),
    onOpen: () => sender.flush(),
    onSocketGone: () => sender.socketGone(),
    onData: receive,
    onError: (error) => events.emit("error", error),
    onStopped: (error) => {
      tokens.dispose();
      sender.failAll(error ?? new KoreTransportError("closed", "the client was closed"));
    },
  });

  const sender = createMessageSender({
    scheduler,
    ackTimeoutMs: settings.ackTimeoutMs,
    maxSendAttempts: settings.maxSendAttempts,
    write: (frame) => connection.write(frame),
    onAckOverdue: (reason) => connection.dropSocket(reason),
    onAcknowledged: (ack) => events.emit("ack", ack),
    onFailed: (failure) => events.emit("send_failed", failure),
  });

  function receive(data: unknown) {
    const result = decodeFrame(data);
    if (result.ok) return handleFrame(result.frame);
    if (result.reason === "unknown_type") logger.info?.(`ignored frame type "${result.type}"`);
    else logger.warn?.(`ignored malformed frame (${result.reason})`, result);
  }

  function handleFrame(frame: IncomingFrame) {
    switch (frame.type) {
      case "ack":
        return sender.acknowledge(frame);
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

  return {
    get status() {
      return connection.status;
    },
    get userInfo() {
      return userInfo;
    },
    connect() {
      if (connection.isStopped) tokens = newTokenManager();
      connection.connect();
    },
    close: () => connection.close(),
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
      if (connection.isStopped) {
        sender.failSoon(
          frame,
          new KoreTransportError("closed", `the client is ${connection.status}`),
        );
      } else {
        sender.enqueue(frame);
      }
      return clientMessageId;
    },
    retry: (clientMessageId) => sender.retry(clientMessageId),
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
  };
}
