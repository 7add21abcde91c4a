/** What the platform calls a file in a message's `attachments` (PROTOCOL.md §10). */
export type AttachmentKind = "image" | "audio" | "video" | "attachment";

/** What a host may allow; every field has a default. */
export interface AttachmentRules {
  /** Largest file, in bytes. Default 25 MB, the platform SDK's limit. */
  readonly maxFileBytes: number;
  /** Most files in one message. Default 10. */
  readonly maxFiles: number;
  /**
   * File extensions (lower case, no dot) a user may send. Default: common documents, images,
   * audio and video. Executables and scripts are refused even when listed here.
   */
  readonly allowedExtensions: readonly string[];
}

/** Why a file cannot be sent; checked before anything goes over the network. */
export type AttachmentRejectionReason = "too_large" | "type_not_allowed" | "too_many" | "empty";

export interface AttachmentRejection {
  readonly reason: AttachmentRejectionReason;
  /** The file's name as the user's system gave it (untrusted text: show it as text). */
  readonly fileName: string;
  /** For `too_large`, the limit in bytes; for `too_many`, the most files allowed. */
  readonly limit?: number;
}

/** The parts of a `File` the checks read (a Node caller passes a name and a size). */
export interface FileFacts {
  readonly name: string;
  readonly size: number;
}

const imageExtensions = ["png", "jpg", "jpeg", "gif", "webp", "bmp", "svg", "heic", "tif", "tiff"];
const audioExtensions = ["mp3", "wav", "m4a", "aac", "amr", "ogg", "oga", "flac"];
const videoExtensions = ["mp4", "mov", "webm", "m4v", "3gp", "avi", "mpg", "mpeg", "wmv", "flv"];
// biome-ignore format: a list reads better in rows
const documentExtensions = [
  "pdf", "txt", "csv", "json", "xml", "rtf", "md", "log",
  "doc", "docx", "dot", "dotx", "odt", "xls", "xlsx", "xlsm", "ods",
  "ppt", "pptx", "pps", "ppsx", "odp", "key", "pages", "numbers",
  "zip", "7z", "rar", "tar", "gz", "eml", "msg", "vcf", "ics",
];

/**
 * Never sent, whatever the host allows: programs, installers and scripts a recipient could run
 * by opening them.
 */
// biome-ignore format: a list reads better in rows
const executableExtensions = new Set([
  "exe", "msi", "msp", "com", "scr", "pif", "cpl", "bat", "cmd", "vbs", "vbe", "js", "jse",
  "mjs", "wsf", "wsh", "ps1", "psm1", "sh", "bash", "zsh", "csh", "app", "dmg", "pkg", "deb",
  "rpm", "apk", "aab", "ipa", "appx", "msix", "jar", "dll", "so", "dylib", "sys", "drv", "lnk",
  "reg", "hta", "gadget", "msc", "scf", "inf", "run", "bin", "elf", "iso", "img", "vhd",
]);

export const defaultAttachmentRules: AttachmentRules = {
  maxFileBytes: 25 * 1024 * 1024,
  maxFiles: 10,
  allowedExtensions: [
    ...imageExtensions,
    ...audioExtensions,
    ...videoExtensions,
    ...documentExtensions,
  ],
};

/** The extension of a file name, lower case without the dot; "" when there is none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  if (dot <= 0 || dot === fileName.length - 1) return "";
  return fileName.slice(dot + 1).toLowerCase();
}

/**
 * The platform's kind of a file, from its name (a browser's MIME type is not trusted more
 * than the name, and the platform decides by extension too).
 *
 * @example
 * attachmentKindOf("photo.JPG"); // "image"
 * attachmentKindOf("report.pdf"); // "attachment"
 */
export function attachmentKindOf(fileName: string): AttachmentKind {
  const extension = extensionOf(fileName);
  if (imageExtensions.includes(extension)) return "image";
  if (audioExtensions.includes(extension)) return "audio";
  if (videoExtensions.includes(extension)) return "video";
  return "attachment";
}

/** The rules a client uses: the host's overrides on the defaults, limits kept sane. */
export function resolveAttachmentRules(overrides: Partial<AttachmentRules> = {}): AttachmentRules {
  const positive = (value: number | undefined, fallback: number) =>
    value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
  return {
    maxFileBytes: positive(overrides.maxFileBytes, defaultAttachmentRules.maxFileBytes),
    maxFiles: positive(overrides.maxFiles, defaultAttachmentRules.maxFiles),
    allowedExtensions: (
      overrides.allowedExtensions ?? defaultAttachmentRules.allowedExtensions
    ).map((extension) => extension.replace(/^\./, "").toLowerCase()),
  };
}

/** Whether one file may be sent; undefined when it may. */
export function checkFile(
  file: FileFacts,
  rules: AttachmentRules,
): AttachmentRejection | undefined {
  const fileName = file.name;
  const extension = extensionOf(fileName);
  if (executableExtensions.has(extension) || !rules.allowedExtensions.includes(extension)) {
    return { reason: "type_not_allowed", fileName };
  }
  if (!(file.size > 0)) return { reason: "empty", fileName };
  if (file.size > rules.maxFileBytes) {
    return { reason: "too_large", fileName, limit: rules.maxFileBytes };
  }
  return undefined;
}

/**
 * Checks files about to be attached, `alreadyAttached` counting towards `maxFiles`: which may
 * go and why the others may not. Nothing is sent; a UI shows the rejections.
 *
 * @example
 * const { accepted, rejected } = checkFiles([photo, setupExe], defaultAttachmentRules);
 * // accepted: [photo]; rejected: [{ reason: "type_not_allowed", fileName: "setup.exe" }]
 */
export function checkFiles<F extends FileFacts>(
  files: readonly F[],
  rules: AttachmentRules,
  alreadyAttached = 0,
): { readonly accepted: readonly F[]; readonly rejected: readonly AttachmentRejection[] } {
  const accepted: F[] = [];
  const rejected: AttachmentRejection[] = [];
  for (const file of files) {
    const rejection = checkFile(file, rules);
    if (rejection !== undefined) rejected.push(rejection);
    else if (alreadyAttached + accepted.length >= rules.maxFiles) {
      rejected.push({ reason: "too_many", fileName: file.name, limit: rules.maxFiles });
    } else accepted.push(file);
  }
  return { accepted, rejected };
}
