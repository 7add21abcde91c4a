import type { Context } from "hono";
import { Hono } from "hono";
import { cors } from "hono/cors";
import type { AttachmentRoutesContext, UploadRequestRecord } from "./attachment-routes.js";
import { createAttachmentRoutes } from "./attachment-routes.js";
import type { AccessTokenStore, AppCredentials } from "./auth.js";
import { parseBearer, signUserJwt, unverifiedSubject, userIdFor, verifyUserJwt } from "./auth.js";
import type { BotInfo } from "./bot-turn.js";
import type { BrandingRequest, BrandingState } from "./branding.js";
import type { ControlRoutesContext } from "./control-routes.js";
import { createControlRoutes } from "./control-routes.js";
import { localDemoMedia } from "./demo-media-files.js";
import type { FaultState } from "./faults.js";
import { createFileRoutes } from "./file-routes.js";
import type { HistoryStore } from "./history-store.js";
import { errorResponse, failureResponse, jsonResponse, readJsonBody } from "./http-responses.js";
import { isRecord } from "./is-record.js";
import type { PublicHistoryRequest, PublicHistoryRoutesContext } from "./public-history-routes.js";
import { createPublicHistoryRoutes } from "./public-history-routes.js";
import type { SocketUrlRegistry } from "./socket-urls.js";

/** Everything the HTTP routes read or change. */
export interface HttpAppContext
  extends PublicHistoryRoutesContext,
    ControlRoutesContext,
    AttachmentRoutesContext {
  readonly app: AppCredentials;
  readonly bot: BotInfo;
  readonly platform: { readonly orgId: string; readonly accountId: string };
  readonly now: () => number;
  readonly tokens: AccessTokenStore;
  readonly socketUrls: SocketUrlRegistry;
  readonly history: HistoryStore;
  readonly faults: FaultState;
  /** The `ws://` origin socket URLs use, given the URL the request came in on. */
  readonly wsOrigin: (requestUrl: string) => string;
  readonly publicHistoryRequests: PublicHistoryRequest[];
  readonly uploadRequests: UploadRequestRecord[];
  /** What the §11 branding endpoint answers. */
  readonly branding: BrandingState;
  /** Every §11 branding request, oldest first. */
  readonly brandingRequests: BrandingRequest[];
  /** Called after every successful grant (seeds a welcome conversation when enabled). */
  readonly onGrant: (userId: string) => void;
}

const DEFAULT_IDENTITY = "demo-user@example.com";
const HISTORY_DEFAULT_LIMIT = 20;
const HISTORY_MAX_LIMIT = 100;

const BOT_ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="32" fill="#3056d3"/><rect x="16" y="20" width="32" height="26" rx="8" fill="#fff"/><circle cx="26" cy="33" r="3.5" fill="#3056d3"/><circle cx="38" cy="33" r="3.5" fill="#3056d3"/></svg>`;

const ENDPOINTS = [
  "POST /api/1.1/oAuth/token/jwtgrant",
  "POST /api/oAuth/token/jwtgrant",
  "POST /api/1.1/rtm/start",
  "POST /api/rtm/start",
  "GET /rtm/bot?sid=... (WebSocket)",
  "GET /api/botmessages/rtm",
  "POST /api/1.1/attachment/file/token",
  "POST /api/1.1/attachment/file (multipart)",
  "POST /api/1.1/attachment/file/:fileToken/chunk (multipart)",
  "PUT /api/1.1/attachment/file/:fileToken (multipart)",
  "GET /api/1.1/attachment/file/:fileId/url",
  "POST|PUT|GET /api/attachment/... (the same)",
  "GET /__files/:fileId/:name",
  "GET|POST /api/public/bot/:botId/getMessages",
  "POST /api/public/getMessages",
  "GET /api/websdkthemes/:botId/activetheme",
  "POST /demo/jwt",
  "/__simulator/...",
];

function nonNegativeInteger(value: string | undefined, fallback: number): number | null {
  if (value === undefined || value === "") return fallback;
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 ? number : null;
}

/**
 * The simulator's HTTP surface: the platform endpoints (documented and SDK paths), the demo
 * host backend, the bot icon and the `/__simulator/` controls, with CORS for any origin.
 *
 * @example
 * const server = http.createServer(getRequestListener(createHttpApp(context).fetch));
 */
export function createHttpApp(context: HttpAppContext): Hono {
  const { app, bot, tokens, faults, history } = context;
  const http = new Hono();
  http.use(
    "*",
    cors({
      origin: "*",
      allowHeaders: ["Authorization", "auth", "content-type", "x-rtm-v"],
      allowMethods: ["GET", "POST", "PUT", "OPTIONS"],
      exposeHeaders: ["Retry-After"],
    }),
  );

  http.get("/", () =>
    jsonResponse({ name: "kore-chat platform simulator", bot, endpoints: ENDPOINTS }, 200),
  );
  // The demo's own pictures, tone, PDF and link pages: the playground needs no internet.
  http.get("/media/demo/*", (c) => {
    const path = decodeURIComponent(new URL(c.req.url).pathname.slice("/media/demo/".length));
    const file = localDemoMedia(path);
    if (file === undefined) return errorResponse(404, "No such demo file");
    const body =
      typeof file.body === "string" ? file.body : new Blob([file.body as Uint8Array<ArrayBuffer>]);
    return new Response(body, {
      headers: {
        "content-type": file.contentType,
        "x-content-type-options": "nosniff",
        "cache-control": "public, max-age=3600",
        // A demo picture is SVG: shown through <img> it runs nothing; opened directly, neither.
        "content-security-policy": "sandbox",
      },
    });
  });
  http.get(
    "/media/bot-icon.svg",
    () => new Response(BOT_ICON_SVG, { headers: { "content-type": "image/svg+xml" } }),
  );

  const jwtGrant = async (c: Context) => {
    const body = await readJsonBody(c);
    // Whose grant this is picks the user's faults, before the assertion is checked.
    const claimed =
      isRecord(body) && typeof body.assertion === "string"
        ? unverifiedSubject(body.assertion)
        : undefined;
    const failed = failureResponse(
      faults,
      "jwtgrant",
      claimed === undefined ? undefined : userIdFor(claimed),
    );
    if (failed !== null) return failed;
    if (!isRecord(body) || typeof body.assertion !== "string" || body.assertion === "") {
      return errorResponse(400, "assertion is required");
    }
    const { botInfo } = body;
    if (!isRecord(botInfo) || typeof botInfo.taskBotId !== "string") {
      return errorResponse(400, "botInfo.taskBotId is required");
    }
    const verified = await verifyUserJwt(app, body.assertion, context.now());
    if (!verified.ok) return errorResponse(401, verified.message);
    if (botInfo.taskBotId !== bot.taskBotId) return errorResponse(404, "Bot not found");
    const subject = verified.value.subject;
    const userId = userIdFor(subject);
    const record = tokens.issue({ userId, subject, botId: bot.taskBotId });
    context.onGrant(userId);
    return jsonResponse(
      {
        authorization: {
          accessToken: record.token,
          token_type: "bearer",
          expiresDate: new Date(record.expiresAt).toISOString(),
          issuedDate: new Date(record.issuedAt).toISOString(),
        },
        userInfo: {
          userId,
          accountId: context.platform.accountId,
          orgId: context.platform.orgId,
          identity: `${app.clientId}/${subject}`,
          enrollType: "free",
          managedBy: context.platform.accountId,
          fName: "",
          lName: "",
        },
      },
      200,
    );
  };
  http.post("/api/1.1/oAuth/token/jwtgrant", jwtGrant);
  http.post("/api/oAuth/token/jwtgrant", jwtGrant);

  const rtmStart = async (c: Context) => {
    const bearer = parseBearer(c.req.header("authorization"));
    const failed = failureResponse(faults, "rtm/start", tokens.find(bearer)?.userId);
    if (failed !== null) return failed;
    const auth = tokens.lookup(bearer);
    if (!auth.ok) return errorResponse(401, auth.message);
    const body = await readJsonBody(c);
    const botInfo = isRecord(body) ? body.botInfo : undefined;
    const requestedBot =
      isRecord(botInfo) && typeof botInfo.taskBotId === "string"
        ? botInfo.taskBotId
        : auth.record.botId;
    if (requestedBot !== bot.taskBotId) return errorResponse(404, "Bot not found");
    // The secure handshake (PROTOCOL.md §7): asked for with `x-rtm-v: 1`, unless acting as an
    // older platform that does not know it.
    const secure = c.req.header("x-rtm-v") === "1" && !faults.legacyRtmFor(auth.record.userId);
    const issued = context.socketUrls.issue(
      context.wsOrigin(c.req.url),
      { userId: auth.record.userId, botId: requestedBot },
      secure,
    );
    if (faults.takeSocketUrlExpiry(auth.record.userId)) context.socketUrls.expire(issued.sid);
    return jsonResponse(
      issued.nonce === undefined ? { url: issued.url } : { url: issued.url, nonce: issued.nonce },
      200,
    );
  };
  http.post("/api/1.1/rtm/start", rtmStart);
  http.post("/api/rtm/start", rtmStart);

  const chatHistory = (c: Context) => {
    const bearer = parseBearer(c.req.header("authorization"));
    const failed = failureResponse(faults, "history", tokens.find(bearer)?.userId);
    if (failed !== null) return failed;
    const auth = tokens.lookup(bearer);
    if (!auth.ok) return errorResponse(401, auth.message);
    const botId = c.req.query("botId");
    if (botId === undefined || botId === "") return errorResponse(400, "botId is required");
    if (botId !== bot.taskBotId) return errorResponse(404, "Bot not found");
    const skip = nonNegativeInteger(c.req.query("offset") ?? c.req.query("skip"), 0);
    const limit = nonNegativeInteger(c.req.query("limit"), HISTORY_DEFAULT_LIMIT);
    if (skip === null || limit === null || limit === 0) {
      return errorResponse(400, "offset/skip must be >= 0 and limit >= 1");
    }
    const page = history.page(auth.record.userId, botId, {
      skip,
      limit: Math.min(limit, HISTORY_MAX_LIMIT),
    });
    return jsonResponse(page, 200);
  };
  http.get("/api/botmessages/rtm", chatHistory);
  http.get("/api/1.1/botmessages/rtm", chatHistory);

  // Branding (PROTOCOL.md §11): the look the bot's builder chose; nothing applies by default.
  http.get("/api/websdkthemes/:botId/activetheme", (c) => {
    const botId = c.req.param("botId");
    const auth = tokens.lookup(parseBearer(c.req.header("authorization")));
    const answer = (response: Response, userId: string | null) => {
      context.brandingRequests.push({ userId, botId, status: response.status, at: context.now() });
      return response;
    };
    if (!auth.ok) return answer(errorResponse(401, auth.message), null);
    const { userId } = auth.record;
    if (botId !== bot.taskBotId) return answer(errorResponse(404, "Bot not found"), userId);
    const branding = context.branding.answerFor(userId);
    switch (branding.kind) {
      case "malformed":
        return answer(
          new Response(branding.body, {
            status: 200,
            headers: { "content-type": "application/json; charset=utf-8" },
          }),
          userId,
        );
      case "status":
        return answer(errorResponse(branding.status, "Simulated branding failure"), userId);
      default:
        return answer(jsonResponse(branding.body, 200), userId);
    }
  });

  // The host backend a real deployment has: signs a user JWT. Also accepts the official
  // web SDK's JWT-URL body (identity, clientId, clientSecret, isAnonymous, aud); the secret
  // in that body is ignored, the simulator signs with its own.
  http.post("/demo/jwt", async (c) => {
    // The official web SDK posts its JWT-URL body form-encoded; hosts post JSON.
    const isForm = (c.req.header("content-type") ?? "").includes(
      "application/x-www-form-urlencoded",
    );
    const body = isForm
      ? Object.fromEntries(new URLSearchParams(await c.req.text()))
      : await readJsonBody(c);
    const fields = isRecord(body) ? body : {};
    const identity =
      typeof fields.identity === "string" && fields.identity !== ""
        ? fields.identity
        : DEFAULT_IDENTITY;
    const jwt = await signUserJwt(app, identity, {
      nowMs: context.now(),
      isAnonymous: fields.isAnonymous === true || fields.isAnonymous === "true",
    });
    return jsonResponse({ jwt }, 200);
  });

  const attachments = createAttachmentRoutes(context);
  http.route("/api/1.1/attachment", attachments);
  http.route("/api/attachment", attachments);
  http.route("/__files", createFileRoutes(context.uploads));
  http.route("/api/public", createPublicHistoryRoutes(context));
  http.route("/__simulator", createControlRoutes(context));
  http.notFound((c) =>
    errorResponse(404, `No route for ${c.req.method} ${new URL(c.req.url).pathname}`),
  );
  http.onError(() => errorResponse(500, "Simulator error"));
  return http;
}
