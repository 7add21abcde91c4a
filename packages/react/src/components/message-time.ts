// Times and days of the conversation, in the widget's locale, through `Intl` only (no date
// library): the formatters are built once per locale and kept, since a page's first Intl
// objects are costly and a long list asks for thousands of labels.

const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  key: string,
  build: () => T,
): T {
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

function dateFormat(locale: string, name: string, options: Intl.DateTimeFormatOptions) {
  return cached(`${locale}|${name}`, () => {
    try {
      return new Intl.DateTimeFormat(locale, options);
    } catch {
      return new Intl.DateTimeFormat("en", options); // a malformed tag from the host
    }
  });
}

/** A usable time: a finite, positive number of ms (history rows may carry none). */
export function isKnownTime(at: number): boolean {
  return Number.isFinite(at) && at > 0;
}

/** The local calendar day of `at`, comparable across messages: `2026-12-03`. */
export function localDay(at: number): string {
  const date = new Date(at);
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}

function daysBetween(from: number, to: number): number {
  const start = new Date(from);
  const end = new Date(to);
  const startDay = Date.UTC(start.getFullYear(), start.getMonth(), start.getDate());
  const endDay = Date.UTC(end.getFullYear(), end.getMonth(), end.getDate());
  return Math.round((endDay - startDay) / 86_400_000);
}

function capitalized(text: string, locale: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  let upper: string;
  try {
    upper = head.toLocaleUpperCase(locale);
  } catch {
    upper = head.toUpperCase();
  }
  return upper + text.slice(head.length);
}

/**
 * A day separator's text: "Today", "Yesterday" (in the locale's own words, from
 * `Intl.RelativeTimeFormat`), the weekday within the last week, else the date (with the year
 * when it is not this year).
 *
 * @example
 * dayLabel(Date.parse("2026-12-02T09:00"), Date.parse("2026-12-03T10:00"), "de"); // "Gestern"
 * dayLabel(Date.parse("2026-11-20T09:00"), Date.parse("2026-12-03T10:00"), "en"); // "Friday, November 20"
 */
export function dayLabel(at: number, now: number, locale: string): string {
  const days = daysBetween(at, now);
  if (days === 0 || days === 1) {
    const relative = cached(`${locale}|relative`, () => {
      try {
        return new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
      } catch {
        return new Intl.RelativeTimeFormat("en", { numeric: "auto" });
      }
    });
    return capitalized(relative.format(-days, "day"), locale);
  }
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  if (days > 1 && days < 7) {
    return dateFormat(locale, "weekday", { weekday: "long" }).format(at);
  }
  return sameYear
    ? dateFormat(locale, "day", { weekday: "long", month: "long", day: "numeric" }).format(at)
    : dateFormat(locale, "day-year", { year: "numeric", month: "long", day: "numeric" }).format(at);
}

/** A message's time as shown: "14:05" / "2:05 PM", the locale's short style. */
export function shortTime(at: number, locale: string): string {
  return dateFormat(locale, "time", { hour: "numeric", minute: "2-digit" }).format(at);
}

/** A message's time in full, for its accessible name and tooltip. */
export function fullDateTime(at: number, locale: string): string {
  return dateFormat(locale, "full", { dateStyle: "full", timeStyle: "short" }).format(at);
}

/** The same local minute: messages of one author within it share one time label. */
export function sameMinute(a: number, b: number): boolean {
  return Math.floor(a / 60_000) === Math.floor(b / 60_000);
}
