import { copyJsonPayload } from "./copy-json-payload.js";
import type { MediaPart, MessagePart, TemplatePart, TextPart } from "./message-parts.js";
import { ownField, readJsonPayload } from "./read-json-payload.js";
import { readText } from "./read-text.js";
import { templateFallbackText, unsupportedMessageText } from "./template-fallback-text.js";

/**
 * The one reader of TEMPLATES.md §1 rules 2–4, shared by live parts
 * (`normalize-bot-part.ts`) and history rows (`normalize-history-row.ts`) so a
 * turn reads the same from both.
 */

type MediaType = MediaPart["mediaType"];

const mediaTypes: ReadonlySet<string> = new Set<MediaType>([
  "image",
  "audio",
  "video",
  "link",
  "document",
]);
/** `{ type, payload: { type, payload } }` nests twice on the wire; a little slack beyond that. */
const maxNesting = 4;
const maxTemplateTypeLength = 200;
/** Longer than this is no URL a browser will load; a `data:` URI included. */
const maxUrlLength = 2_000_000;

/** @example textPart("Hi"); // { kind: "text", text: "Hi" } */
export function textPart(text: string): TextPart {
  return { kind: "text", text };
}

/**
 * The stand-in for content that is there but cannot be read.
 *
 * @example
 * unsupportedPart(); // { kind: "text", text: "[unsupported message]" }
 */
export function unsupportedPart(): TextPart {
  return textPart(unsupportedMessageText);
}

/** @example isMediaType("video"); // true */
export function isMediaType(value: unknown): value is MediaType {
  return typeof value === "string" && mediaTypes.has(value);
}

/**
 * A URL as sent (trimmed), or `undefined` when there is none. Which schemes may be
 * opened is the renderer's decision.
 *
 * @example
 * readUrl(" https://example.com/a.png "); // "https://example.com/a.png"
 */
export function readUrl(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > maxUrlLength) return undefined;
  const url = value.trim();
  return url === "" ? undefined : url;
}

/** @example mediaPart("image", "https://example.com/a.png", "a.png"); */
export function mediaPart(mediaType: MediaType, url: string, name: string | undefined): MediaPart {
  return name === undefined
    ? { kind: "media", mediaType, url }
    : { kind: "media", mediaType, url, name };
}

function readTemplate(payload: Readonly<Record<string, unknown>>): TemplatePart | undefined {
  const templateType = ownField(payload, "template_type");
  if (typeof templateType !== "string") return undefined;
  const trimmed = templateType.trim();
  if (trimmed === "" || trimmed.length > maxTemplateTypeLength) return undefined;
  const copy = copyJsonPayload(payload);
  return {
    kind: "template",
    templateType: trimmed,
    payload: copy,
    fallbackText: templateFallbackText(copy),
  };
}

function readMessageParts(payload: Readonly<Record<string, unknown>>): MessagePart[] {
  const parts: MessagePart[] = [];
  const text = readText(ownField(payload, "text"));
  if (text !== undefined) parts.push(textPart(text));
  const videoUrl = readUrl(ownField(payload, "videoUrl"));
  if (videoUrl !== undefined) parts.push(mediaPart("video", videoUrl, undefined));
  const audioUrl = readUrl(ownField(payload, "audioUrl"));
  if (audioUrl !== undefined) parts.push(mediaPart("audio", audioUrl, undefined));
  return parts;
}

/**
 * The parts of a component-shaped value, `{ type, payload }` (a live `component`,
 * or what a `cInfo.body` / history text parses to), or `null` when it holds
 * nothing this reader knows. A template anywhere in it wins over a `text` beside it.
 *
 * @example
 * readComponentParts("template", { type: "template", payload: { template_type: "button", text: "Pick" } });
 * // [{ kind: "template", templateType: "button", ... }]
 * readComponentParts("image", { url: "https://example.com/a.png" });
 * // [{ kind: "media", mediaType: "image", url: "https://example.com/a.png" }]
 */
export function readComponentParts(
  type: unknown,
  payload: unknown,
  depth = 0,
): MessagePart[] | null {
  const record = readJsonPayload(payload);
  if (record === undefined) return null;
  const template = readTemplate(record);
  if (template !== undefined) return [template];
  const url = readUrl(ownField(record, "url"));
  if (isMediaType(type) && url !== undefined) {
    return [mediaPart(type, url, readText(ownField(record, "name")))];
  }
  if (type === "message") {
    const parts = readMessageParts(record);
    if (parts.length > 0) return parts;
  }
  if (depth < maxNesting && Object.hasOwn(record, "payload")) {
    const nested = readComponentParts(
      ownField(record, "type"),
      ownField(record, "payload"),
      depth + 1,
    );
    if (nested !== null) return nested;
  }
  const text = readText(ownField(record, "text"));
  return text === undefined ? null : [textPart(text)];
}

/** What a `cInfo.body` or a history `data.text` holds, read by rule 3. */
export interface BodyParts {
  readonly parts: MessagePart[];
  /** Only text came out of it (the string itself, or JSON `{ text }`): nothing structured. */
  readonly isPlainText: boolean;
}

/**
 * Reads a `cInfo.body` or a bot's history `data.text` (TEMPLATES.md §1 rule 3):
 * JSON of a template, media or `message` component, or of `{ text }`, is read
 * like a component; any other string is text as sent. `null` when nothing in it
 * is readable (missing, blank, JSON with no content).
 *
 * @example
 * readBodyParts('{"type":"template","payload":{"template_type":"list","elements":[]}}');
 * // { parts: [{ kind: "template", templateType: "list", ... }], isPlainText: false }
 * readBodyParts("Im SDKBot."); // { parts: [{ kind: "text", text: "Im SDKBot." }], isPlainText: true }
 */
export function readBodyParts(body: unknown): BodyParts | null {
  const record = readJsonPayload(body);
  if (record !== undefined) {
    const parts = readComponentParts(undefined, record);
    if (parts !== null) return { parts, isPlainText: parts.every((part) => part.kind === "text") };
    // JSON with nothing in it (`{"text":""}`) is an empty part, not text to show.
    if (typeof body !== "string" || !hasContent(record)) return null;
  }
  const text = readText(body);
  return text === undefined ? null : { parts: [textPart(text)], isPlainText: true };
}

/**
 * Whether a value holds anything a person could read: a non-blank string, a number
 * or boolean, somewhere below it (the `type` tag alone does not count). Tells an
 * empty part (dropped) from one the widget cannot read (shown as unsupported).
 *
 * @example
 * hasContent({ type: "text", payload: { text: " " } }); // false
 * hasContent({ foo: 1 }); // true
 */
export function hasContent(value: unknown, depth = 0): boolean {
  switch (typeof value) {
    case "string":
      return value.trim() !== "";
    case "number":
    case "boolean":
    case "bigint":
      return true;
    case "object": {
      if (value === null) return false;
      if (depth >= maxNesting * 2) return true;
      if (Array.isArray(value)) {
        return (value as readonly unknown[]).some((item) => hasContent(item, depth + 1));
      }
      const record = value as Readonly<Record<string, unknown>>;
      return Object.keys(record).some(
        (key) => key !== "type" && hasContent(ownField(record, key), depth + 1),
      );
    }
    default:
      return false;
  }
}
