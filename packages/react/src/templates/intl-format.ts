/**
 * `Intl` formatters for the catalogue's `formatLocale`. A host can override that text with
 * anything, and `Intl` throws a RangeError for a malformed tag: then the runtime's default
 * locale is used instead.
 *
 * @example
 * numberFormat("de").format(1264.5); // "1.264,5"
 * numberFormat("not a locale!").format(1); // "1"
 */
export function numberFormat(
  locale: string,
  options?: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    return new Intl.NumberFormat(undefined, options);
  }
}

/**
 * A date/time formatter for `locale`, in UTC: the pickers build their dates as UTC
 * midnight (or UTC times on 1 January 1970), so no time zone can shift the day shown.
 *
 * @example
 * dateTimeFormat("en", { dateStyle: "medium" }).format(Date.UTC(2025, 2, 5)); // "Mar 5, 2025"
 */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const utc = { ...options, timeZone: "UTC" };
  try {
    return new Intl.DateTimeFormat(locale, utc);
  } catch {
    return new Intl.DateTimeFormat(undefined, utc);
  }
}
