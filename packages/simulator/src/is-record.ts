/**
 * True for a plain JSON object (not null, not an array): the shape frames and bodies must have.
 *
 * @example
 * isRecord({ type: "ack" }); // true
 * isRecord([1]); // false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
