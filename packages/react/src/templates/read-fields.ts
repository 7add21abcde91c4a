/**
 * Defensive readers for template payloads. Every field of a payload is untrusted
 * and may be missing, `null` or of another type (TEMPLATES.md §1): these return
 * what can be shown and never throw.
 */

/** A plain object read from an untrusted payload. */
export type UnknownRecord = Readonly<Record<string, unknown>>;

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string, or a finite number / boolean shown as text; `undefined` for anything else or "". */
export function textValue(value: unknown): string | undefined {
  if (typeof value === "string") return value === "" ? undefined : value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === "boolean") return String(value);
  return undefined;
}

function ownField(obj: unknown, key: string): unknown {
  return isRecord(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** `obj[key]` when it is a non-empty string (numbers and booleans become text). */
export function stringField(obj: unknown, key: string): string | undefined {
  return textValue(ownField(obj, key));
}

/** `obj[key]` when it is an array, else `[]`. */
export function arrayField(obj: unknown, key: string): readonly unknown[] {
  const value = ownField(obj, key);
  return Array.isArray(value) ? value : [];
}

/** `obj[key]` when it is a plain object. */
export function recordField(obj: unknown, key: string): UnknownRecord | undefined {
  const value = ownField(obj, key);
  return isRecord(value) ? value : undefined;
}

/** The plain objects of the array `obj[key]`, skipping `null` and other junk. */
export function recordsField(obj: unknown, key: string): readonly UnknownRecord[] {
  return arrayField(obj, key).filter(isRecord);
}

/** `obj[key]` as a boolean when it is one (or the strings "true"/"false"). */
export function booleanField(obj: unknown, key: string): boolean | undefined {
  const value = ownField(obj, key);
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return undefined;
}
