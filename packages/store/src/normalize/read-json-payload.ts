/**
 * Reading untrusted wire values: payloads arrive as objects, as JSON strings,
 * or as JSON strings of JSON strings. Nothing here throws or mutates its input.
 */

/** A JSON string longer than this is shown as text, not parsed. */
const maxJsonLength = 2_000_000;
/** How many times a JSON string that holds a JSON string is unwrapped. */
const maxStringUnwraps = 3;

/**
 * An object that is not an array (a JSON object, as far as we care).
 *
 * @example
 * isRecord({ text: "Hi" }); // true
 * isRecord([1]); // false
 */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * An own field of a record: never something inherited (`constructor`, `__proto__`).
 *
 * @example
 * ownField({ text: "Hi" }, "text"); // "Hi"
 * ownField({}, "constructor"); // undefined
 */
export function ownField(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Some stored texts are HTML-escaped whole (`{&quot;type&quot;:...}`).
    if (!text.includes("&quot;")) return undefined;
    try {
      return JSON.parse(text.replaceAll("&quot;", '"'));
    } catch {
      return undefined;
    }
  }
}

/**
 * The JSON object a string holds (unwrapping JSON strings of JSON strings), or
 * `undefined` when it holds none: plain text, an array, a number, malformed or huge JSON.
 * A record passed in is returned as is.
 *
 * @example
 * readJsonPayload('{"type":"template","payload":{"template_type":"button"}}'); // { type: "template", ... }
 * readJsonPayload("Hello"); // undefined
 */
export function readJsonPayload(value: unknown): Readonly<Record<string, unknown>> | undefined {
  let current = value;
  for (let unwraps = 0; unwraps <= maxStringUnwraps; unwraps += 1) {
    if (isRecord(current)) return current;
    if (typeof current !== "string" || current.length > maxJsonLength) return undefined;
    const text = current.trim();
    if (!text.startsWith("{") && !text.startsWith('"')) return undefined;
    current = parseJson(text);
  }
  return isRecord(current) ? current : undefined;
}
