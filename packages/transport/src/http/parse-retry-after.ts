/**
 * Reads an HTTP `Retry-After` header (delta seconds or an HTTP date) as a
 * delay in ms from `now`. Unreadable or past values give `undefined`.
 *
 * @example
 * parseRetryAfter("3", Date.now()); // 3000
 */
export function parseRetryAfter(
  header: string | null | undefined,
  now: number,
): number | undefined {
  if (header === null || header === undefined) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
