import {
  type AttachmentRejection,
  type AttachmentRules,
  checkFiles,
  type FileFacts,
  resolveAttachmentRules,
} from "./attachments/attachment-rules.js";
import type { UploadedFile, UploadOptions, UploadSource } from "./attachments/upload-file.js";
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
import { type Branding, decodeBranding } from "./protocol/branding.js";
import { decodeFrame } from "./protocol/decode-frame.js";
import type {
  AckFrame,
  AgentEvent,
  AgentEventFrame,
  BotActiveFrame,
  BotInfo,
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
import { defaultOutboxStorage, type StoredMessage } from "./rtm/outbox-storage.js";
import { createPersistedOutbox } from "./rtm/persisted-outbox.js";

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
  /** Restored messages another user left in this tab's storage: dropped, never sent. */
  discarded: readonly ClientMessageId[];
}

export interface SendOptions {
  /** What the user's own bubble shows, when it differs from the body (e.g. a button's title). */
  readonly renderMsg?: string;
  readonly attachments?: readonly MessageAttachment[];
  /** A secret (e.g. a password): kept in memory only, never in `outboxStorage`. */
  readonly sensitive?: boolean;
}

/** Which history page to fetch: `offset` rows back from the newest, at most `limit` of them. */
export interface HistoryPageRequest {
  readonly offset?: number;
  readonly limit?: number;
  readonly signal?: AbortSignal;
}

export interface KoreClient {
  /** The bot this client talks to. */
  readonly botInfo: BotInfo;
  readonly status: ConnectionStatus;
  readonly userInfo: UserInfo | undefined;
  /**
   * Messages a previous page load left unacknowledged (`outboxStorage`): queued again with their
   * ids (or kept failed, for `retry`), to be shown as they were.
   */
  readonly restoredMessages: readonly StoredMessage[];
  /** Starts connecting (again, after `close()` or `failed`). Safe to call twice. */
  connect(): void;
  /** Closes the socket and stops retrying; unacknowledged messages wait for the next `connect()`. */
  close(): void;
  /** Queues a user message and returns its `clientMessageId` at once. */
  send(text: string, options?: SendOptions): ClientMessageId;
  /** Sends a failed message again with the same id. False if there is no such failed message. */
  retry(clientMessageId: ClientMessageId): boolean;
  /**
   * Who the platform says the user is: resolves once the JWT has been exchanged for an access
   * token (the same grant `connect()` uses; one request for both). History is cached per user.
   */
  identify(signal?: AbortSignal): Promise<UserInfo>;
  /**
   * The platform session the conversation is in (from `Session_Start` / `Bot_Active`); undefined
   * until the platform says, and again after `endConversation()`.
   */
  readonly sessionId: string | undefined;
  /**
   * Tells a live agent that the user types, received or read one of the agent's messages, or
   * closed the agent chat (PROTOCOL.md §9). Ephemeral: written only if the socket is open now,
   * never queued nor re-sent. Returns whether it was written.
   */
  sendEvent(event: AgentEvent): boolean;
  /**
   * Ends the platform session (`/bot.closeConversationSession`); the next message starts a new
   * one. Returns false when the socket is not open (nothing was sent).
   */
  endConversation(): boolean;
  /** What users may attach (the `attachments` option on the defaults). */
  readonly attachmentRules: AttachmentRules;
  /**
   * Checks files before attaching them (`alreadyAttached` count towards `maxFiles`): nothing is
   * sent. `upload` checks again.
   */
  checkFiles<F extends FileFacts>(
    files: readonly F[],
    alreadyAttached?: number,
  ): { readonly accepted: readonly F[]; readonly rejected: readonly AttachmentRejection[] };
  /**
   * Uploads a file (PROTOCOL.md §10): one request up to 1 MiB, 1 MiB chunks and a commit above,
   * each request retried when the failure is transient, progress through `onProgress`, cancel
   * through `signal`. Rejects with `attachment_rejected` (nothing sent) for a file the rules
   * refuse, `too_large` when the platform answers 413. Independent of the socket: an upload
   * keeps going while it reconnects. Send the result with `send(text, { attachments })`.
   */
  upload(file: UploadSource, options?: UploadOptions): Promise<UploadedFile>;
  /** One page of chat-window history, newest first; `signal` cancels the request. */
  fetchHistory(page?: HistoryPageRequest): Promise<HistoryPage>;
  /**
   * The look the bot's builder chose in the platform (PROTOCOL.md §11), sanitized; undefined
   * when none is active, the answer is not a theme or the request fails (one request, after the
   * access-token grant it shares with `connect()`; never throws). `signal` cancels it. Optional
   * so a hand-made client double needs none: every `createKoreClient` client has it.
   */
  fetchBranding?(signal?: AbortSignal): Promise<Branding | undefined>;
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
  // Read on the first send, not at creation: the first Intl call of a page costs ~25 ms,
  // which would otherwise sit between mount() and the token request.
  let meta: ReturnType<typeof defaultMeta> | null = options.meta ?? null;
  const http = createHttpClient({
    apiHost: options.apiHost,
    fetch: fetchImpl,
    scheduler,
    timeoutMs: settings.requestTimeoutMs,
  });
  const jwtSource = createJwtSource(options, fetchImpl, () => scheduler.now());
  const events = new Emitter<KoreClientEvents>(logger);
  const persisted = createPersistedOutbox(
    options.outboxStorage === undefined
      ? defaultOutboxStorage(options.botInfo.taskBotId)
      : (options.outboxStorage ?? undefined),
  );
  const nextMessageId = createMessageIdGenerator(
    () => scheduler.now(),
    Math.max(0, ...persisted.restored.map((message) => message.clientMessageId)),
  );
  let userInfo: UserInfo | undefined;
  let sessionId: string | undefined;
  const attachmentRules = resolveAttachmentRules(options.attachments);

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
        const foreign = persisted.claim(next.userId);
        if (foreign.length === 0) return;
        for (const id of foreign) sender.discard(id);
        events.emit("discarded", foreign);
      },
    });
  let tokens = newTokenManager();

  const connection = createRtmConnection({
    botInfo: options.botInfo,
    rtmStartPath: paths.rtmStart,
    http,
    withAccessToken: (call, signal) => tokens.withAccessToken(call, signal),
    grantedJwt: () => tokens.grantedJwt,
    secureRtm: options.secureRtm ?? true,
    connectionMode: options.connectionMode,
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
      // Given up (`failed`): the messages fail, for the user to retry. Closed by the host: they
      // wait for the next `connect()` (React's StrictMode closes and reconnects at once).
      if (error === undefined) sender.socketGone();
      else sender.failAll(error);
    },
  });

  const sender = createMessageSender({
    scheduler,
    ackTimeoutMs: settings.ackTimeoutMs,
    maxSendAttempts: settings.maxSendAttempts,
    write: (frame) => connection.write(frame),
    onAckOverdue: (reason) => connection.dropSocket(reason),
    onAcknowledged: (ack) => {
      if (ack.ok) persisted.removed(ack.replyto);
      else persisted.setFailed(ack.replyto, true);
      events.emit("ack", ack);
    },
    onFailed: (failure) => {
      persisted.setFailed(failure.clientMessageId, true);
      events.emit("send_failed", failure);
    },
  });

  // The upload machinery (chunks, retries, the commit) is imported the first time a file is
  // sent: a chat whose user never attaches one never loads it (a bundler makes it a chunk).
  let uploader: Promise<ReturnType<typeof import("./attachments/upload-file.js").createUploader>>;
  const upload = async (file: UploadSource, uploadOptions?: UploadOptions) => {
    uploader ??= import("./attachments/upload-file.js").then(({ createUploader }) =>
      createUploader({
        http,
        withAccessToken: (call, signal) => tokens.withAccessToken(call, signal),
        basePath: paths.attachments,
        rules: () => attachmentRules,
        scheduler,
        random: options.random ?? Math.random,
        logger,
      }),
    );
    return (await uploader)(file, uploadOptions);
  };

  for (const message of persisted.restored) {
    const frame = messageFrame(message.clientMessageId, message.body, message);
    if (message.failed) sender.restoreFailed(frame);
    else sender.enqueue(frame);
  }

  function withMeta() {
    meta ??= defaultMeta();
    return meta === undefined ? {} : { meta };
  }

  function messageFrame(
    clientMessageId: ClientMessageId,
    body: string,
    sendOptions: {
      readonly renderMsg?: string | undefined;
      readonly attachments?: readonly MessageAttachment[] | undefined;
    },
  ): BotMessageFrame {
    return {
      clientMessageId,
      id: clientMessageId,
      resourceid: "/bot.message",
      botInfo: options.botInfo,
      message: {
        body,
        ...(sendOptions.renderMsg === undefined ? {} : { renderMsg: sendOptions.renderMsg }),
        attachments: sendOptions.attachments ?? [],
      },
      client: "sdk",
      ...withMeta(),
    };
  }

  function agentEventFrame(agentEvent: AgentEvent): AgentEventFrame {
    const clientMessageId = nextMessageId();
    return {
      clientMessageId,
      id: clientMessageId,
      resourceid: "/bot.message",
      botInfo: options.botInfo,
      message: { body: "", type: "" },
      event: agentEvent.event,
      ...("messageId" in agentEvent ? { messageId: agentEvent.messageId } : {}),
      ...("agentMessageId" in agentEvent && agentEvent.agentMessageId !== undefined
        ? { agent_MessageId: agentEvent.agentMessageId }
        : {}),
      client: "sdk",
      ...withMeta(),
    };
  }

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
        if (frame.sessionId !== undefined) sessionId = frame.sessionId;
        return events.emit("session", frame);
      case "Bot_Active":
        if (frame.recentSessionInfo?.sessionId !== undefined)
          sessionId = frame.recentSessionInfo.sessionId;
        return events.emit("session", frame);
      case "pong":
      case "hello":
        return;
      default:
        return frame satisfies never;
    }
  }

  return {
    botInfo: options.botInfo,
    get status() {
      return connection.status;
    },
    get userInfo() {
      return userInfo;
    },
    get sessionId() {
      return sessionId;
    },
    restoredMessages: persisted.restored,
    connect() {
      if (connection.isStopped) tokens = newTokenManager();
      connection.connect();
    },
    close: () => connection.close(),
    send(text, sendOptions = {}) {
      const clientMessageId = nextMessageId();
      const frame = messageFrame(clientMessageId, text, sendOptions);
      if (sendOptions.sensitive !== true) persisted.added(frame, scheduler.now(), userInfo?.userId);
      if (connection.status === "failed") {
        sender.failSoon(
          frame,
          new KoreTransportError("closed", `the client is ${connection.status}`),
        );
      } else {
        sender.enqueue(frame);
      }
      return clientMessageId;
    },
    sendEvent: (agentEvent) => connection.write(agentEventFrame(agentEvent)),
    endConversation() {
      const sent = connection.write({
        clientMessageId: nextMessageId(),
        resourceid: "/bot.closeConversationSession",
        botInfo: options.botInfo,
        client: "sdk",
      });
      if (sent) sessionId = undefined;
      return sent;
    },
    retry(clientMessageId) {
      if (!sender.retry(clientMessageId)) return false;
      persisted.setFailed(clientMessageId, false);
      return true;
    },
    async identify(signal) {
      await tokens.withAccessToken(async () => undefined, signal);
      if (userInfo === undefined)
        throw new KoreTransportError("protocol", "jwtgrant named no user");
      return userInfo;
    },
    attachmentRules,
    checkFiles: (files, alreadyAttached = 0) => checkFiles(files, attachmentRules, alreadyAttached),
    upload,
    async fetchHistory({ offset = 0, limit = 20, signal } = {}) {
      const body = await tokens.withAccessToken(
        (accessToken) =>
          http.requestJson({
            method: "GET",
            path: paths.history,
            query: { botId: options.botInfo.taskBotId, offset, limit },
            accessToken,
            ...(signal === undefined ? {} : { signal }),
          }),
        signal,
      );
      const page = decodeHistoryPage(body);
      if ("error" in page) throw new KoreTransportError("protocol", page.error);
      if (page.rejectedRows > 0)
        logger.warn?.(`skipped ${page.rejectedRows} unreadable history rows`);
      return page;
    },
    async fetchBranding(signal) {
      try {
        signal?.throwIfAborted();
        // Not handed the signal: a grant under way is the connection's too.
        const accessToken = await new Promise<string>((resolve, reject) => {
          signal?.addEventListener("abort", reject, { once: true });
          tokens.getAccessToken().then(resolve, reject);
        });
        return decodeBranding(
          await http.requestJson({
            method: "GET",
            path: `${paths.branding}/${encodeURIComponent(options.botInfo.taskBotId)}/activetheme`,
            accessToken,
            ...(signal === undefined ? {} : { signal }),
          }),
        );
      } catch (error) {
        logger.info?.("no branding from the platform", error);
        return undefined;
      }
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
