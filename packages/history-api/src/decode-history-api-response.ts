import * as v from "valibot";
import {
  type HistoryApiMessage,
  type HistoryApiResponse,
  historyApiEnvelopeSchema,
  historyApiMessageSchema,
} from "./history-api-types.js";

/**
 * Where the client reports what it dropped (malformed rows) instead of throwing.
 *
 * @example
 * const logger: HistoryApiLogger = { warn: (message, detail) => console.warn(message, detail) };
 */
export interface HistoryApiLogger {
  warn(message: string, detail?: unknown): void;
}

/**
 * Decodes a 2xx body of `getMessages`. Returns `null` when the envelope itself is unusable
 * (no `messages` array). A malformed row is dropped and reported to `logger.warn`: keeping
 * it raw would make every consumer re-check the type of every field.
 *
 * @example
 * const page = decodeHistoryApiResponse(await response.json(), console);
 * if (page) for (const row of page.messages) console.log(row._id);
 */
export function decodeHistoryApiResponse(
  body: unknown,
  logger: HistoryApiLogger,
): HistoryApiResponse | null {
  const envelope = v.safeParse(historyApiEnvelopeSchema, body);
  if (!envelope.success) return null;
  const messages: HistoryApiMessage[] = [];
  for (const [index, row] of envelope.output.messages.entries()) {
    // v.is keeps the row as received (field order included, for exports); the schema has
    // no transforms, so the parsed copy would hold the same values.
    if (v.is(historyApiMessageSchema, row)) {
      messages.push(row);
      continue;
    }
    const issue = v.safeParse(historyApiMessageSchema, row).issues?.[0];
    const path = issue?.path?.map((item) => String(item.key)).join(".") ?? "";
    logger.warn(
      `History API: dropped malformed message row ${index}${path ? ` (${path}: ${issue?.message})` : ""}`,
      row,
    );
  }
  const { total, moreAvailable, icon } = envelope.output;
  return {
    total: total ?? messages.length,
    moreAvailable: moreAvailable ?? false,
    ...(icon === undefined ? {} : { icon }),
    messages,
    receivedCount: envelope.output.messages.length,
  };
}

/**
 * The time a row was created, in ms since the epoch: `timestampValue`, else `createdOn`.
 * `NaN` only when neither is usable.
 *
 * @example
 * messageTime({ _id: "ms-1", createdOn: "2024-01-01T00:00:00.000Z" }); // 1704067200000
 */
export function messageTime(message: HistoryApiMessage): number {
  return typeof message.timestampValue === "number" && Number.isFinite(message.timestampValue)
    ? message.timestampValue
    : Date.parse(message.createdOn);
}
