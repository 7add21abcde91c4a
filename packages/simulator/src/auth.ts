import { createHash, randomBytes } from "node:crypto";
import { decodeJwt, jwtVerify, SignJWT } from "jose";

/** The app registered on the platform: its client id (`cs-...`) and HS256 secret. */
export interface AppCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

/** Claims the platform reads from a verified user JWT. */
export interface VerifiedUser {
  readonly subject: string;
  readonly isAnonymous: boolean;
}

/** Result of a verification: the claims, or a message for the 401 body. */
export type VerifyResult<T> = { ok: true; value: T } | { ok: false; message: string };

const SECONDS_PER_HOUR = 3600;
// A fixed namespace makes user ids stable across simulator runs, as platform ids are.
const USER_ID_NAMESPACE = "6f3c1a52-4d7b-4c8e-9a1f-2b5d7e9c0a13";
const PLATFORM_USER_ID = /^u-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Name-based (v5, SHA-1) UUID, so an identity always maps to the same id.
 *
 * @example
 * uuidFromName("alice@example.com"); // "b3a9...-5...-8...-..."
 */
export function uuidFromName(name: string, namespace: string = USER_ID_NAMESPACE): string {
  const namespaceBytes = Buffer.from(namespace.replaceAll("-", ""), "hex");
  const hash = createHash("sha1").update(namespaceBytes).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The platform user id (`u-<uuid>`) of an end-user identity (the JWT `sub`).
 *
 * @example
 * userIdFor("alice@example.com"); // "u-..." (always the same for alice)
 */
export function userIdFor(identity: string): string {
  return `u-${uuidFromName(identity)}`;
}

/**
 * Accepts a platform user id (`u-...`), a platform identity (`<clientId>/<sub>`)
 * or a bare `sub`, and returns the platform user id.
 *
 * @example
 * resolveUserId("alice@example.com", "cs-1") === resolveUserId("cs-1/alice@example.com", "cs-1");
 */
export function resolveUserId(identityOrUserId: string, clientId: string): string {
  if (PLATFORM_USER_ID.test(identityOrUserId)) return identityOrUserId;
  const prefix = `${clientId}/`;
  const subject = identityOrUserId.startsWith(prefix)
    ? identityOrUserId.slice(prefix.length)
    : identityOrUserId;
  return userIdFor(subject);
}

function secretKey(app: AppCredentials): Uint8Array {
  return new TextEncoder().encode(app.clientSecret);
}

/**
 * Signs an end-user JWT as a host backend does (PROTOCOL.md §1 claims).
 *
 * @example
 * const jwt = await signUserJwt(app, "alice@example.com", { nowMs: Date.now() });
 */
export async function signUserJwt(
  app: AppCredentials,
  identity: string,
  options: { nowMs: number; expiresInSeconds?: number; isAnonymous?: boolean },
): Promise<string> {
  const issuedAt = Math.floor(options.nowMs / 1000);
  return new SignJWT({ isAnonymous: options.isAnonymous ?? false })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.expiresInSeconds ?? SECONDS_PER_HOUR))
    .setAudience("https://idproxy.kore.com/authorize")
    .setIssuer(app.clientId)
    .setSubject(identity)
    .sign(secretKey(app));
}

/**
 * Signs an app-scope JWT (`appId` claim) for the Conversation History API (`auth` header).
 *
 * @example
 * const jwt = await signAppJwt(app, { nowMs: Date.now() });
 * fetch(url, { headers: { auth: jwt } });
 */
export async function signAppJwt(
  app: AppCredentials,
  options: { nowMs: number; expiresInSeconds?: number },
): Promise<string> {
  const issuedAt = Math.floor(options.nowMs / 1000);
  return new SignJWT({ appId: app.clientId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.expiresInSeconds ?? SECONDS_PER_HOUR))
    .sign(secretKey(app));
}

function describeJwtError(error: unknown): string {
  if (error instanceof Error && "code" in error && error.code === "ERR_JWT_EXPIRED") {
    return "JWT has expired";
  }
  return "Invalid JWT";
}

/**
 * Verifies a user JWT: HS256 with the app secret, `iss` = client id, `sub` present.
 *
 * @example
 * const result = await verifyUserJwt(app, assertion, Date.now());
 * if (result.ok) console.log(result.value.subject);
 */
export async function verifyUserJwt(
  app: AppCredentials,
  assertion: string,
  nowMs: number,
): Promise<VerifyResult<VerifiedUser>> {
  try {
    const { payload } = await jwtVerify(assertion, secretKey(app), {
      algorithms: ["HS256"],
      issuer: app.clientId,
      currentDate: new Date(nowMs),
    });
    if (typeof payload.sub !== "string" || payload.sub === "") {
      return { ok: false, message: "JWT has no sub claim" };
    }
    return { ok: true, value: { subject: payload.sub, isAnonymous: payload.isAnonymous === true } };
  } catch (error) {
    return { ok: false, message: describeJwtError(error) };
  }
}

/**
 * The `sub` of a JWT, unverified: whose request a jwtgrant is, to pick that user's faults
 * before (and whether or not) the assertion proves valid.
 *
 * @example
 * unverifiedSubject(await signUserJwt(app, "alice", { nowMs: Date.now() })); // "alice"
 */
export function unverifiedSubject(jwt: string): string | undefined {
  try {
    const { sub } = decodeJwt(jwt);
    return typeof sub === "string" && sub !== "" ? sub : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The platform user a JWT presented in the secure socket handshake belongs to: signed by the
 * app, with a subject. Its expiry is not checked again (it was checked at jwtgrant, and the
 * access token it bought is what expires), so a long-lived socket can reconnect.
 *
 * @example
 * await handshakeUserId(app, jwt); // "u-…" or undefined
 */
export async function handshakeUserId(
  app: AppCredentials,
  jwt: string,
): Promise<string | undefined> {
  let issuedAtMs: number;
  try {
    const { iat } = decodeJwt(jwt);
    issuedAtMs = typeof iat === "number" ? iat * 1000 : 0;
  } catch {
    return undefined;
  }
  const verified = await verifyUserJwt(app, jwt, issuedAtMs);
  return verified.ok ? userIdFor(verified.value.subject) : undefined;
}

/**
 * Verifies an app-scope JWT: HS256 with the app secret and `appId` = client id.
 *
 * @example
 * const result = await verifyAppJwt(app, request.headers.get("auth") ?? "", Date.now());
 */
export async function verifyAppJwt(
  app: AppCredentials,
  token: string,
  nowMs: number,
): Promise<VerifyResult<{ appId: string }>> {
  try {
    const { payload } = await jwtVerify(token, secretKey(app), {
      algorithms: ["HS256"],
      currentDate: new Date(nowMs),
    });
    if (payload.appId !== app.clientId) return { ok: false, message: "JWT appId does not match" };
    return { ok: true, value: { appId: app.clientId } };
  } catch (error) {
    return { ok: false, message: describeJwtError(error) };
  }
}

/**
 * The token from an `Authorization: bearer <token>` header (case-insensitive scheme).
 * A stray `-` before the token (a documentation typo) is kept here and tolerated by
 * `AccessTokenStore.lookup`, which knows whether the dash belongs to the token.
 *
 * @example
 * parseBearer("Bearer abc"); // "abc"
 */
export function parseBearer(header: string | undefined): string | null {
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1] ?? null;
}

function randomToken(): string {
  // Like the platform's tokens, never starting with "-", so "bearer -<token>" is unambiguous.
  for (;;) {
    const token = randomBytes(33).toString("base64url");
    if (!token.startsWith("-")) return token;
  }
}

/** What the platform remembers about an access token it issued. */
export interface AccessTokenRecord {
  readonly token: string;
  readonly userId: string;
  readonly subject: string;
  readonly botId: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/** Why a token lookup failed, for the 401 body. */
export type TokenLookup = { ok: true; record: AccessTokenRecord } | { ok: false; message: string };

/**
 * Issues random bearer tokens and answers whether one is still valid.
 *
 * @example
 * const tokens = new AccessTokenStore(3_600_000, Date.now);
 * const { token } = tokens.issue({ userId, subject, botId });
 * tokens.lookup(token).ok; // true
 */
export class AccessTokenStore {
  readonly #records = new Map<string, AccessTokenRecord>();
  readonly #ttlMs: number;
  readonly #now: () => number;
  #revokedBefore = Number.NEGATIVE_INFINITY;
  /** `expireAll(userId)`: that user's tokens issued before this sequence number are invalid. */
  readonly #revokedBeforeOf = new Map<string, number>();
  #issuedCount = 0;
  // Tokens carry their issue sequence so `expireAll` invalidates exactly the ones issued so far.
  readonly #sequence = new Map<string, number>();

  constructor(ttlMs: number, now: () => number) {
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  issue(owner: { userId: string; subject: string; botId: string }): AccessTokenRecord {
    const issuedAt = this.#now();
    const record: AccessTokenRecord = {
      token: randomToken(),
      ...owner,
      issuedAt,
      expiresAt: issuedAt + this.#ttlMs,
    };
    this.#records.set(record.token, record);
    this.#sequence.set(record.token, this.#issuedCount++);
    return record;
  }

  /**
   * The token's record whether it is still valid or not (whose request it is, for per-user
   * faults); `-<token>` (the documentation's typo) finds `<token>`.
   */
  find(presented: string | null): AccessTokenRecord | undefined {
    if (presented === null) return undefined;
    return (
      this.#records.get(presented) ??
      (presented.startsWith("-") ? this.#records.get(presented.slice(1)) : undefined)
    );
  }

  /** Finds a live token; `-<token>` (the documentation's typo) finds `<token>`. */
  lookup(presented: string | null): TokenLookup {
    const record = this.find(presented);
    if (record === undefined) return { ok: false, message: "Invalid token" };
    const sequence = this.#sequence.get(record.token) ?? 0;
    const revokedBefore = Math.max(
      this.#revokedBefore,
      this.#revokedBeforeOf.get(record.userId) ?? Number.NEGATIVE_INFINITY,
    );
    if (sequence < revokedBefore || this.#now() >= record.expiresAt) {
      return { ok: false, message: "Token expired" };
    }
    return { ok: true, record };
  }

  /** Every token issued so far (of `userId`, or anyone's) becomes invalid; later ones are unaffected. */
  expireAll(userId?: string): void {
    if (userId === undefined) this.#revokedBefore = this.#issuedCount;
    else this.#revokedBeforeOf.set(userId, this.#issuedCount);
  }
}
