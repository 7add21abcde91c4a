/**
 * Dates and times of the picker templates. The pickers hold what native inputs give:
 * ISO dates (`2025-03-05`, an `<input type="date">`'s value) and `HH:MM` times; these
 * turn them into what the platform's official SDK sends, and back.
 */

const tokens = /YYYY|MM|DD/g;

/** The official web SDK's format when a payload gives none (or one it cannot read). */
export const defaultDateFormat = "DD-MM-YYYY";

/**
 * The payload's `format` (any case) when it has exactly one `DD`, `MM` and `YYYY` and
 * nothing else but separators; else `DD-MM-YYYY`, as the official SDK.
 *
 * @example
 * dateFormatOf("mm/dd/yyyy"); // "MM/DD/YYYY"
 * dateFormatOf("MMM D, YYYY"); // "DD-MM-YYYY"
 */
export function dateFormatOf(raw: unknown): string {
  if (typeof raw !== "string" || raw.length > 32) return defaultDateFormat;
  const format = raw.trim().toUpperCase();
  const found = format.match(tokens) ?? [];
  const rest = format.replace(tokens, "");
  return found.length === 3 && new Set(found).size === 3 && !/[\p{L}\p{N}]/u.test(rest)
    ? format
    : defaultDateFormat;
}

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function partsOf(iso: string): DateParts | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return undefined;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = utcDate({ year, month, day });
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? { year, month, day }
    : undefined;
}

function utcDate({ year, month, day }: DateParts): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date;
}

/**
 * An ISO date when `iso` is a real one (`2025-02-30` is not); else `undefined`.
 *
 * @example
 * isoDate("2024-02-29"); // "2024-02-29"
 * isoDate("2025-02-29"); // undefined
 */
export function isoDate(iso: string): string | undefined {
  return partsOf(iso) === undefined ? undefined : iso;
}

/**
 * An ISO date written in `format` (from `dateFormatOf`); `undefined` when it is not a date.
 *
 * @example
 * formatDate("2025-03-05", "MM-DD-YYYY"); // "03-05-2025"
 */
export function formatDate(iso: string, format: string): string | undefined {
  if (partsOf(iso) === undefined) return undefined;
  const [year = "", month = "", day = ""] = iso.split("-");
  return format.replace(tokens, (token) =>
    token === "YYYY" ? year : token === "MM" ? month : day,
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A payload date (`startDate`, `endDate`) in `format`, or already ISO, as an ISO date;
 * `undefined` for anything else (then the picker has no bound).
 *
 * @example
 * parseDate("12-31-2027", "MM-DD-YYYY"); // "2027-12-31"
 * parseDate("2027-12-31", "MM-DD-YYYY"); // "2027-12-31"
 * parseDate("31-12-2027", "MM-DD-YYYY"); // undefined
 */
export function parseDate(raw: unknown, format: string): string | undefined {
  if (typeof raw !== "string") return undefined;
  const value = raw.trim();
  if (isoDate(value) !== undefined) return value;
  const order: string[] = [];
  const pattern = format
    .split(/(YYYY|MM|DD)/)
    .map((piece) => {
      if (piece === "YYYY" || piece === "MM" || piece === "DD") {
        order.push(piece);
        return piece === "YYYY" ? "(\\d{4})" : "(\\d{1,2})";
      }
      return escapeRegExp(piece);
    })
    .join("");
  const match = new RegExp(`^${pattern}$`).exec(value);
  if (match === null) return undefined;
  const field = (token: string) => match[order.indexOf(token) + 1] ?? "";
  return isoDate(
    `${field("YYYY")}-${field("MM").padStart(2, "0")}-${field("DD").padStart(2, "0")}`,
  );
}

/**
 * An ISO date for people, in `locale` (`Mar 5, 2025`); the ISO text if `Intl` cannot.
 *
 * @example
 * dateLabel("2025-03-05", dateTimeFormat("de", { dateStyle: "medium" })); // "05.03.2025"
 */
export function dateLabel(iso: string, format: Intl.DateTimeFormat): string {
  const parts = partsOf(iso);
  return parts === undefined ? iso : format.format(utcDate(parts));
}

function timeParts(value: string): { hours: number; minutes: number } | undefined {
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value);
  if (match === null) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? { hours, minutes } : undefined;
}

/**
 * An `<input type="time">` value as the official SDK sends a time (`hh:mm AA`).
 *
 * @example
 * formatTime("14:05"); // "02:05 PM"
 * formatTime("00:30"); // "12:30 AM"
 */
export function formatTime(value: string): string | undefined {
  const parts = timeParts(value);
  if (parts === undefined) return undefined;
  const hours = parts.hours % 12 === 0 ? 12 : parts.hours % 12;
  const minutes = String(parts.minutes).padStart(2, "0");
  return `${String(hours).padStart(2, "0")}:${minutes} ${parts.hours < 12 ? "AM" : "PM"}`;
}

/**
 * An `<input type="time">` value for people, in `format`'s locale (`2:05 PM`, `14:05`).
 *
 * @example
 * timeLabel("14:05", dateTimeFormat("en", { timeStyle: "short" })); // "2:05 PM"
 */
export function timeLabel(value: string, format: Intl.DateTimeFormat): string {
  const parts = timeParts(value);
  return parts === undefined
    ? value
    : format.format(Date.UTC(1970, 0, 1, parts.hours, parts.minutes));
}
