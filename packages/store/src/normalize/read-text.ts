/** Longest text a part carries; longer texts are cut and end with an ellipsis. */
export const maxTextLength = 20_000;

/**
 * A string with something to read in it, capped at `maxTextLength`; anything
 * else (blank, wrong type) is `undefined`.
 *
 * @example
 * readText("Hi"); // "Hi"
 * readText("   "); // undefined
 * readText(42); // undefined
 */
export function readText(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  return capText(value);
}

/**
 * Cuts a string to `maxTextLength` characters plus an ellipsis.
 *
 * @example
 * capText("x".repeat(30_000)).length; // 20_001
 */
export function capText(text: string): string {
  if (text.length <= maxTextLength) return text;
  // Never leave half of a surrogate pair (an emoji) at the cut.
  const lastKept = text.charCodeAt(maxTextLength - 1);
  const end = lastKept >= 0xd800 && lastKept <= 0xdbff ? maxTextLength - 1 : maxTextLength;
  return `${text.slice(0, end)}…`;
}
