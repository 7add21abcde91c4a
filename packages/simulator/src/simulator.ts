import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import type { AgentControls } from "./agent-controls.js";
import type { UploadRequestRecord } from "./attachment-routes.js";
import * as auth from "./auth.js";
import type { BotInfo, BotPart } from "./bot-turn.js";
import type { BrandingControls, BrandingRequest } from "./branding.js";
import { BrandingState, demoBrandTheme } from "./branding.js";
import { demoBotReply } from "./demo-bot.js";
import { demoGuideFile } from "./demo-files.js";
import type { FaultControls } from "./fault-controls.js";
import { createFaultControls } from "./fault-controls.js";
import { FaultState } from "./faults.js";
import type { HistoryRow, SeedRow } from "./history-store.js";
import { HistoryStore } from "./history-store.js";
import { createHttpApp } from "./http-app.js";
import type { ServedFile } from "./message-attachments.js";
import type { PublicHistoryRequest } from "./public-history-routes.js";
import type { ClosedSession, ReceivedEvent, ReceivedMessage } from "./rtm-conversation.js";
import { RtmConversation } from "./rtm-conversation.js";
import { type SocketOpenRecord, SocketServer } from "./socket-server.js";
import type { SocketUrlRecord } from "./socket-urls.js";
import { SocketUrlRegistry } from "./socket-urls.js";
import type { StoredFile, UploadRecord } from "./upload-store.js";
import { UploadStore } from "./upload-store.js";
import { welcomeConversation } from "./welcome-conversation.js";

/** How to start a simulator; every field has a default. */
export interface SimulatorOptions {
  /** Default 0: a random free port. */
  port?: number;
  /** Default "127.0.0.1". */
  host?: string;
  /** Default the demo app "cs-00000000-0000-4000-8000-000000000001". */
  clientId?: string;
  /** HS256 key; default a fixed demo secret. */
  clientSecret?: string;
  /** Default { chatBot: "Demo Bot", taskBotId: "st-00000000-0000-4000-8000-000000000b07" }. */
  bot?: BotInfo;
  /** Default 3_600_000. */
  accessTokenTtlMs?: number;
  /** Default 30_000. */
  socketUrlTtlMs?: number;
  /** Delay between the ack and the bot's reply; default 30. */
  botReplyDelayMs?: number;
  /** When true, a user's first grant seeds a short welcome conversation in the past. */
  seedHistory?: boolean;
  /** Origin the outside world reaches the simulator at (behind a proxy); socket URLs use it. */
  publicOrigin?: string;
  /** Clock for token/socket-URL expiry and timestamps; default Date.now. */
  now?: () => number;
  /**
   * Secure mode from the start (PROTOCOL.md §7): sockets without the `x-rtm-v|1`, `jwt|…`,
   * `nonce|…` subprotocols are refused. Default false (`faults.requireSecureRtm` switches it).
   */
  requireSecureRtm?: boolean;
  /** Delay between the chunks of a streamed answer (`show streaming`); default 40. */
  streamChunkDelayMs?: number;
  /** Largest attachment, single or chunked, in bytes; default 26_214_400 (25 MiB). */
  maxUploadBytes?: number;
  /**
   * Attachment storage in bytes (files plus the chunks of uploads in progress), the oldest
   * files evicted first; default 67_108_864 (64 MiB).
   */
  maxStoredUploadBytes?: number;
}

/** A running simulator: its address, credentials, records and controls. */
export interface SimulatorHandle {
  /** "http://127.0.0.1:PORT" */
  readonly url: string;
  readonly port: number;
  readonly app: { readonly clientId: string; readonly clientSecret: string };
  readonly bot: BotInfo;
  /** Signs a user JWT as a host backend does (`iss` = clientId, `sub` = identity). */
  signUserJwt(
    identity: string,
    options?: { expiresInSeconds?: number; isAnonymous?: boolean },
  ): Promise<string>;
  /** Signs an app-scope JWT for the §6 History API (`auth` header). */
  signAppJwt(options?: { expiresInSeconds?: number }): Promise<string>;
  /** The deterministic platform user id ("u-<uuid>", SHA-1 based) of an identity. */
  userIdFor(identity: string): string;
  /** Every user message the platform accepted, once per distinct message. */
  readonly received: ReadonlyArray<ReceivedMessage>;
  /** Every `rtm/start` answer, oldest first. */
  readonly socketUrls: ReadonlyArray<SocketUrlRecord>;
  /** Every socket upgrade with a valid URL, refused ones included: its subprotocols, secure or not. */
  readonly socketOpens: ReadonlyArray<SocketOpenRecord>;
  /** Every agent event (`typing`, `message_read`, …) the widget sent, oldest first. */
  readonly receivedEvents: ReadonlyArray<ReceivedEvent>;
  /** Every conversation a user ended (`/bot.closeConversationSession`). */
  readonly closedSessions: ReadonlyArray<ClosedSession>;
  /** Act as a live agent. */
  readonly agent: AgentControls;
  /** Every §6 History API call with its parameters and answer status. */
  readonly publicHistoryRequests: ReadonlyArray<PublicHistoryRequest>;
  /** Every committed attachment upload (single or chunked), oldest first. */
  readonly uploads: ReadonlyArray<UploadRecord>;
  /** Every attachment HTTP request (token, file, chunk, commit, url) and its status. */
  readonly uploadRequests: ReadonlyArray<UploadRequestRecord>;
  /**
   * Fault injection, each fault for one user (`{ userId }`: a platform user id or an identity)
   * or anyone; `reset()` clears every fault, branding included (`reset({ userId })` one user's).
   */
  readonly faults: FaultControls;
  /**
   * What the §11 branding endpoint answers, for one user (`filter.userId`: a platform user id
   * or an identity) or everyone; by default `{ activeTheme: false, v3: demo theme }`.
   */
  readonly branding: BrandingControls;
  /** Every §11 branding request (`userId` null when the token was bad) and its status. */
  readonly brandingRequests: ReadonlyArray<BrandingRequest>;
  readonly history: {
    seed(identityOrUserId: string, rows: SeedRow[]): void;
    /** The user's rows for the simulator's bot, oldest first. */
    rows(identityOrUserId: string): ReadonlyArray<HistoryRow>;
  };
  /** A server-initiated bot turn to all of the user's sockets, stored in history; returns its messageId. */
  pushBotResponse(identityOrUserId: string, parts: BotPart | readonly BotPart[]): string;
  openSocketCount(identityOrUserId?: string): number;
  /** Closes sockets and the server. */
  close(): Promise<void>;
}

const DEFAULT_CLIENT_ID = "cs-00000000-0000-4000-8000-000000000001";
const DEFAULT_CLIENT_SECRET = "kore-chat-simulator-demo-secret-not-for-production";
/**
 * The demo app the simulator signs and verifies JWTs with unless given others. Its secret is
 * public and for tests only; the bundle check (`scripts/check-bundle-secrets.ts`) makes sure
 * it never reaches a browser bundle, as a real app's secret must not.
 */
export const demoApp: { readonly clientId: string; readonly clientSecret: string } = {
  clientId: DEFAULT_CLIENT_ID,
  clientSecret: DEFAULT_CLIENT_SECRET,
};
const DEFAULT_BOT: BotInfo = {
  chatBot: "Demo Bot",
  taskBotId: "st-00000000-0000-4000-8000-000000000b07",
};
const DEFAULT_MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
const DEFAULT_MAX_STORED_UPLOAD_BYTES = 64 * 1024 * 1024;
const UPLOAD_TOKEN_TTL_MS = 10 * 60 * 1000;
const WILDCARD_HOSTS: ReadonlySet<string> = new Set(["0.0.0.0", "::", ""]);

function hostForUrl(host: string): string {
  const reachable = WILDCARD_HOSTS.has(host) ? "127.0.0.1" : host;
  return reachable.includes(":") ? `[${reachable}]` : reachable;
}

function toPartList(parts: BotPart | readonly BotPart[]): readonly BotPart[] {
  return Array.isArray(parts) ? (parts as readonly BotPart[]) : [parts as BotPart];
}

/**
 * Starts a real HTTP + WebSocket server that speaks the Kore.ai Bots Platform protocol.
 *
 * @example
 * const simulator = await startSimulator();
 * const jwt = await simulator.signUserJwt("alice@example.com");
 * // ...point the widget at simulator.url...
 * await simulator.close();
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  const host = options.host ?? "127.0.0.1";
  const now = options.now ?? Date.now;
  const app = {
    clientId: options.clientId ?? DEFAULT_CLIENT_ID,
    clientSecret: options.clientSecret ?? DEFAULT_CLIENT_SECRET,
  };
  const bot: BotInfo = { ...(options.bot ?? DEFAULT_BOT) };
  const platform = {
    orgId: `o-${auth.uuidFromName(`org:${app.clientId}`)}`,
    accountId: createHash("sha1").update(`account:${app.clientId}`).digest("hex").slice(0, 24),
  };
  const resolveUser = (identityOrUserId: string) =>
    auth.resolveUserId(identityOrUserId, app.clientId);

  const faults = new FaultState(
    options.requireSecureRtm === undefined ? {} : { requireSecureRtm: options.requireSecureRtm },
  );
  const tokens = new auth.AccessTokenStore(options.accessTokenTtlMs ?? 3_600_000, now);
  const socketUrls = new SocketUrlRegistry({ ttlMs: options.socketUrlTtlMs ?? 30_000, now });
  const history = new HistoryStore(platform);
  const publicHistoryRequests: PublicHistoryRequest[] = [];
  const uploadRequests: UploadRequestRecord[] = [];
  const uploads = new UploadStore({
    maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    maxStoredBytes: options.maxStoredUploadBytes ?? DEFAULT_MAX_STORED_UPLOAD_BYTES,
    tokenTtlMs: UPLOAD_TOKEN_TTL_MS,
    now,
  });
  const guide = uploads.seed(
    { fileName: demoGuideFile.fileName, fileExtension: demoGuideFile.fileExtension },
    demoGuideFile.bytes(),
  );
  const server = createServer();
  // Filled in once the port is known; handlers only run after listen().
  let origin = "";
  const publicBase = () => (options.publicOrigin ?? origin).replace(/\/+$/, "");
  const iconUrl = () => `${publicBase()}/media/bot-icon.svg`;
  const fileUrl = (file: StoredFile) =>
    `${publicBase()}/__files/${file.fileId}/${encodeURIComponent(file.fileName)}`;
  const served = (file: StoredFile): ServedFile => ({
    fileId: file.fileId,
    fileName: file.fileName,
    size: file.size,
    url: fileUrl(file),
  });
  // Upload delays (a fault), cleared on close like the conversation's timers.
  const delays = new Set<NodeJS.Timeout>();
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        delays.delete(timer);
        resolve();
      }, ms);
      delays.add(timer);
    });

  const sockets: SocketServer = new SocketServer({
    server,
    socketUrls,
    faults,
    now,
    verifyJwt: (jwt) => auth.handshakeUserId(app, jwt),
    onFrame: (connection, text) => live.handleFrame(connection, text),
    onOpen: (connection) => live.socketOpened(connection),
  });
  const live: RtmConversation = new RtmConversation({
    bot,
    get icon() {
      return iconUrl();
    },
    get mediaBase() {
      return `${publicBase()}/media/demo`;
    },
    now,
    botReplyDelayMs: options.botReplyDelayMs ?? 30,
    faults,
    history,
    sockets,
    reply: demoBotReply,
    files: {
      lookup: (userId, fileId) => {
        const file = uploads.fileOf(userId, fileId);
        return file === undefined ? undefined : served(file);
      },
      get demoFile() {
        return served(guide);
      },
    },
    ...(options.streamChunkDelayMs === undefined
      ? {}
      : { streamChunkDelayMs: options.streamChunkDelayMs }),
  });
  const agent: AgentControls = {
    connect: (identity, who) => live.agents.connect(resolveUser(identity), who),
    say: (identity, text) => live.agents.say(resolveUser(identity), text),
    typing: (identity, on) => live.agents.typing(resolveUser(identity), on),
    read: (identity, id) => live.agents.receipt(resolveUser(identity), "read", id),
    deliver: (identity, id) => live.agents.receipt(resolveUser(identity), "delivered", id),
    leave: (identity) => live.agents.leave(resolveUser(identity)),
  };
  const branding = new BrandingState(() => demoBrandTheme({ iconUrl: iconUrl() }));
  const brandingRequests: BrandingRequest[] = [];
  const faultControls = createFaultControls(faults, {
    dropSockets: (filter) => sockets.terminate(filter),
    halfOpenSockets: (filter) => sockets.halfOpen(filter),
    sendRaw: (frames, filter) => {
      let sent = 0;
      for (const connection of sockets.connections(filter.userId)) {
        for (const frame of frames) if (sockets.send(connection, frame)) sent++;
      }
      return sent;
    },
    expireTokens: (filter) => tokens.expireAll(filter.userId),
    resolveUser,
  });
  // Clearing the faults (one user's or everyone's) also takes the branding back to its default.
  const controls: FaultControls = {
    ...faultControls,
    reset: (filter = {}) => {
      faultControls.reset(filter);
      branding.reset(filter.userId === undefined ? {} : { userId: resolveUser(filter.userId) });
    },
  };
  const seeded = new Set<string>();
  const push = (userId: string, parts: readonly BotPart[]) =>
    live.pushBotTurn(userId, { parts }).messageId;

  const http = createHttpApp({
    app,
    bot,
    platform,
    now,
    tokens,
    socketUrls,
    history,
    faults,
    publicHistoryRequests,
    get iconUrl() {
      return iconUrl();
    },
    controls,
    received: live.received,
    resolveUser,
    historyRows: (userId) => history.rows(userId, bot.taskBotId),
    clearHistory: (userId) => history.clear(userId, bot.taskBotId),
    openSocketCount: (userId) => sockets.connections(userId).length,
    push,
    receivedEvents: live.receivedEvents,
    closedSessions: live.closedSessions,
    socketOpens: sockets.opens,
    agent,
    uploads,
    uploadRecords: uploads.records,
    uploadRequests,
    branding,
    brandingRequests,
    fileUrl,
    wait,
    wsOrigin: (requestUrl) => {
      if (options.publicOrigin !== undefined) {
        return options.publicOrigin.replace(/^http/, "ws").replace(/\/+$/, "");
      }
      // Bound to every interface: answer with the host the client actually reached.
      if (WILDCARD_HOSTS.has(host)) return `ws://${new URL(requestUrl).host}`;
      return origin.replace(/^http/, "ws");
    },
    onGrant: (userId) => {
      if (options.seedHistory !== true || seeded.has(userId)) return;
      seeded.add(userId);
      if (history.rows(userId, bot.taskBotId).length > 0) return;
      welcomeConversation({
        userId,
        bot,
        nowMs: now(),
        icon: iconUrl(),
        history,
        mediaBase: `${publicBase()}/media/demo`,
      });
    },
  });
  server.on("request", getRequestListener(http.fetch, { overrideGlobalObjects: false }));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${hostForUrl(host)}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url: origin,
    port,
    app,
    bot,
    signUserJwt: (identity, jwtOptions = {}) =>
      auth.signUserJwt(app, identity, { ...jwtOptions, nowMs: now() }),
    signAppJwt: (jwtOptions = {}) => auth.signAppJwt(app, { ...jwtOptions, nowMs: now() }),
    userIdFor: auth.userIdFor,
    received: live.received,
    socketUrls: socketUrls.records,
    socketOpens: sockets.opens,
    receivedEvents: live.receivedEvents,
    closedSessions: live.closedSessions,
    agent,
    publicHistoryRequests,
    uploads: uploads.records,
    uploadRequests,
    faults: controls,
    branding: {
      set: (answer, filter = {}) =>
        branding.set(
          answer,
          filter.userId === undefined ? {} : { userId: resolveUser(filter.userId) },
        ),
      reset: (filter = {}) =>
        branding.reset(filter.userId === undefined ? {} : { userId: resolveUser(filter.userId) }),
    },
    brandingRequests,
    history: {
      seed: (identityOrUserId, rows) => {
        history.seed(resolveUser(identityOrUserId), bot.taskBotId, rows);
      },
      rows: (identityOrUserId) => history.rows(resolveUser(identityOrUserId), bot.taskBotId),
    },
    pushBotResponse: (identityOrUserId, parts) =>
      push(resolveUser(identityOrUserId), toPartList(parts)),
    openSocketCount: (identityOrUserId) =>
      sockets.connections(
        identityOrUserId === undefined ? undefined : resolveUser(identityOrUserId),
      ).length,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        live.close();
        for (const timer of delays) clearTimeout(timer);
        delays.clear();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
