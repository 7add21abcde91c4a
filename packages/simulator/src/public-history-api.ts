import type { HistoryPage, HistoryRow, HistoryTag } from "./history-store.js";
import { isRecord } from "./is-record.js";

/** `channelType` values the platform accepts (PROTOCOL.md §6); compared case-insensitively. */
export const CHANNEL_TYPES: readonly string[] = (
  "skypeforbusiness msteams twitter spark rtm facebook slack skype kore email sms wfacebook " +
  "ringcentral jabber yammer alexa twiliovoice telegram ivr ivrVoice line liveperson " +
  "googleactions hangoutchat mattermost rcs"
).split(" ");

const DAY_MS = 86_400_000;
/** The platform refuses windows of 7 days or more. */
export const MAX_WINDOW_MS = 7 * DAY_MS;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

/** One `tags.and[]` condition of a POST query. */
export interface TagCondition {
  readonly name: string;
  readonly values: readonly string[];
  readonly type: "user" | "message" | "session";
}

/** A validated §6 query. Dates are epoch ms; `dateFrom` inclusive, `dateTo` inclusive. */
export interface PublicHistoryQuery {
  readonly userId: string | null;
  readonly skip: number;
  readonly limit: number;
  readonly forward: boolean;
  readonly dateFrom: number;
  readonly dateTo: number;
  readonly channelType: string;
  readonly msgId: string | null;
  readonly direction: number;
  readonly sessionIds: readonly string[] | null;
  readonly tags: readonly TagCondition[] | null;
}

/** Parse outcome: the query, or the message of a 400 answer. */
export type PublicHistoryParse =
  | { ok: true; query: PublicHistoryQuery }
  | { ok: false; message: string };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Parses a §6 date: `yyyy-mm-dd` (UTC midnight) or `yyyy-mm-ddThh:mm:ss.mssZ`. Null if invalid.
 *
 * @example
 * parseHistoryDate("2024-03-01"); // 1709251200000
 * parseHistoryDate("03/01/2024"); // null
 */
export function parseHistoryDate(value: string): number | null {
  const iso = DATE_ONLY.test(value) ? `${value}T00:00:00.000Z` : value;
  if (!DATE_TIME.test(iso)) return null;
  const ms = Date.parse(iso);
  // Round-tripping rejects impossible dates such as 2024-02-31 that Date.parse would roll over.
  return Number.isNaN(ms) || new Date(ms).toISOString() !== iso ? null : ms;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function integer(value: unknown, name: string, fallback: number, min: number): Parsed<number> {
  if (value === undefined || value === "") return { ok: true, value: fallback };
  const number = typeof value === "string" ? Number(value) : value;
  if (typeof number !== "number" || !Number.isInteger(number) || number < min) {
    return { ok: false, message: `${name} must be an integer >= ${min}` };
  }
  return { ok: true, value: number };
}

function boolean(value: unknown, name: string): Parsed<boolean> {
  if (value === undefined || value === "" || value === false || value === "false") {
    return { ok: true, value: false };
  }
  if (value === true || value === "true") return { ok: true, value: true };
  return { ok: false, message: `${name} must be true or false` };
}

function dateWindow(dateFrom: unknown, dateTo: unknown, nowMs: number): Parsed<[number, number]> {
  const parse = (value: unknown, name: string): Parsed<number | null> => {
    if (value === undefined || value === "") return { ok: true, value: null };
    const ms = typeof value === "string" ? parseHistoryDate(value) : null;
    return ms === null
      ? { ok: false, message: `${name} must be yyyy-mm-dd or yyyy-mm-ddThh:mm:ss.msZ` }
      : { ok: true, value: ms };
  };
  const from = parse(dateFrom, "dateFrom");
  if (!from.ok) return from;
  const to = parse(dateTo, "dateTo");
  if (!to.ok) return to;
  // As documented: a missing bound is 7 days from the other, so the defaults span exactly
  // 7 days and are refused below. Clients must always send a window under 7 days.
  const end = to.value ?? (from.value === null ? nowMs : from.value + MAX_WINDOW_MS);
  const start = from.value ?? end - MAX_WINDOW_MS;
  if (start > end) return { ok: false, message: "dateFrom must not be after dateTo" };
  if (end - start >= MAX_WINDOW_MS) {
    return {
      ok: false,
      message: "The date range between dateFrom and dateTo must be less than 7 days",
    };
  }
  return { ok: true, value: [start, end] };
}

function sessionIds(value: unknown, method: "GET" | "POST"): Parsed<string[] | null> {
  if (value === undefined || value === "") return { ok: true, value: null };
  if (typeof value === "string") return { ok: true, value: [value] };
  if (method === "POST" && Array.isArray(value) && value.every((id) => typeof id === "string")) {
    return { ok: true, value };
  }
  return { ok: false, message: "sessionId must be a string (GET) or an array of strings (POST)" };
}

function tagConditions(value: unknown): Parsed<TagCondition[] | null> {
  if (value === undefined) return { ok: true, value: null };
  const invalid = { ok: false, message: "tags must be { and: [{ name, values, type }] }" } as const;
  if (!isRecord(value) || !Array.isArray(value.and)) return invalid;
  const conditions: TagCondition[] = [];
  for (const item of value.and) {
    if (!isRecord(item) || typeof item.name !== "string" || !Array.isArray(item.values))
      return invalid;
    const type = item.type ?? "message";
    if (type !== "user" && type !== "message" && type !== "session") return invalid;
    conditions.push({ name: item.name, values: item.values.map(String), type });
  }
  return { ok: true, value: conditions };
}

/**
 * Validates §6 parameters (GET query or POST body) exactly as PROTOCOL.md §6 lists them.
 *
 * @example
 * const parsed = parsePublicHistoryParams("GET", { userId: "u-...", dateFrom: "2024-03-01", dateTo: "2024-03-07" }, Date.now());
 * if (!parsed.ok) return c.json({ errors: [{ msg: parsed.message, code: 400 }] }, 400);
 */
export function parsePublicHistoryParams(
  method: "GET" | "POST",
  params: Readonly<Record<string, unknown>>,
  nowMs: number,
): PublicHistoryParse {
  const { userId } = params;
  if (userId !== undefined && (typeof userId !== "string" || userId === "")) {
    return { ok: false, message: "userId must be a non-empty string" };
  }
  if (method === "GET" && userId === undefined) return { ok: false, message: "userId is required" };
  const skip = integer(params.skip ?? params.offset, "skip", 0, 0);
  if (!skip.ok) return skip;
  const limit = integer(params.limit, "limit", DEFAULT_LIMIT, 1);
  if (!limit.ok) return limit;
  const forward = boolean(params.forward, "forward");
  if (!forward.ok) return forward;
  const hasDates = [params.dateFrom, params.dateTo].some(
    (date) => date !== undefined && date !== "",
  );
  const startsAtMessage = params.msgId !== undefined && params.msgId !== "";
  // The doc: msgId "cannot be used in combination with dateFrom and dateTo"; it replaces them.
  if (startsAtMessage && hasDates) {
    return { ok: false, message: "msgId cannot be combined with dateFrom or dateTo" };
  }
  const window: Parsed<[number, number]> = startsAtMessage
    ? { ok: true, value: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY] }
    : dateWindow(params.dateFrom, params.dateTo, nowMs);
  if (!window.ok) return window;
  const channel = params.channelType ?? "rtm";
  const channelType =
    typeof channel === "string"
      ? CHANNEL_TYPES.find((known) => known.toLowerCase() === channel.toLowerCase())
      : undefined;
  if (channelType === undefined)
    return { ok: false, message: `Unknown channelType: ${String(channel)}` };
  const msgId = params.msgId === undefined || params.msgId === "" ? null : params.msgId;
  if (msgId !== null && typeof msgId !== "string")
    return { ok: false, message: "msgId must be a string" };
  if (params.direction !== undefined && params.direction !== "" && msgId === null) {
    return { ok: false, message: "direction requires msgId" };
  }
  const direction = integer(params.direction, "direction", 1, Number.MIN_SAFE_INTEGER);
  if (!direction.ok) return direction;
  const sessions = sessionIds(params.sessionId, method);
  if (!sessions.ok) return sessions;
  const tags = method === "POST" ? tagConditions(params.tags) : { ok: true as const, value: null };
  if (!tags.ok) return tags;
  return {
    ok: true,
    query: {
      userId: userId ?? null,
      skip: skip.value,
      limit: Math.min(limit.value, MAX_LIMIT),
      forward: forward.value,
      dateFrom: window.value[0],
      dateTo: window.value[1],
      channelType: channelType.toLowerCase(),
      msgId,
      direction: Math.sign(direction.value),
      sessionIds: sessions.value,
      tags: tags.value,
    },
  };
}

function matchesTags(row: HistoryRow, conditions: readonly TagCondition[]): boolean {
  const listOf = (type: TagCondition["type"]): readonly HistoryTag[] =>
    type === "user"
      ? row.tags.userTags
      : type === "session"
        ? row.tags.sessionTags
        : row.tags.messageTags;
  return conditions.every((condition) =>
    listOf(condition.type).some(
      (tag) => tag.name === condition.name && condition.values.includes(tag.value),
    ),
  );
}

/**
 * Answers a validated query over rows (oldest first). With `msgId`, `direction` > 0 pages
 * forward from that message, < 0 backward from it, 0 keeps both sides; the page is then
 * ordered by `forward`.
 *
 * @example
 * const page = queryPublicHistory(store.rows(userId, botId), parsed.query);
 */
export function queryPublicHistory(
  rows: readonly HistoryRow[],
  query: PublicHistoryQuery,
): HistoryPage {
  if (query.channelType !== "rtm") return { total: 0, moreAvailable: false, messages: [] };
  const sessions = query.sessionIds === null ? null : new Set(query.sessionIds);
  const filtered = rows.filter(
    (row) =>
      row.timestampValue >= query.dateFrom &&
      row.timestampValue <= query.dateTo &&
      (sessions === null || sessions.has(row.sessionId)) &&
      (query.tags === null || matchesTags(row, query.tags)),
  );
  let candidates: HistoryRow[];
  let candidatesNewestFirst: boolean;
  if (query.msgId === null || query.direction === 0) {
    candidates = query.forward ? filtered : [...filtered].reverse();
    candidatesNewestFirst = !query.forward;
  } else {
    const anchor = filtered.findIndex((row) => row._id === query.msgId);
    if (anchor < 0) return { total: 0, moreAvailable: false, messages: [] };
    candidatesNewestFirst = query.direction < 0;
    candidates = candidatesNewestFirst
      ? filtered.slice(0, anchor + 1).reverse()
      : filtered.slice(anchor);
  }
  const page = candidates.slice(query.skip, query.skip + query.limit);
  const ordered = candidatesNewestFirst === !query.forward ? page : [...page].reverse();
  return {
    total: candidates.length,
    moreAvailable: query.skip + query.limit < candidates.length,
    messages: ordered,
  };
}
