import type { Context } from "hono";
import { Hono } from "hono";
import type { AccessTokenStore } from "./auth.js";
import { parseBearer } from "./auth.js";
import type { FaultState } from "./faults.js";
import { errorResponse, jsonResponse } from "./http-responses.js";
import type { StoredFile, UploadResult, UploadStore } from "./upload-store.js";

/** Which attachment call a request was. */
export type UploadRequestKind = "token" | "file" | "chunk" | "commit" | "url";

/** One attachment HTTP request and its answer, as the handle records it. */
export interface UploadRequestRecord {
  /** `""` when the bearer was missing or invalid. */
  readonly userId: string;
  readonly kind: UploadRequestKind;
  readonly chunkNo?: number;
  readonly status: number;
  readonly at: number;
}

/** What the attachment routes need. */
export interface AttachmentRoutesContext {
  readonly tokens: AccessTokenStore;
  readonly uploads: UploadStore;
  readonly faults: FaultState;
  readonly now: () => number;
  readonly uploadRequests: UploadRequestRecord[];
  /** The public URL a stored file is served at. */
  readonly fileUrl: (file: StoredFile) => string;
  /** Resolves after `ms` (the `setUploadDelay` fault). */
  readonly wait: (ms: number) => Promise<void>;
}

/** Room for the multipart framing and the small fields around the file part. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

interface Outcome {
  readonly response: Response;
  readonly chunkNo?: number;
}

type Handler = (c: Context, userId: string) => Promise<Outcome>;

function answer(response: Response, chunkNo?: number): Outcome {
  return chunkNo === undefined ? { response } : { response, chunkNo };
}

function fromResult<T>(result: UploadResult<T>, ok: (value: T) => unknown): Response {
  return result.ok
    ? jsonResponse(ok(result.value), 200)
    : errorResponse(result.status, result.message);
}

/** The multipart body, or the response refusing it (too large to read, or not a form). */
async function readForm(c: Context, maxUploadBytes: number): Promise<FormData | Response> {
  const length = Number(c.req.header("content-length"));
  if (Number.isFinite(length) && length > maxUploadBytes + MULTIPART_OVERHEAD_BYTES) {
    return errorResponse(413, "File too large");
  }
  try {
    return await c.req.formData();
  } catch {
    return errorResponse(400, "A multipart/form-data body is required");
  }
}

function textField(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
}

async function binaryField(form: FormData, name: string): Promise<Uint8Array | undefined> {
  const value = form.get(name);
  return value instanceof Blob ? new Uint8Array(await value.arrayBuffer()) : undefined;
}

function integerField(form: FormData, name: string, min: number): number | undefined {
  const text = textField(form, name);
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= min ? value : undefined;
}

function rejection(status: number): Response {
  return errorResponse(status, status === 413 ? "File too large" : "Simulated upload failure");
}

/**
 * The platform's attachment API (PROTOCOL.md §10), mounted at `/api/1.1/attachment` and
 * `/api/attachment`: `POST file/token`, `POST file` (single upload), `POST file/:fileToken/chunk`,
 * `PUT file/:fileToken` (commit the chunks) and `GET file/:fileId/url`. Every call needs the
 * bearer access token and is recorded in `uploadRequests`.
 *
 * @example
 * const attachments = createAttachmentRoutes(context);
 * http.route("/api/1.1/attachment", attachments);
 * http.route("/api/attachment", attachments);
 */
export function createAttachmentRoutes(context: AttachmentRoutesContext): Hono {
  const { tokens, uploads, faults } = context;
  const routes = new Hono();

  const record = (userId: string, kind: UploadRequestKind, status: number, chunkNo?: number) => {
    context.uploadRequests.push({
      userId,
      kind,
      ...(chunkNo === undefined ? {} : { chunkNo }),
      status,
      at: context.now(),
    });
  };

  const authorized = (kind: UploadRequestKind, handler: Handler) => async (c: Context) => {
    const auth = tokens.lookup(parseBearer(c.req.header("authorization")));
    if (!auth.ok) {
      record("", kind, 401);
      return errorResponse(401, auth.message);
    }
    const { userId } = auth.record;
    const outcome = await handler(c, userId);
    if (kind === "file" || kind === "chunk") {
      const delay = faults.uploads.uploadDelayFor(userId);
      if (delay > 0) await context.wait(delay);
    }
    record(userId, kind, outcome.response.status, outcome.chunkNo);
    return outcome.response;
  };

  /** A `messageToken` field issued to this user, or the 400 refusing it. */
  const messageTokenOf = (form: FormData, userId: string): Response | null => {
    const messageToken = textField(form, "messageToken");
    if (messageToken === undefined) return errorResponse(400, "messageToken is required");
    return uploads.isToken(userId, messageToken)
      ? null
      : errorResponse(400, "Unknown messageToken");
  };

  routes.post(
    "/file/token",
    authorized("token", async (_c, userId) =>
      answer(jsonResponse(uploads.issueToken(userId), 200)),
    ),
  );

  routes.post(
    "/file",
    authorized("file", async (c, userId) => {
      const form = await readForm(c, uploads.maxUploadBytes);
      if (form instanceof Response) return answer(form);
      const fileName = textField(form, "filename");
      const bytes = await binaryField(form, "file");
      if (fileName === undefined || bytes === undefined) {
        return answer(errorResponse(400, "filename and a binary file part are required"));
      }
      const rejected = faults.uploads.takeUploadRejection(userId);
      if (rejected !== null) return answer(rejection(rejected));
      const meta = { fileName, fileExtension: textField(form, "fileExtension") ?? "" };
      return answer(
        fromResult(uploads.putFile(userId, meta, bytes), (file) => ({ fileId: file.fileId })),
      );
    }),
  );

  routes.post(
    "/file/:fileToken/chunk",
    authorized("chunk", async (c, userId) => {
      const form = await readForm(c, uploads.maxUploadBytes);
      if (form instanceof Response) return answer(form);
      const chunkNo = integerField(form, "chunkNo", 0);
      if (chunkNo === undefined) {
        return answer(errorResponse(400, "chunkNo must be an integer >= 0"));
      }
      const fileToken = c.req.param("fileToken") ?? "";
      if (!uploads.isToken(userId, fileToken)) {
        return answer(errorResponse(404, "Unknown file token"), chunkNo);
      }
      const refused = messageTokenOf(form, userId);
      if (refused !== null) return answer(refused, chunkNo);
      const bytes = await binaryField(form, "chunk");
      if (bytes === undefined) return answer(errorResponse(400, "chunk is required"), chunkNo);
      if (faults.uploads.takeChunkFailure(userId, chunkNo)) {
        return answer(errorResponse(500, "Simulated chunk failure"), chunkNo);
      }
      return answer(
        fromResult(uploads.putChunk(userId, fileToken, chunkNo, bytes), () => ({})),
        chunkNo,
      );
    }),
  );

  routes.put(
    "/file/:fileToken",
    authorized("commit", async (c, userId) => {
      const form = await readForm(c, uploads.maxUploadBytes);
      if (form instanceof Response) return answer(form);
      const totalChunks = integerField(form, "totalChunks", 1);
      const fileName = textField(form, "filename");
      if (totalChunks === undefined || fileName === undefined) {
        return answer(errorResponse(400, "totalChunks (>= 1) and filename are required"));
      }
      const fileToken = c.req.param("fileToken") ?? "";
      if (!uploads.isToken(userId, fileToken)) {
        return answer(errorResponse(404, "Unknown file token"));
      }
      const refused = messageTokenOf(form, userId);
      if (refused !== null) return answer(refused);
      const rejected = faults.uploads.takeUploadRejection(userId);
      if (rejected !== null) return answer(rejection(rejected));
      const meta = { fileName, fileExtension: textField(form, "fileExtension") ?? "" };
      return answer(
        fromResult(uploads.commit(userId, fileToken, totalChunks, meta), (file) => ({
          fileId: file.fileId,
        })),
      );
    }),
  );

  routes.get(
    "/file/:fileId/url",
    authorized("url", async (c, userId) => {
      const file = uploads.fileOf(userId, c.req.param("fileId") ?? "");
      return answer(
        file === undefined
          ? errorResponse(404, "Unknown file")
          : jsonResponse({ fileUrl: context.fileUrl(file) }, 200),
      );
    }),
  );

  return routes;
}
