import type { Context } from "hono";
import { Hono } from "hono";
import type { AppCredentials } from "./auth.js";
import { resolveUserId, verifyAppJwt } from "./auth.js";
import type { BotInfo } from "./bot-turn.js";
import type { FaultState } from "./faults.js";
import type { HistoryStore } from "./history-store.js";
import { errorResponse, failureResponse, jsonResponse, readJsonBody } from "./http-responses.js";
import { isRecord } from "./is-record.js";
import { parsePublicHistoryParams, queryPublicHistory } from "./public-history-api.js";

/** One call of the §6 Conversation History API, as the handle logs it. */
export interface PublicHistoryRequest {
  readonly method: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly status: number;
}

/** What the §6 routes need. */
export interface PublicHistoryRoutesContext {
  readonly app: AppCredentials;
  readonly bot: BotInfo;
  readonly iconUrl: string;
  readonly now: () => number;
  readonly history: HistoryStore;
  readonly faults: FaultState;
  readonly publicHistoryRequests: PublicHistoryRequest[];
}

/**
 * The §6 Conversation History API under `/api/public`: `GET|POST /bot/:botId/getMessages`
 * and `POST /getMessages`, authorised by an app JWT in the `auth` header.
 *
 * @example
 * http.route("/api/public", createPublicHistoryRoutes(context));
 */
export function createPublicHistoryRoutes(context: PublicHistoryRoutesContext): Hono {
  const { app, bot, history, faults } = context;

  async function answer(
    c: Context,
    method: "GET" | "POST",
    params: Readonly<Record<string, unknown>>,
    pathBotId: string | undefined,
  ): Promise<Response> {
    // A call about one user (`userId`) meets that user's history faults, else anyone's.
    const failed = failureResponse(
      faults,
      "history",
      typeof params.userId === "string" && params.userId !== ""
        ? resolveUserId(params.userId, app.clientId)
        : undefined,
    );
    if (failed !== null) return failed;
    const token = (c.req.header("auth") ?? "").replace(/^\s*bearer\s+/i, "").trim();
    const verified = await verifyAppJwt(app, token, context.now());
    if (!verified.ok) return errorResponse(401, verified.message);
    const botId = pathBotId ?? (typeof params.botId === "string" ? params.botId : bot.taskBotId);
    if (botId !== bot.taskBotId) return errorResponse(404, "Bot not found");
    const parsed = parsePublicHistoryParams(method, params, context.now());
    if (!parsed.ok) return errorResponse(400, parsed.message);
    const { userId } = parsed.query;
    const rows =
      userId === null
        ? history.rowsOfBot(botId)
        : history.rows(resolveUserId(userId, app.clientId), botId);
    const page = queryPublicHistory(rows, parsed.query);
    return jsonResponse({ ...page, icon: context.iconUrl }, 200);
  }

  async function logged(
    c: Context,
    method: "GET" | "POST",
    pathBotId: string | undefined,
  ): Promise<Response> {
    let params: Record<string, unknown>;
    let response: Response;
    if (method === "GET") {
      params = c.req.query();
      response = await answer(c, method, params, pathBotId);
    } else {
      const body = await readJsonBody(c);
      params = isRecord(body) ? body : {};
      response =
        body === undefined || isRecord(body)
          ? await answer(c, method, params, pathBotId)
          : errorResponse(400, "The body must be a JSON object");
    }
    context.publicHistoryRequests.push({ method, params, status: response.status });
    return response;
  }

  const routes = new Hono();
  routes.get("/bot/:botId/getMessages", (c) => logged(c, "GET", c.req.param("botId")));
  routes.post("/bot/:botId/getMessages", (c) => logged(c, "POST", c.req.param("botId")));
  routes.post("/getMessages", (c) => logged(c, "POST", undefined));
  return routes;
}
