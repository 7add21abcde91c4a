import type { AttachmentFileType, HistoryFile } from "./history-store.js";
import { isRecord } from "./is-record.js";

/** A stored file as a conversation refers to it: what it is and where it is served. */
export interface ServedFile {
  readonly fileId: string;
  readonly fileName: string;
  readonly size: number;
  readonly url: string;
}

/** The files a conversation can see. */
export interface ConversationFiles {
  /** The file `userId` uploaded with this id, or undefined when they did not. */
  lookup(userId: string, fileId: string): ServedFile | undefined;
  /** The demo's file the bot sends on `send me a file`. */
  readonly demoFile: ServedFile;
}

/** One attachment of a user message, as the platform echoes it (its own `fileUrl`). */
export interface MessageAttachment {
  readonly fileName: string;
  readonly fileType: AttachmentFileType;
  readonly fileId: string;
  readonly fileUrl: string;
  readonly size: number;
}

const FILE_TYPES: ReadonlySet<string> = new Set(["image", "audio", "video", "attachment"]);

/**
 * The `fileType` of an attachment as the platform files it: image, audio or video as sent,
 * anything else `attachment`.
 *
 * @example
 * attachmentFileType("image"); // "image"
 * attachmentFileType("document"); // "attachment"
 */
export function attachmentFileType(value: unknown): AttachmentFileType {
  return typeof value === "string" && FILE_TYPES.has(value)
    ? (value as AttachmentFileType)
    : "attachment";
}

/**
 * The attachments of a user message resolved against the user's stored files, or null when
 * one of them is not a file this user uploaded. Name, size and URL are the platform's own,
 * never the client's.
 *
 * @example
 * const resolved = resolveAttachments(message.attachments, (fileId) => files.lookup(userId, fileId));
 * if (resolved === null) ack(false, "Unknown attachment");
 */
export function resolveAttachments(
  attachments: readonly unknown[],
  lookup: (fileId: string) => ServedFile | undefined,
): MessageAttachment[] | null {
  const resolved: MessageAttachment[] = [];
  for (const attachment of attachments) {
    if (!isRecord(attachment) || typeof attachment.fileId !== "string") return null;
    const file = lookup(attachment.fileId);
    if (file === undefined) return null;
    resolved.push({
      fileName: file.fileName,
      fileType: attachmentFileType(attachment.fileType),
      fileId: file.fileId,
      fileUrl: file.url,
      size: file.size,
    });
  }
  return resolved;
}

/**
 * The history file components of resolved attachments.
 *
 * @example
 * history.append({ ..., texts: [body], files: historyFiles(resolved) });
 */
export function historyFiles(attachments: readonly MessageAttachment[]): HistoryFile[] {
  return attachments.map(({ fileType, fileId, fileName, fileUrl, size }) => ({
    cT: fileType,
    fileId,
    fileName,
    url: fileUrl,
    size,
  }));
}
