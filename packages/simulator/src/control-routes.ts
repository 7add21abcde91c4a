import type { Context } from "hono";
import { Hono } from "hono";
import type { AgentControls } from "./agent-controls.js";
import type { UploadRequestRecord } from "./attachment-routes.js";
import type { BotPart } from "./bot-turn.js";
import { parseBotParts } from "./bot-turn.js";
import type { BrandingAnswer, BrandingControls, BrandingRequest } from "./branding.js";
import type { FaultControls } from "./fault-controls.js";
import type { FaultEndpoint, FaultFilter } from "./faults.js";
import { FAULT_ENDPOINTS } from "./faults.js";
import type { HistoryRow } from "./history-store.js";
import { errorResponse, jsonResponse, readJsonBody } from "./http-responses.js";
import { isRecord } from "./is-record.js";
import type { PublicHistoryRequest } from "./public-history-routes.js";
import type { ClosedSession, ReceivedEvent, ReceivedMessage } from "./rtm-conversation.js";
import type { SocketOpenRecord } from "./socket-server.js";
import type { SocketUrlRecord } from "./socket-urls.js";
import type { UploadRecord } from "./upload-store.js";

/** What the `/__simulator/` control routes read and drive. */
export interface ControlRoutesContext {
  readonly controls: FaultControls;
  readonly received: ReadonlyArray<ReceivedMessage>;
  readonly socketUrls: { readonly records: ReadonlyArray<SocketUrlRecord> };
  readonly publicHistoryRequests: ReadonlyArray<PublicHistoryRequest>;
  /** Platform user id of an identity, `<clientId>/<sub>` or `u-...` id. */
  readonly resolveUser: (identityOrUserId: string) => string;
  readonly historyRows: (userId: string) => ReadonlyArray<HistoryRow>;
  /** Empties the user's history with the bot; returns how many rows it had. */
  readonly clearHistory: (userId: string) => number;
  readonly openSocketCount: (userId?: string) => number;
  /** Sends a server-initiated bot turn; returns its `messageId`. */
  readonly push: (userId: string, parts: BotPart[]) => string;
  readonly receivedEvents: ReadonlyArray<ReceivedEvent>;
  readonly closedSessions: ReadonlyArray<ClosedSession>;
  readonly socketOpens: ReadonlyArray<SocketOpenRecord>;
  readonly agent: AgentControls;
  /** Every committed upload. */
  readonly uploadRecords: ReadonlyArray<UploadRecord>;
  /** Every attachment HTTP request. */
  readonly uploadRequests: ReadonlyArray<UploadRequestRecord>;
  /** What the §11 branding endpoint answers. */
  readonly branding: BrandingControls;
  /** Every §11 branding request. */
  readonly brandingRequests: ReadonlyArray<BrandingRequest>;
}

/** `{ userId }` or `{ identity }` from a body or query; undefined when neither is given. */
function userOf(
  source: Readonly<Record<string, unknown>>,
  context: ControlRoutesContext,
): string | undefined {
  const value = source.userId ?? source.identity;
  return typeof value === "string" && value !== "" ? context.resolveUser(value) : undefined;
}

/** The fault filter of a body: its user's alone, or anyone's when it names none. */
function filterOf(
  source: Readonly<Record<string, unknown>>,
  context: ControlRoutesContext,
): FaultFilter {
  const userId = userOf(source, context);
  return userId === undefined ? {} : { userId };
}

function isFaultEndpoint(value: unknown): value is FaultEndpoint {
  return typeof value === "string" && (FAULT_ENDPOINTS as readonly string[]).includes(value);
}

async function bodyOf(c: Context): Promise<Record<string, unknown> | null> {
  const body = await readJsonBody(c);
  if (body === undefined) return {};
  return isRecord(body) ? body : null;
}

function optionalNumber(value: unknown): number | undefined | null {
  if (value === undefined) return undefined;
  return typeof value === "number" ? value : null;
}

/**
 * The branding answer of a `POST /branding` body: `{ malformed: true }`, `{ status }` or
 * `{ activeTheme?, v3? }` (`activeTheme` defaults to true: posting a theme applies it).
 */
function brandingAnswerOf(body: Readonly<Record<string, unknown>>): BrandingAnswer {
  if (body.malformed !== undefined) {
    if (body.malformed !== true) throw new RangeError("malformed must be true");
    return "malformed";
  }
  if (body.status !== undefined) {
    if (typeof body.status !== "number") throw new RangeError("status must be a number");
    return { status: body.status };
  }
  const activeTheme = body.activeTheme ?? true;
  if (typeof activeTheme !== "boolean") throw new RangeError("activeTheme must be a boolean");
  if (body.v3 === undefined) return { activeTheme };
  if (!isRecord(body.v3)) throw new RangeError("v3 must be an object");
  return { activeTheme, v3: body.v3 };
}

type FaultCommand = (body: Record<string, unknown>, context: ControlRoutesContext) => unknown;

// Each command returns the JSON answer; a thrown RangeError becomes a 400. Every one takes an
// optional `identity` or `userId`: the fault is then that user's alone (see `FaultControls`).
const FAULT_COMMANDS: Readonly<Record<string, FaultCommand>> = {
  "drop-sockets": (body, context) => ({
    dropped: context.controls.dropSockets(filterOf(body, context)),
  }),
  "silence-sockets": (body, context) => {
    const silent = body.silent ?? true;
    if (typeof silent !== "boolean") throw new RangeError("silent must be a boolean");
    context.controls.silenceSockets(silent, filterOf(body, context));
    return { silent };
  },
  "half-open-sockets": (body, context) => ({
    halfOpen: context.controls.halfOpenSockets(filterOf(body, context)),
  }),
  "expire-socket-urls": (body, context) => {
    if (typeof body.count !== "number") throw new RangeError("count must be a number");
    context.controls.expireSocketUrls(body.count, filterOf(body, context));
    return { expireSocketUrls: body.count };
  },
  "ack-delay": (body, context) => {
    if (typeof body.ms !== "number") throw new RangeError("ms must be a number");
    context.controls.setAckDelay(body.ms, filterOf(body, context));
    return { ackDelayMs: body.ms };
  },
  "drop-acks": (body, context) => {
    if (typeof body.count !== "number") throw new RangeError("count must be a number");
    context.controls.dropAcks(body.count, filterOf(body, context));
    return { dropAcks: body.count };
  },
  "expire-tokens": (body, context) => {
    context.controls.expireTokens(filterOf(body, context));
    return { expired: true };
  },
  "fail-next": (body, context) => {
    const { endpoint, status } = body;
    const retryAfterSeconds = optionalNumber(body.retryAfterSeconds);
    const times = optionalNumber(body.times);
    if (!isFaultEndpoint(endpoint)) {
      throw new RangeError(`endpoint must be one of ${FAULT_ENDPOINTS.join(", ")}`);
    }
    if (typeof status !== "number" || retryAfterSeconds === null || times === null) {
      throw new RangeError("status, retryAfterSeconds and times must be numbers");
    }
    context.controls.failNext(
      endpoint,
      {
        status,
        ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
        ...(times === undefined ? {} : { times }),
      },
      filterOf(body, context),
    );
    return { endpoint, status, times: times ?? 1 };
  },
  "require-secure-rtm": (body, context) => {
    const on = body.on ?? true;
    if (typeof on !== "boolean") throw new RangeError("on must be a boolean");
    context.controls.requireSecureRtm(on, filterOf(body, context));
    return { requireSecureRtm: on };
  },
  "legacy-rtm": (body, context) => {
    const on = body.on ?? true;
    if (typeof on !== "boolean") throw new RangeError("on must be a boolean");
    context.controls.legacyRtm(on, filterOf(body, context));
    return { legacyRtm: on };
  },
  "cut-next-stream": (body, context) => {
    context.controls.cutNextStream(filterOf(body, context));
    return { cutNextStream: true };
  },
  "malformed-frames": (body, context) => ({
    sent: context.controls.sendMalformedFrames(filterOf(body, context)),
  }),
  "fail-chunk-once": (body, context) => {
    if (typeof body.chunkNo !== "number") throw new RangeError("chunkNo must be a number");
    context.controls.failChunkOnce(body.chunkNo, filterOf(body, context));
    return { failChunkOnce: body.chunkNo };
  },
  "reject-next-upload": (body, context) => {
    const status = optionalNumber(body.status);
    if (status === null) throw new RangeError("status must be a number");
    context.controls.rejectNextUpload(status ?? 413, filterOf(body, context));
    return { rejectNextUpload: status ?? 413 };
  },
  "upload-delay": (body, context) => {
    if (typeof body.ms !== "number") throw new RangeError("ms must be a number");
    context.controls.setUploadDelay(body.ms, filterOf(body, context));
    return { uploadDelayMs: body.ms };
  },
  // With a user, that user's faults and branding answer alone: other tests' stay armed.
  reset: (body, context) => {
    const filter = filterOf(body, context);
    context.controls.reset(filter);
    return { reset: true, ...filter };
  },
};

/**
 * Test controls under `/__simulator/` (no auth: it is a simulator): the fault commands of
 * `FaultControls` as `POST /faults/<kebab-name>` (each for one user with `identity`/`userId` in the
 * body, else for anyone), plus `GET /received[?identity=]`, `GET /socket-urls[?identity=]`,
 * `GET /public-history-requests`, `GET /history?identity=`, `POST /history/clear`, `GET /sockets`, `POST /push` and
 * `GET /uploads[?identity=]`, `GET /upload-requests[?identity=]`, `POST /branding` and
 * `GET /branding-requests[?identity=]`.
 *
 * @example
 * await fetch(`${url}/__simulator/faults/fail-next`, {
 *   method: "POST",
 *   body: JSON.stringify({ endpoint: "jwtgrant", status: 429, identity: "alice@example.com" }),
 * });
 */
export function createControlRoutes(context: ControlRoutesContext): Hono {
  const routes = new Hono();

  routes.post("/faults/:name", async (c) => {
    const command = FAULT_COMMANDS[c.req.param("name")];
    if (command === undefined) return errorResponse(404, `Unknown fault ${c.req.param("name")}`);
    const body = await bodyOf(c);
    if (body === null) return errorResponse(400, "The body must be a JSON object");
    try {
      return jsonResponse(command(body, context), 200);
    } catch (error) {
      if (error instanceof RangeError) return errorResponse(400, error.message);
      throw error;
    }
  });

  const byUser = <T extends { userId: string }>(rows: ReadonlyArray<T>, c: Context) => {
    const userId = userOf(c.req.query(), context);
    return jsonResponse(
      userId === undefined ? rows : rows.filter((row) => row.userId === userId),
      200,
    );
  };
  routes.get("/received", (c) => byUser(context.received, c));
  routes.get("/received-events", (c) => byUser(context.receivedEvents, c));
  routes.get("/closed-sessions", (c) => byUser(context.closedSessions, c));
  routes.get("/socket-opens", (c) => byUser(context.socketOpens, c));
  routes.get("/uploads", (c) => byUser(context.uploadRecords, c));
  routes.get("/upload-requests", (c) => byUser(context.uploadRequests, c));
  routes.post("/agent/:command", async (c) => {
    const body = await bodyOf(c);
    const userId = body === null ? undefined : userOf(body, context);
    if (body === null || userId === undefined) {
      return errorResponse(400, "Body must be { identity | userId, … }");
    }
    const { agent } = context;
    switch (c.req.param("command")) {
      case "connect":
        agent.connect(userId);
        return jsonResponse({ connected: true }, 200);
      case "say": {
        if (typeof body.text !== "string" || body.text === "")
          return errorResponse(400, "text is required");
        const messageId = agent.say(userId, body.text);
        return messageId === undefined
          ? errorResponse(409, "No agent is connected")
          : jsonResponse({ messageId }, 200);
      }
      case "typing":
        agent.typing(userId, body.on !== false);
        return jsonResponse({ typing: body.on !== false }, 200);
      case "read":
      case "deliver": {
        const id = body.clientMessageId;
        if (typeof id !== "number" && id !== "all")
          return errorResponse(400, 'clientMessageId must be a number or "all"');
        if (c.req.param("command") === "read") agent.read(userId, id);
        else agent.deliver(userId, id);
        return jsonResponse({ clientMessageId: id }, 200);
      }
      case "leave":
        agent.leave(userId);
        return jsonResponse({ connected: false }, 200);
      default:
        return errorResponse(404, `Unknown agent command ${c.req.param("command")}`);
    }
  });
  routes.post("/branding", async (c) => {
    const body = await bodyOf(c);
    if (body === null) return errorResponse(400, "The body must be a JSON object");
    try {
      const answer = brandingAnswerOf(body);
      const userId = userOf(body, context);
      context.branding.set(answer, userId === undefined ? {} : { userId });
      return jsonResponse({ branding: answer, ...(userId === undefined ? {} : { userId }) }, 200);
    } catch (error) {
      if (error instanceof RangeError) return errorResponse(400, error.message);
      throw error;
    }
  });
  routes.get("/branding-requests", (c) => {
    const userId = userOf(c.req.query(), context);
    const rows = context.brandingRequests;
    return jsonResponse(
      userId === undefined ? rows : rows.filter((row) => row.userId === userId),
      200,
    );
  });
  routes.get("/socket-urls", (c) => {
    const userId = userOf(c.req.query(), context);
    const { records } = context.socketUrls;
    return jsonResponse(
      userId === undefined ? records : records.filter((record) => record.userId === userId),
      200,
    );
  });
  routes.get("/public-history-requests", () => jsonResponse(context.publicHistoryRequests, 200));
  routes.get("/history", (c) => {
    const userId = userOf(c.req.query(), context);
    if (userId === undefined) return errorResponse(400, "identity or userId is required");
    return jsonResponse(context.historyRows(userId), 200);
  });
  routes.post("/history/clear", async (c) => {
    const body = await bodyOf(c);
    const userId = body === null ? undefined : userOf(body, context);
    if (userId === undefined) return errorResponse(400, "Body must be { identity | userId }");
    return jsonResponse({ cleared: context.clearHistory(userId) }, 200);
  });
  routes.get("/sockets", (c) =>
    jsonResponse({ open: context.openSocketCount(userOf(c.req.query(), context)) }, 200),
  );
  routes.post("/push", async (c) => {
    const body = await bodyOf(c);
    const userId = body === null ? undefined : userOf(body, context);
    const parts = body === null ? null : parseBotParts(body.parts);
    if (userId === undefined || parts === null) {
      return errorResponse(400, "Body must be { identity | userId, parts }");
    }
    return jsonResponse({ messageId: context.push(userId, parts) }, 200);
  });
  return routes;
}
