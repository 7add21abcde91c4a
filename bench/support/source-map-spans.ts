/** The part of a v3 source map this bench reads. */
export interface SourceMapV3 {
  readonly sources: readonly (string | null)[];
  readonly mappings: string;
  readonly sourceRoot?: string;
}

const base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const digitOf = new Map([...base64].map((character, index) => [character, index]));

/** Decodes one segment's base64 VLQ fields. */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const character of segment) {
    const digit = digitOf.get(character);
    if (digit === undefined) throw new Error(`bad VLQ digit ${character}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

/**
 * Bytes of generated code per original source file: each mapping segment owns the generated
 * text up to the next segment. Text of unmapped segments and before the first segment goes
 * to `null` (bundler glue). Also returns the text per source, so
 * the caller can compress each group on its own.
 *
 * @example
 * const { bytes } = bytesPerSource(code, map); // Map { "src/a.ts" => 120, null => 8 }
 */
export function bytesPerSource(
  code: string,
  map: SourceMapV3,
): { bytes: Map<string | null, number>; text: Map<string | null, string[]> } {
  const bytes = new Map<string | null, number>();
  const text = new Map<string | null, string[]>();
  const add = (source: string | null, piece: string) => {
    if (piece === "") return;
    bytes.set(source, (bytes.get(source) ?? 0) + Buffer.byteLength(piece));
    const pieces = text.get(source) ?? [];
    pieces.push(piece);
    text.set(source, pieces);
  };
  const lines = code.split("\n");
  const mappingLines = map.mappings.split(";");
  let sourceIndex = 0;
  // A segment owns the text up to the next one, across line breaks (multi-line strings).
  let current: string | null = null;
  lines.forEach((line, lineIndex) => {
    if (lineIndex > 0) add(current, "\n");
    const segments = (mappingLines[lineIndex] ?? "").split(",").filter((s) => s !== "");
    let column = 0;
    let previousEnd = 0;
    for (const segment of segments) {
      const fields = decodeSegment(segment);
      column += fields[0] ?? 0;
      add(current, line.slice(previousEnd, column));
      previousEnd = column;
      if (fields.length >= 4) {
        sourceIndex += fields[1] ?? 0;
        current = map.sources[sourceIndex] ?? null;
      } else {
        current = null;
      }
    }
    add(current, line.slice(previousEnd));
  });
  return { bytes, text };
}
