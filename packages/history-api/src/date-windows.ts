import { HistoryApiParameterError } from "./history-api-errors.js";
import type { HistoryApiDate } from "./history-api-types.js";
import { parseHistoryApiDate } from "./parse-history-api-date.js";
import { HISTORY_API_WINDOW_LIMIT_MS } from "./validate-params.js";

/**
 * The default window: one second under the platform's 7-day limit, so that a window never
 * reaches the limit even if the platform rounds its bounds to the second.
 *
 * @example
 * splitDateRange(from, to, { maxWindowMs: DEFAULT_HISTORY_WINDOW_MS }); // the same as no option
 */
export const DEFAULT_HISTORY_WINDOW_MS = HISTORY_API_WINDOW_LIMIT_MS - 1000;

// A typo in maxWindowMs (ms instead of hours) must fail, not allocate millions of windows.
const MAX_WINDOW_COUNT = 100_000;

/**
 * One window of a split range, as ISO strings with milliseconds and `Z`.
 *
 * @example
 * const window: DateWindow = { dateFrom: "2024-01-01T00:00:00.000Z", dateTo: "2024-01-07T23:59:59.000Z" };
 */
export interface DateWindow {
  readonly dateFrom: string;
  readonly dateTo: string;
}

/**
 * Options of {@link splitDateRange}.
 *
 * @example
 * const options: SplitDateRangeOptions = { maxWindowMs: 24 * 60 * 60 * 1000 };
 */
export interface SplitDateRangeOptions {
  /** Longest window, in ms: positive and under 7 days. Default {@link DEFAULT_HISTORY_WINDOW_MS}. */
  readonly maxWindowMs?: number;
}

/**
 * Splits `[from, to]` into windows the History API accepts: each at most `maxWindowMs` long,
 * in order, each starting exactly where the previous one ends (no gap, no overlap), the
 * first starting at `from` and the last ending at `to`. `from === to` gives one empty window.
 * Dates are parsed like the API's `dateFrom` / `dateTo` (`yyyy-mm-dd` is midnight UTC).
 *
 * @example
 * splitDateRange("2024-01-01", "2024-01-15");
 * // [{ dateFrom: "2024-01-01T00:00:00.000Z", dateTo: "2024-01-07T23:59:59.000Z" },
 * //  { dateFrom: "2024-01-07T23:59:59.000Z", dateTo: "2024-01-14T23:59:58.000Z" },
 * //  { dateFrom: "2024-01-14T23:59:58.000Z", dateTo: "2024-01-15T00:00:00.000Z" }]
 */
export function splitDateRange(
  from: HistoryApiDate,
  to: HistoryApiDate,
  options: SplitDateRangeOptions = {},
): DateWindow[] {
  const maxWindowMs = options.maxWindowMs ?? DEFAULT_HISTORY_WINDOW_MS;
  if (
    !Number.isSafeInteger(maxWindowMs) ||
    maxWindowMs <= 0 ||
    maxWindowMs >= HISTORY_API_WINDOW_LIMIT_MS
  ) {
    throw new RangeError(
      `maxWindowMs must be a whole number of ms above 0 and under 7 days, got ${maxWindowMs}`,
    );
  }
  const start = parseHistoryApiDate(from, "dateFrom").time;
  const end = parseHistoryApiDate(to, "dateTo").time;
  if (end < start) throw new HistoryApiParameterError("dateTo", "is before dateFrom");
  const windowCount = Math.ceil((end - start) / maxWindowMs);
  if (windowCount > MAX_WINDOW_COUNT) {
    throw new RangeError(
      `${windowCount} windows of ${maxWindowMs} ms: more than ${MAX_WINDOW_COUNT}, use longer windows`,
    );
  }
  const windows: DateWindow[] = [];
  let windowStart = start;
  do {
    const windowEnd = Math.min(windowStart + maxWindowMs, end);
    windows.push({
      dateFrom: new Date(windowStart).toISOString(),
      dateTo: new Date(windowEnd).toISOString(),
    });
    windowStart = windowEnd;
  } while (windowStart < end);
  return windows;
}
