import { textValue } from "./read-fields.js";

/** An alignment class for a platform `left` | `center` | `right` (mapped to logical start/end for RTL). */
export function alignClass(align: unknown): string | undefined {
  const value = typeof align === "string" ? align.toLowerCase() : undefined;
  if (value === "center") return "kc-align-center";
  if (value === "right" || value === "end") return "kc-align-end";
  if (value === "left" || value === "start") return "kc-align-start";
  return undefined;
}

/** `[text, align?]` (or a bare value) read as a cell. */
export interface TableCell {
  readonly key: string;
  readonly text: string;
  readonly align: string | undefined;
}

/**
 * Reads a `[text, align?]` pair, as `columns[i]` and mini_table rows use; a bare value is its text.
 *
 * @example
 * readCell(["Salary", "right"], "c3"); // { key: "c3", text: "Salary", align: "kc-align-end" }
 */
export function readCell(raw: unknown, key: string): TableCell {
  if (Array.isArray(raw)) {
    const values: readonly unknown[] = raw;
    return { key, text: textValue(values[0]) ?? "", align: alignClass(values[1]) };
  }
  return { key, text: textValue(raw) ?? "", align: undefined };
}
