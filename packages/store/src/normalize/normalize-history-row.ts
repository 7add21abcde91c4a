import type { HistoryRow } from "@kore-chat/transport";
import { fileMediaType, readFileName, readFileSize } from "./attachment-parts.js";
import { completeTurnParts } from "./complete-turn-parts.js";
import type { MediaPart, MessagePart } from "./message-parts.js";
import { isRecord, ownField } from "./read-json-payload.js";
import {
  hasContent,
  mediaPart,
  readBodyParts,
  readUrl,
  textPart,
  unsupportedPart,
} from "./read-payload-parts.js";
import { readText } from "./read-text.js";

interface ComponentParts {
  readonly parts: MessagePart[];
  /** Plain (or empty) text, which the row's `altText` label replaces. */
  readonly isPlainText: boolean;
}

const emptyComponent: ComponentParts = { parts: [], isPlainText: true };

function readAltText(tags: unknown): string | undefined {
  if (!isRecord(tags)) return undefined;
  const altText = ownField(tags, "altText");
  const first: unknown = Array.isArray(altText) ? (altText as readonly unknown[])[0] : undefined;
  return isRecord(first) ? readText(ownField(first, "value")) : undefined;
}

function readComponentMedia(
  component: Readonly<Record<string, unknown>>,
  data: unknown,
): MediaPart | undefined {
  const type = fileMediaType(ownField(component, "cT"));
  if (type === undefined) return undefined;
  const thumbnails = ownField(component, "thumbnails");
  const thumbnail: unknown = Array.isArray(thumbnails)
    ? (thumbnails as readonly unknown[])[0]
    : undefined;
  const url =
    (isRecord(data) ? readUrl(ownField(data, "url")) : undefined) ??
    (isRecord(thumbnail) ? readUrl(ownField(thumbnail, "url")) : undefined);
  const name = isRecord(data)
    ? (readFileName(ownField(data, "fileName")) ?? readFileName(ownField(data, "name")))
    : undefined;
  const size = isRecord(data) ? readFileSize(ownField(data, "size")) : undefined;
  // A file row needs a name or a URL; media without a URL has nothing to show.
  if (url === undefined && (type !== "document" || name === undefined)) return undefined;
  const part = mediaPart(url === undefined ? "document" : type, url ?? "", name);
  return size === undefined ? part : { ...part, size };
}

function readHistoryComponent(component: unknown, isBot: boolean): ComponentParts {
  if (!isRecord(component)) {
    return hasContent(component)
      ? { parts: [unsupportedPart()], isPlainText: true }
      : emptyComponent;
  }
  const data = ownField(component, "data");
  const rawText = isRecord(data) ? ownField(data, "text") : undefined;
  const media = readComponentMedia(component, data);
  if (media !== undefined) {
    const caption = readText(rawText);
    return {
      parts: caption === undefined ? [media] : [textPart(caption), media],
      isPlainText: false,
    };
  }
  // Only the bot's texts are read as JSON: a user who types JSON sees the JSON they typed.
  if (isBot) {
    const body = readBodyParts(rawText);
    if (body !== null) return body;
  } else {
    const text = readText(rawText);
    if (text !== undefined) return { parts: [textPart(text)], isPlainText: true };
  }
  return hasContent(data) ? { parts: [unsupportedPart()], isPlainText: true } : emptyComponent;
}

function readHistoryRow(row: HistoryRow): MessagePart[] {
  const isBot = ownField(row, "type") === "outgoing";
  const components = ownField(row, "components");
  const list: readonly unknown[] = Array.isArray(components) ? components : [];
  const altText = readAltText(ownField(row, "tags"));
  const parts: MessagePart[] = [];
  let altTextShown = false;
  for (const component of list) {
    const read = readHistoryComponent(component, isBot);
    if (altText === undefined || !read.isPlainText) {
      parts.push(...read.parts);
    } else if (!altTextShown) {
      parts.push(textPart(altText));
      altTextShown = true;
    }
  }
  if (list.length === 0 && altText !== undefined) parts.push(textPart(altText));
  return parts;
}

/**
 * A chat-history row (PROTOCOL.md §5) as message parts, read like the live
 * `bot_response` it was (TEMPLATES.md §1), so a turn looks the same after a
 * reload: a bot's `data.text` holding template / media / `message` JSON becomes
 * that part; `cT` image / audio / video (… link, document) with a URL in `data.url`
 * or `thumbnails[0].url` becomes media; the row's `tags.altText[0].value`, when
 * present, is shown instead of its plain text (a clicked button's title instead
 * of the payload it sent). At least one part, `[]` only for silent templates.
 * Never throws, never mutates the row.
 *
 * @example
 * normalizeHistoryRow({
 *   _id: "ms-1", type: "outgoing",
 *   components: [{ cT: "text", data: { text: '{"type":"template","payload":{"template_type":"quick_replies","text":"Pick a color:","quick_replies":[]}}' } }],
 * });
 * // [{ kind: "template", templateType: "quick_replies", ..., fallbackText: "Pick a color:" }]
 */
export function normalizeHistoryRow(row: HistoryRow): MessagePart[] {
  try {
    return completeTurnParts(isRecord(row) ? readHistoryRow(row) : []);
  } catch {
    // Only an exotic object (a throwing getter, a revoked proxy) gets here; JSON never does.
    return [unsupportedPart()];
  }
}
