/**
 * What went wrong, as a stable code a host can branch on.
 * - `jwt_unavailable`: the host's `getJWT` / `jwtUrl` failed.
 * - `jwt_rejected`: the platform refused the JWT (twice: a fresh one was tried).
 * - `bot_not_found`, `forbidden`, `bad_request`: the platform said no in a way retrying cannot fix.
 * - `http`: another HTTP error (see `status`). `network`: no answer. `timeout`: no answer in time.
 * - `protocol`: the platform answered something the transport cannot read.
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
  | "closed";

/** Every error the transport reports or throws. */
export class KoreTransportError extends Error {
  override readonly name = "KoreTransportError";
  readonly code: KoreErrorCode;
  /** HTTP status, when the error came from an HTTP answer. */
  readonly status: number | undefined;
  /** How long the server asked us to wait (HTTP 429/503 `Retry-After`), in ms. */
  readonly retryAfterMs: number | undefined;

  constructor(
    code: KoreErrorCode,
    message: string,
    details: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
  }

  /** Errors that no amount of retrying will heal. */
  get isFatal(): boolean {
    return (
      this.code === "jwt_rejected" ||
      this.code === "bot_not_found" ||
      this.code === "forbidden" ||
      this.code === "bad_request" ||
      this.code === "closed"
    );
  }
}
