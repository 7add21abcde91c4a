import { HistoryApiParameterError } from "./history-api-errors.js";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z)?$/;

/**
 * A date parameter checked and resolved: `time` in ms since the epoch, `wire` the string to
 * send (`yyyy-mm-dd` as given, anything with a time as ISO with milliseconds).
 *
 * @example
 * const parsed: ParsedHistoryApiDate = { time: 1704067200000, wire: "2024-01-01", dateOnly: true };
 */
export interface ParsedHistoryApiDate {
  readonly time: number;
  readonly wire: string;
  /** `yyyy-mm-dd` without a time: it means midnight UTC of that day. */
  readonly dateOnly: boolean;
}

/**
 * Parses `yyyy-mm-dd` or `yyyy-mm-ddThh:mm:ss(.sss)Z` (the formats the platform documents),
 * or a valid `Date`, and rejects anything else, including dates that are not on the calendar
 * (`2024-02-30`), with a {@link HistoryApiParameterError} naming `parameter`.
 *
 * @example
 * parseHistoryApiDate("2024-02-29", "dateFrom").time; // Date.UTC(2024, 1, 29)
 * parseHistoryApiDate("2024-02-30", "dateFrom"); // throws: dateFrom: not a calendar date
 */
export function parseHistoryApiDate(value: unknown, parameter: string): ParsedHistoryApiDate {
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) throw new HistoryApiParameterError(parameter, "is an invalid Date");
    return { time, wire: value.toISOString(), dateOnly: false };
  }
  if (typeof value !== "string") {
    throw new HistoryApiParameterError(
      parameter,
      `must be a yyyy-mm-dd or yyyy-mm-ddThh:mm:ss.sssZ string or a Date, got ${typeof value}`,
    );
  }
  const match = DATE_PATTERN.exec(value);
  if (!match) {
    throw new HistoryApiParameterError(
      parameter,
      `"${value}" is not in the format yyyy-mm-dd or yyyy-mm-ddThh:mm:ss.sssZ (UTC, e.g. 2019-04-01T13:25:58.515Z)`,
    );
  }
  const [year, month, day, hours, minutes, seconds] = match
    .slice(1, 7)
    .map((part) => (part === undefined ? 0 : Number(part)));
  const milliseconds = Number((match[7] ?? "0").padEnd(3, "0"));
  const time = Date.UTC(
    year ?? 0,
    (month ?? 0) - 1,
    day ?? 0,
    hours ?? 0,
    minutes ?? 0,
    seconds ?? 0,
    milliseconds,
  );
  const check = new Date(time);
  // Date.UTC rolls 2024-02-30 over to March 1st; a round trip exposes that.
  const valid =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() + 1 === month &&
    check.getUTCDate() === day &&
    check.getUTCHours() === hours &&
    check.getUTCMinutes() === minutes &&
    check.getUTCSeconds() === seconds;
  if (!valid) throw new HistoryApiParameterError(parameter, `"${value}" is not a calendar date`);
  const dateOnly = match[4] === undefined;
  // The platform documents milliseconds (2019-04-01T13:25:58.515Z); send that exact shape.
  return { time, wire: dateOnly ? value : check.toISOString(), dateOnly };
}
