import { isRecord } from "./read-json-payload.js";
import { capText } from "./read-text.js";

/** Deeper nesting than this is dropped: no real template comes close. */
const maxDepth = 32;
/** A `data:` URI cannot be cut without breaking it, so it gets its own, larger cap. */
const maxDataUriLength = 2_000_000;
/** Items beyond this are dropped: a bubble never shows that many rows or cards. */
const maxArrayLength = 10_000;

function copyString(text: string): string {
  if (text.startsWith("data:")) return text.length <= maxDataUriLength ? text : "";
  return capText(text);
}

function copyValue(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case "string":
      return copyString(value);
    case "number":
      return Number.isFinite(value) ? value : undefined;
    case "boolean":
      return value;
    case "object":
      if (value === null) return null;
      if (depth >= maxDepth) return undefined;
      if (Array.isArray(value)) {
        // `null` keeps the indices, which mean something (table columns and Values).
        return Array.from(
          { length: Math.min(value.length, maxArrayLength) },
          (_, index) => copyValue((value as readonly unknown[])[index], depth + 1) ?? null,
        );
      }
      return copyRecord(value as Readonly<Record<string, unknown>>, depth);
    default:
      return undefined;
  }
}

function copyRecord(
  record: Readonly<Record<string, unknown>>,
  depth: number,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    // Assigning `__proto__` would set the copy's prototype instead of a field.
    if (key === "__proto__") continue;
    const value = copyValue(record[key], depth + 1);
    if (value !== undefined) copy[key] = value;
  }
  return copy;
}

/**
 * A JSON-only deep copy of an untrusted payload for renderers: plain objects,
 * arrays (at most 10,000 items), finite numbers, booleans, null and capped strings; no `__proto__`
 * keys, functions or exotic values, nothing deeper than 32 levels. The input
 * is not touched.
 *
 * @example
 * copyJsonPayload(JSON.parse('{"template_type":"button","__proto__":{"x":1}}'));
 * // { template_type: "button" }
 */
export function copyJsonPayload(
  payload: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  return isRecord(payload) ? copyRecord(payload, 0) : {};
}
