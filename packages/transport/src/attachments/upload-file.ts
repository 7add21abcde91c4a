import { type BackoffPolicy, createBackoff } from "../connection/backoff.js";
import type { Logger, Scheduler } from "../environment.js";
import { KoreTransportError } from "../errors.js";
import type { HttpClient, HttpRequest } from "../http/http-client.js";
import {
  type AttachmentKind,
  type AttachmentRules,
  attachmentKindOf,
  checkFile,
  extensionOf,
} from "./attachment-rules.js";

/** Files above this size go in chunks of this size (PROTOCOL.md §10). */
export const uploadChunkBytes = 1024 * 1024;

/** What `upload` accepts: a browser `File`/`Blob`, or bytes (a Node `Buffer`) with a name. */
export type UploadSource = Blob | Uint8Array;

export interface UploadProgress {
  readonly sentBytes: number;
  readonly totalBytes: number;
}

export interface UploadOptions {
  /** Required for a `Blob` or bytes; a `File` has its own. */
  readonly fileName?: string;
  /** Cancels the upload; nothing is committed after a cancel. */
  readonly signal?: AbortSignal;
  /** Called as bytes are accepted by the platform, ending at `totalBytes`. */
  readonly onProgress?: (progress: UploadProgress) => void;
}

/** An uploaded file, as a message's `attachments` refer to it. */
export interface UploadedFile {
  readonly fileId: string;
  readonly fileName: string;
  readonly fileType: AttachmentKind;
  readonly size: number;
  /** Where the platform serves it, when it said. */
  readonly fileUrl?: string;
}

export interface UploaderOptions {
  readonly http: HttpClient;
  /** Runs a call with a valid access token; a 401 gets one fresh token and one more try. */
  readonly withAccessToken: <T>(
    call: (accessToken: string) => Promise<T>,
    signal?: AbortSignal,
  ) => Promise<T>;
  /** `/api/1.1/attachment/file` (documented) or `/api/attachment/file` (the SDK's). */
  readonly basePath: string;
  readonly rules: () => AttachmentRules;
  readonly scheduler: Scheduler;
  readonly random: () => number;
  readonly logger: Logger;
  /** Tries of each request before the upload fails. Default 3. */
  readonly maxAttempts?: number;
  readonly backoff?: BackoffPolicy;
}

const retryBackoff: BackoffPolicy = {
  initialDelayMs: 500,
  maxDelayMs: 5_000,
  multiplier: 2,
  jitter: 0.5,
};

/** Errors a second try can heal: no answer, a timeout, 429 and 5xx. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof KoreTransportError)) return false;
  if (error.code === "network" || error.code === "timeout") return true;
  return (
    error.code === "http" &&
    error.status !== undefined &&
    (error.status === 429 || error.status >= 500)
  );
}

function stringField(body: unknown, field: string, path: string): string {
  const value =
    typeof body === "object" && body !== null
      ? (body as Record<string, unknown>)[field]
      : undefined;
  if (typeof value === "string" && value !== "") return value;
  throw new KoreTransportError("protocol", `${path} answered no ${field}`);
}

function toBlob(source: UploadSource): Blob {
  if (source instanceof Blob) return source;
  // A copy of exactly these bytes: a Node Buffer is often a view into a larger shared pool
  // (and Buffer#slice shares it too).
  return new Blob([new Uint8Array(source)]);
}

/**
 * Uploads one file the way the platform's SDK does (PROTOCOL.md §10): a file token, then one
 * `attachment/file` request for files up to 1 MiB, or 1 MiB chunks and a commit above. Each
 * request is retried with backoff when the failure is transient; the file is checked against
 * the rules first (nothing is sent for a refused file).
 *
 * @example
 * const upload = createUploader({ http, withAccessToken, basePath, rules, scheduler, random, logger });
 * const file = await upload(picked, { onProgress: ({ sentBytes, totalBytes }) => draw(sentBytes / totalBytes) });
 * client.send("", { attachments: [file] });
 */
export function createUploader(options: UploaderOptions) {
  const maxAttempts = options.maxAttempts ?? 3;

  function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = options.scheduler.setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        options.scheduler.clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  async function request(
    build: () => Omit<HttpRequest, "accessToken" | "signal">,
    signal: AbortSignal | undefined,
  ): Promise<unknown> {
    const backoff = createBackoff(options.backoff ?? retryBackoff, options.random);
    for (let attempt = 1; ; attempt += 1) {
      signal?.throwIfAborted();
      try {
        return await options.withAccessToken(
          (accessToken) =>
            options.http.requestJson({
              ...build(),
              accessToken,
              ...(signal === undefined ? {} : { signal }),
            }),
          signal,
        );
      } catch (error) {
        if (signal?.aborted === true || attempt >= maxAttempts || !isTransient(error)) throw error;
        const delay = (error as KoreTransportError).retryAfterMs ?? backoff.next();
        options.logger.info?.(`upload request failed; trying again in ${delay} ms`, error);
        await sleep(delay, signal);
      }
    }
  }

  async function fileToken(signal: AbortSignal | undefined): Promise<string> {
    const path = `${options.basePath}/token`;
    return stringField(await request(() => ({ method: "POST", path }), signal), "fileToken", path);
  }

  return async function upload(
    source: UploadSource,
    uploadOptions: UploadOptions = {},
  ): Promise<UploadedFile> {
    const { signal, onProgress } = uploadOptions;
    const fileName = uploadOptions.fileName ?? (source instanceof File ? source.name : "");
    const blob = toBlob(source);
    const totalBytes = blob.size;
    const rejection = checkFile({ name: fileName, size: totalBytes }, options.rules());
    if (rejection !== undefined) {
      throw new KoreTransportError(
        "attachment_rejected",
        `${fileName === "" ? "A file without a name" : fileName}: ${rejection.reason.replace("_", " ")}`,
        { rejection },
      );
    }
    signal?.throwIfAborted();
    const fileExtension = extensionOf(fileName);
    const described = () => {
      const form = new FormData();
      form.set("fileExtension", fileExtension);
      form.set("fileContext", "workflows");
      form.set("filename", fileName);
      return form;
    };
    onProgress?.({ sentBytes: 0, totalBytes });
    const token = await fileToken(signal);
    let fileId: string;
    if (totalBytes <= uploadChunkBytes) {
      const body = await request(() => {
        const form = described();
        form.set("thumbnailUpload", "false");
        form.set("file", blob, fileName);
        return { method: "POST", path: options.basePath, form };
      }, signal);
      fileId = stringField(body, "fileId", options.basePath);
    } else {
      const messageToken = await fileToken(signal);
      const chunkPath = `${options.basePath}/${encodeURIComponent(token)}/chunk`;
      const totalChunks = Math.ceil(totalBytes / uploadChunkBytes);
      for (let chunkNo = 0; chunkNo < totalChunks; chunkNo += 1) {
        const start = chunkNo * uploadChunkBytes;
        const chunk = blob.slice(start, Math.min(totalBytes, start + uploadChunkBytes));
        await request(() => {
          const form = new FormData();
          form.set("chunkNo", String(chunkNo));
          form.set("messageToken", messageToken);
          form.set("chunk", chunk, fileName);
          return { method: "POST", path: chunkPath, form };
        }, signal);
        onProgress?.({ sentBytes: start + chunk.size, totalBytes });
      }
      signal?.throwIfAborted();
      const commitPath = `${options.basePath}/${encodeURIComponent(token)}`;
      const body = await request(() => {
        const form = described();
        form.set("totalChunks", String(totalChunks));
        form.set("messageToken", messageToken);
        return { method: "PUT", path: commitPath, form };
      }, signal);
      fileId = stringField(body, "fileId", commitPath);
    }
    const fileUrl = await fileUrlOf(fileId, signal);
    onProgress?.({ sentBytes: totalBytes, totalBytes });
    return {
      fileId,
      fileName,
      fileType: attachmentKindOf(fileName),
      size: totalBytes,
      ...(fileUrl === undefined ? {} : { fileUrl }),
    };
  };

  /** The platform's URL of an uploaded file; the message goes without one when it has none. */
  async function fileUrlOf(fileId: string, signal: AbortSignal | undefined) {
    const path = `${options.basePath}/${encodeURIComponent(fileId)}/url`;
    try {
      const body = await request(
        () => ({ method: "GET", path, query: { repeat: "true" } }),
        signal,
      );
      return stringField(body, "fileUrl", path);
    } catch (error) {
      if (signal?.aborted === true) throw error;
      options.logger.warn?.("the platform gave no URL for an uploaded file", error);
      return undefined;
    }
  }
}

export type Uploader = ReturnType<typeof createUploader>;
