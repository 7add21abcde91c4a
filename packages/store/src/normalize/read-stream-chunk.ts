import type { BotMessagePart } from "@kore-chat/transport";

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The text of one streamed chunk (PROTOCOL.md §8): `message[0].cInfo.body`, or
 * `message[0].component.payload.text`. Kept exactly as sent, spaces and newlines included (a
 * chunk may be just "\n\n", and it matters to the Markdown). `undefined` when neither is a string.
 *
 * @example
 * readStreamChunk([{ type: "text", cInfo: { body: "Hel" } }]); // "Hel"
 */
export function readStreamChunk(parts: readonly BotMessagePart[]): string | undefined {
  const [first] = parts;
  if (first === undefined) return undefined;
  const body = isRecord(first.cInfo) ? first.cInfo.body : undefined;
  if (typeof body === "string") return body;
  const payload = isRecord(first.component) ? first.component.payload : undefined;
  if (typeof payload === "string") return payload;
  const text = isRecord(payload) ? payload.text : undefined;
  return typeof text === "string" ? text : undefined;
}
