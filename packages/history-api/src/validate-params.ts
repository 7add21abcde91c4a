import { HistoryApiParameterError } from "./history-api-errors.js";
import {
  CHANNEL_TYPES,
  type ChannelType,
  type HistoryApiGetParams,
  type HistoryApiMethod,
  type HistoryApiPostParams,
  type HistoryApiTagFilter,
} from "./history-api-types.js";
import { parseHistoryApiDate } from "./parse-history-api-date.js";

/**
 * Seven days in ms: the platform rejects a `dateFrom`..`dateTo` window this long or longer.
 *
 * @example
 * const accepted = to.getTime() - from.getTime() < HISTORY_API_WINDOW_LIMIT_MS;
 */
export const HISTORY_API_WINDOW_LIMIT_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Checked parameters, exactly as they go on the wire (query string for GET, JSON for POST).
 *
 * @example
 * const wire: HistoryApiWireParams = { userId: "u-1", dateFrom: "2024-01-01", dateTo: "2024-01-06" };
 */
export interface HistoryApiWireParams {
  readonly userId?: string;
  readonly skip?: number;
  readonly offset?: number;
  readonly limit?: number;
  readonly forward?: boolean;
  readonly dateFrom?: string;
  readonly dateTo?: string;
  readonly channelType?: ChannelType;
  readonly ivrInstID?: string;
  readonly msgId?: string;
  readonly direction?: number;
  readonly sessionId?: string | readonly string[];
  readonly tags?: HistoryApiTagFilter;
}

const COMMON_KEYS = [
  "userId",
  "skip",
  "offset",
  "limit",
  "forward",
  "dateFrom",
  "dateTo",
  "channelType",
  "ivrInstID",
  "msgId",
  "direction",
  "sessionId",
] as const;
const TAG_TYPES: readonly string[] = ["user", "message", "session"];
const channelByLowerCase = new Map<string, ChannelType>(
  CHANNEL_TYPES.map((channel) => [channel.toLowerCase(), channel]),
);

/**
 * The documented spelling of a channel type given in any case, or `undefined` if the platform
 * does not know it.
 *
 * @example
 * normalizeChannelType("IVRVOICE"); // "ivrVoice"
 * normalizeChannelType("whatsapp"); // undefined
 */
export function normalizeChannelType(value: string): ChannelType | undefined {
  return channelByLowerCase.get(value.toLowerCase());
}

/**
 * Checks every parameter of a `getMessages` request before it is sent and returns the wire
 * form, or throws a {@link HistoryApiParameterError} naming the first bad parameter.
 *
 * Dates: `dateFrom` and `dateTo` together, less than 7 days apart. One or none is refused:
 * the platform fills a missing one in 7 days from the other (or from today), a window it
 * documents as too long. The exception is `msgId`, which cannot be combined with dates: it
 * anchors the request on a message instead of a window.
 *
 * @example
 * validateHistoryApiParams({ userId: "u-1", dateFrom: "2024-01-01", dateTo: "2024-01-06" }, "GET");
 * validateHistoryApiParams({ userId: "u-1", msgId: "ms-1", direction: -1 }, "GET");
 * validateHistoryApiParams({ userId: "u-1" }, "GET"); // throws: dateFrom: and dateTo are missing ...
 */
export function validateHistoryApiParams(
  params: HistoryApiGetParams | HistoryApiPostParams,
  method: HistoryApiMethod,
): HistoryApiWireParams {
  if (typeof params !== "object" || params === null) {
    throw new HistoryApiParameterError("params", "must be an object");
  }
  const input = params as Readonly<Record<string, unknown>>;
  const given = (key: string): boolean => input[key] !== undefined;
  for (const key of Object.keys(input)) {
    if (!given(key)) continue;
    if (key === "tags" && method === "GET") {
      throw new HistoryApiParameterError("tags", "is only accepted by the POST form");
    }
    if (key !== "tags" && !(COMMON_KEYS as readonly string[]).includes(key)) {
      throw new HistoryApiParameterError(key, "is not a parameter of the Conversation History API");
    }
  }
  const wire: Record<string, unknown> = {};

  if (given("userId")) wire.userId = nonEmptyString(input.userId, "userId");
  else if (method === "GET") {
    throw new HistoryApiParameterError("userId", "is required by the GET form");
  }

  if (given("skip") && given("offset")) {
    throw new HistoryApiParameterError("offset", "is the same as skip; give only one of them");
  }
  for (const key of ["skip", "offset"] as const) {
    if (given(key)) wire[key] = integerAtLeast(input[key], key, 0);
  }
  if (given("limit")) wire.limit = integerAtLeast(input.limit, "limit", 1);
  if (given("forward")) {
    if (typeof input.forward !== "boolean") {
      throw new HistoryApiParameterError("forward", "must be true or false");
    }
    wire.forward = input.forward;
  }

  if (given("msgId")) {
    wire.msgId = nonEmptyString(input.msgId, "msgId");
    if (given("dateFrom") || given("dateTo")) {
      throw new HistoryApiParameterError(
        "msgId",
        `cannot be combined with ${given("dateFrom") ? "dateFrom" : "dateTo"}`,
      );
    }
  }
  if (given("direction")) {
    if (!given("msgId")) {
      throw new HistoryApiParameterError("direction", "only applies with msgId");
    }
    if (typeof input.direction !== "number" || !Number.isInteger(input.direction)) {
      throw new HistoryApiParameterError(
        "direction",
        "must be an integer: < 0 backward, 0 both ways, > 0 forward",
      );
    }
    wire.direction = input.direction;
  }

  const from = given("dateFrom") ? parseHistoryApiDate(input.dateFrom, "dateFrom") : undefined;
  const to = given("dateTo") ? parseHistoryApiDate(input.dateTo, "dateTo") : undefined;
  if (from && !to) {
    throw new HistoryApiParameterError(
      "dateTo",
      "is missing: the platform would take dateFrom + 7 days, a window it rejects; give both dates",
    );
  }
  if (to && !from) {
    throw new HistoryApiParameterError(
      "dateFrom",
      "is missing: the platform would take dateTo - 7 days, a window it rejects; give both dates",
    );
  }
  if (!from && !to && !given("msgId")) {
    throw new HistoryApiParameterError(
      "dateFrom",
      "and dateTo are missing: the platform's default window (the 7 days up to today) is not under 7 days; give both dates",
    );
  }
  if (from && to) {
    const span = to.time - from.time;
    if (span < 0) throw new HistoryApiParameterError("dateTo", "is before dateFrom");
    if (span >= HISTORY_API_WINDOW_LIMIT_MS) {
      throw new HistoryApiParameterError(
        "dateTo",
        `is ${formatSpan(span)} after dateFrom; the window must be under 7 days (split longer ranges with splitDateRange)`,
      );
    }
    wire.dateFrom = from.wire;
    wire.dateTo = to.wire;
  }

  if (given("channelType")) {
    const channel =
      typeof input.channelType === "string" ? normalizeChannelType(input.channelType) : undefined;
    if (!channel) {
      throw new HistoryApiParameterError(
        "channelType",
        `${JSON.stringify(input.channelType)} is not one of ${CHANNEL_TYPES.join(", ")}`,
      );
    }
    wire.channelType = channel;
  }
  if (given("ivrInstID")) wire.ivrInstID = nonEmptyString(input.ivrInstID, "ivrInstID");

  if (given("sessionId")) {
    if (method === "GET") {
      if (Array.isArray(input.sessionId)) {
        throw new HistoryApiParameterError(
          "sessionId",
          "a list of session ids is only accepted by the POST form; GET takes one id",
        );
      }
      wire.sessionId = nonEmptyString(input.sessionId, "sessionId");
    } else {
      if (!Array.isArray(input.sessionId)) {
        throw new HistoryApiParameterError("sessionId", "must be an array of ids in the POST form");
      }
      wire.sessionId = input.sessionId.map((id: unknown) => nonEmptyString(id, "sessionId"));
    }
  }
  if (given("tags")) wire.tags = checkTags(input.tags);

  return wire as HistoryApiWireParams;
}

function nonEmptyString(value: unknown, parameter: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new HistoryApiParameterError(parameter, "must be a non-empty string");
  }
  return value;
}

function integerAtLeast(value: unknown, parameter: string, minimum: number): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < minimum) {
    throw new HistoryApiParameterError(
      parameter,
      `must be an integer ≥ ${minimum}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function checkTags(value: unknown): HistoryApiTagFilter {
  const and: unknown = typeof value === "object" && value !== null ? Reflect.get(value, "and") : 0;
  if (!Array.isArray(and)) {
    throw new HistoryApiParameterError("tags", "must be { and: [{ name, values, type }] }");
  }
  const conditions: readonly unknown[] = and;
  for (const [index, condition] of conditions.entries()) {
    const field = (name: string): unknown =>
      typeof condition === "object" && condition !== null
        ? Reflect.get(condition, name)
        : undefined;
    const name = field("name");
    const values = field("values");
    const type = field("type");
    const ok =
      typeof name === "string" &&
      name !== "" &&
      Array.isArray(values) &&
      values.every((item: unknown) => typeof item === "string") &&
      typeof type === "string" &&
      TAG_TYPES.includes(type);
    if (!ok) {
      throw new HistoryApiParameterError(
        "tags",
        `and[${index}] must be { name: string, values: string[], type: "user" | "message" | "session" }`,
      );
    }
  }
  return value as HistoryApiTagFilter;
}

function formatSpan(ms: number): string {
  const hours = Math.floor(ms / 3_600_000);
  const days = Math.floor(hours / 24);
  const rest = ms - days * 86_400_000;
  return rest === 0 ? `${days} days` : `${days} days ${(rest / 3_600_000).toFixed(2)} h`;
}
