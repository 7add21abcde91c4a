import type { MediaPart } from "./message-parts.js";
import { isRecord, ownField } from "./read-json-payload.js";
import { isMediaType, readUrl } from "./read-payload-parts.js";
import { readText } from "./read-text.js";

/** File names longer than this are cut (they are shown, never used to build anything). */
const maxFileNameLength = 255;

/**
 * The media type a file of the platform's kind (`fileType` of an attachment, `cT` of a history
 * component) shows as; undefined for a kind that is not a file.
 *
 * @example
 * fileMediaType("attachment"); // "document"
 */
export function fileMediaType(kind: unknown): MediaPart["mediaType"] | undefined {
  if (kind === "attachment" || kind === "filelink" || kind === "file") return "document";
  return isMediaType(kind) ? kind : undefined;
}

/** A file's name as sent: text, trimmed and cut to a sane length; undefined when there is none. */
export function readFileName(value: unknown): string | undefined {
  const text = readText(value)?.trim();
  if (text === undefined || text === "") return undefined;
  return text.length > maxFileNameLength ? `${text.slice(0, maxFileNameLength - 1)}…` : text;
}

/** A byte count as sent, when it is one. */
export function readFileSize(value: unknown): number | undefined {
  const size = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof size === "number" && Number.isFinite(size) && size >= 0
    ? Math.floor(size)
    : undefined;
}

/**
 * A message's `attachments` (`[{ fileName, fileType, fileId, fileUrl?, size? }]`, PROTOCOL.md
 * §10, untrusted) as media parts: an image with its URL is an image, everything else a file
 * named by its name (its URL, when there is one, is checked by the renderer). Entries that are
 * not objects are skipped; never throws.
 *
 * @example
 * attachmentParts([{ fileName: "a.png", fileType: "image", fileId: "f1", fileUrl: "https://x.test/a.png" }]);
 * // [{ kind: "media", mediaType: "image", url: "https://x.test/a.png", name: "a.png" }]
 */
export function attachmentParts(attachments: unknown): MediaPart[] {
  if (!Array.isArray(attachments)) return [];
  const parts: MediaPart[] = [];
  for (const attachment of attachments as readonly unknown[]) {
    if (!isRecord(attachment)) continue;
    const name = readFileName(ownField(attachment, "fileName"));
    const url =
      readUrl(ownField(attachment, "fileUrl")) ?? readUrl(ownField(attachment, "url")) ?? "";
    const size = readFileSize(ownField(attachment, "size"));
    let mediaType = fileMediaType(ownField(attachment, "fileType")) ?? "document";
    // Without a URL there is nothing to play or show: a file row with its name.
    if (url === "") mediaType = "document";
    if (name === undefined && url === "") continue;
    parts.push({
      kind: "media",
      mediaType,
      url,
      ...(name === undefined ? {} : { name }),
      ...(size === undefined ? {} : { size }),
    });
  }
  return parts;
}
