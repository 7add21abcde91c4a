import type { AttachmentRejection } from "./attachments/attachment-rules.js";

/**
 * What went wrong, as a stable code a host can branch on.
 * - `jwt_unavailable`: the host's `getJWT` / `jwtUrl` failed.
 * - `jwt_rejected`: the platform refused the JWT (twice: a fresh one was tried).
 * - `bot_not_found`, `forbidden`, `bad_request`: the platform said no in a way retrying cannot fix.
 * - `http`: another HTTP error (see `status`). `network`: no answer. `timeout`: no answer in time.
 * - `protocol`: the platform answered something the transport cannot read.
 * - `too_large`: the platform refused an upload as too large (HTTP 413).
 * - `attachment_rejected`: a file failed the checks before upload (`rejection` says why).
 * - `closed`: the client was closed.
 */
export type KoreErrorCode =
  | "jwt_unavailable"
  | "jwt_rejected"
  | "bot_not_found"
  | "forbidden"
  | "bad_request"
  | "http"
  | "network"
  | "timeout"
  | "protocol"
  | "too_large"
  | "attachment_rejected"
  | "closed";

/** Every error the transport reports or throws. */
export class KoreTransportError extends Error {
  override readonly name = "KoreTransportError";
  readonly code: KoreErrorCode;
  /** HTTP status, when the error came from an HTTP answer. */
  readonly status: number | undefined;
  /** How long the server asked us to wait (HTTP 429/503 `Retry-After`), in ms. */
  readonly retryAfterMs: number | undefined;

  /** For `attachment_rejected`: which file, and why. */
  readonly rejection: AttachmentRejection | undefined;

  constructor(
    code: KoreErrorCode,
    message: string,
    details: {
      status?: number;
      retryAfterMs?: number;
      cause?: unknown;
      rejection?: AttachmentRejection;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.rejection = details.rejection;
  }

  /** Errors that no amount of retrying will heal. */
  get isFatal(): boolean {
    return (
      this.code === "jwt_rejected" ||
      this.code === "bot_not_found" ||
      this.code === "forbidden" ||
      this.code === "bad_request" ||
      this.code === "too_large" ||
      this.code === "attachment_rejected" ||
      this.code === "closed"
    );
  }
}
