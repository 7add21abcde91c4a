const CONTENT_TYPES: Readonly<Record<string, string>> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  bmp: "image/bmp",
  svg: "image/svg+xml",
  mp3: "audio/mpeg",
  wav: "audio/wav",
  m4a: "audio/mp4",
  mp4: "video/mp4",
  mov: "video/quicktime",
  pdf: "application/pdf",
  txt: "text/plain; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json",
};

/** The extension of a file name, lower case, without the dot; "" when it has none. */
function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot <= 0 || dot === fileName.length - 1 ? "" : fileName.slice(dot + 1).toLowerCase();
}

/**
 * RFC 5987 `ext-value` characters: `encodeURIComponent` leaves `'()*` and `!` as they are;
 * the first four are not allowed there.
 */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The headers a stored file is served with. The type comes from the file name's extension
 * (else the upload's `fileExtension`), from a fixed list; anything else is
 * `application/octet-stream`. Never sniffed; SVG is sandboxed; what is not image, audio or
 * video downloads instead of rendering.
 *
 * @example
 * fileHeaders("report.pdf")["content-disposition"]; // "attachment; filename*=UTF-8''report.pdf"
 * fileHeaders("logo.svg")["content-security-policy"]; // "sandbox"
 */
export function fileHeaders(fileName: string, fileExtension = ""): Record<string, string> {
  const extension = extensionOf(fileName) || fileExtension.replace(/^\./, "").toLowerCase();
  const contentType = Object.hasOwn(CONTENT_TYPES, extension)
    ? (CONTENT_TYPES[extension] ?? "application/octet-stream")
    : "application/octet-stream";
  const headers: Record<string, string> = {
    "content-type": contentType,
    "x-content-type-options": "nosniff",
    "cache-control": "private, max-age=3600",
  };
  if (extension === "svg") headers["content-security-policy"] = "sandbox";
  if (!/^(image|audio|video)\//.test(contentType)) {
    headers["content-disposition"] = `attachment; filename*=UTF-8''${encodeExtValue(fileName)}`;
  }
  return headers;
}
