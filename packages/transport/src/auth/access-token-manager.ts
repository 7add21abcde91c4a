import * as v from "valibot";
import type { Logger, Scheduler, TimerHandle } from "../environment.js";
import { KoreTransportError } from "../errors.js";
import type { HttpClient } from "../http/http-client.js";
import type { BotInfo } from "../protocol/frames.js";
import type { JwtSource } from "./jwt-source.js";

/** The end user as the platform knows them (PROTOCOL.md §2). */
export interface UserInfo {
  readonly userId: string;
  readonly accountId?: string | undefined;
  readonly orgId?: string | undefined;
  readonly identity?: string | undefined;
  readonly fName?: string | undefined;
  readonly lName?: string | undefined;
  readonly [field: string]: unknown;
}

const grantSchema = v.looseObject({
  authorization: v.looseObject({
    accessToken: v.pipe(v.string(), v.minLength(1)),
    token_type: v.optional(v.string()),
    expiresDate: v.optional(v.string()),
    issuedDate: v.optional(v.string()),
  }),
  userInfo: v.looseObject({
    userId: v.pipe(v.string(), v.minLength(1)),
    accountId: v.optional(v.string()),
    orgId: v.optional(v.string()),
    identity: v.optional(v.string()),
    fName: v.optional(v.string()),
    lName: v.optional(v.string()),
  }),
});

export interface AccessTokenManager {
  readonly userInfo: UserInfo | undefined;
  /** The host's JWT that was exchanged for the current access token (the secure handshake sends it). */
  readonly grantedJwt: string | undefined;
  /** A valid access token, granted (once, shared by concurrent callers) when needed. */
  getAccessToken(signal?: AbortSignal): Promise<string>;
  /**
   * Runs a platform call with the access token. On a 401 the token is
   * dropped, a fresh JWT is asked of the host, and the call is tried once more.
   */
  withAccessToken<T>(call: (accessToken: string) => Promise<T>, signal?: AbortSignal): Promise<T>;
  dispose(): void;
}

export interface AccessTokenManagerOptions {
  readonly http: HttpClient;
  readonly jwtSource: JwtSource;
  readonly grantPath: string;
  readonly botInfo: BotInfo;
  readonly scheduler: Scheduler;
  readonly logger: Logger;
  /** Refresh this long before `expiresDate` (capped at a tenth of the token's life). */
  readonly refreshMarginMs: number;
  readonly onUserInfo?: (userInfo: UserInfo) => void;
}

interface Grant {
  readonly jwt: string;
  readonly accessToken: string;
  readonly expiresAt: number | undefined;
}

const isUnauthorized = (error: unknown) =>
  error instanceof KoreTransportError && error.status === 401;

/**
 * Exchanges the host's JWT for an access token at `jwtgrant`, keeps
 * `userInfo`, and refreshes the token ahead of `expiresDate`.
 *
 * @example
 * const tokens = createAccessTokenManager({ http, jwtSource, grantPath, botInfo, scheduler, logger, refreshMarginMs: 60_000 });
 * const body = await tokens.withAccessToken((token) => http.requestJson({ method: "GET", path, accessToken: token }));
 */
export function createAccessTokenManager(options: AccessTokenManagerOptions): AccessTokenManager {
  const { scheduler, logger } = options;
  let grant: Grant | undefined;
  let pending: Promise<Grant> | undefined;
  let refreshTimer: TimerHandle | undefined;
  let userInfo: UserInfo | undefined;
  let disposed = false;

  async function requestGrant(jwt: string, signal?: AbortSignal): Promise<Grant> {
    const body = await options.http.requestJson({
      method: "POST",
      path: options.grantPath,
      body: { assertion: jwt, botInfo: options.botInfo },
      ...(signal === undefined ? {} : { signal }),
    });
    const parsed = v.safeParse(grantSchema, body);
    if (!parsed.success) {
      throw new KoreTransportError("protocol", "jwtgrant answer has no access token or userInfo");
    }
    const { authorization } = parsed.output;
    userInfo = parsed.output.userInfo;
    options.onUserInfo?.(userInfo);
    const expiresAt =
      authorization.expiresDate === undefined ? undefined : Date.parse(authorization.expiresDate);
    return {
      jwt,
      accessToken: authorization.accessToken,
      expiresAt: expiresAt === undefined || Number.isNaN(expiresAt) ? undefined : expiresAt,
    };
  }

  // The host's JWT gets one second chance: a fresh one. A second refusal cannot heal.
  async function grantWithFreshJwtOnce(forceFreshJwt: boolean, signal?: AbortSignal) {
    try {
      return await requestGrant(await options.jwtSource.get(forceFreshJwt), signal);
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
      if (forceFreshJwt) throw rejected(error);
      logger.info?.("JWT refused by jwtgrant; asking the host for a fresh one");
      try {
        return await requestGrant(await options.jwtSource.get(true), signal);
      } catch (retryError) {
        throw isUnauthorized(retryError) ? rejected(retryError) : retryError;
      }
    }
  }

  function rejected(cause: unknown) {
    return new KoreTransportError("jwt_rejected", "the platform rejected the host's JWT twice", {
      status: 401,
      cause,
    });
  }

  function scheduleRefresh(current: Grant) {
    if (refreshTimer !== undefined) scheduler.clearTimeout(refreshTimer);
    refreshTimer = undefined;
    if (current.expiresAt === undefined || disposed) return;
    const lifetime = current.expiresAt - scheduler.now();
    const margin = Math.min(options.refreshMarginMs, Math.max(0, lifetime / 10));
    refreshTimer = scheduler.setTimeout(() => {
      refreshTimer = undefined;
      if (grant !== current) return;
      logger.debug?.("refreshing the access token ahead of expiry");
      startGrant(false).catch((error: unknown) => {
        // Not fatal yet: the next call that needs a token tries again.
        logger.warn?.("access token refresh failed", error);
      });
    }, lifetime - margin);
  }

  function startGrant(forceFreshJwt: boolean, signal?: AbortSignal): Promise<Grant> {
    if (pending !== undefined) return pending;
    const attempt = grantWithFreshJwtOnce(forceFreshJwt, signal).then(
      (next) => {
        if (pending === attempt) pending = undefined;
        if (!disposed) {
          grant = next;
          scheduleRefresh(next);
        }
        return next;
      },
      (error: unknown) => {
        if (pending === attempt) pending = undefined;
        throw error;
      },
    );
    pending = attempt;
    return attempt;
  }

  function isUsable(current: Grant | undefined): current is Grant {
    return (
      current !== undefined &&
      (current.expiresAt === undefined || current.expiresAt > scheduler.now())
    );
  }

  async function getAccessToken(signal?: AbortSignal) {
    if (isUsable(grant)) return grant.accessToken;
    return (await startGrant(false, signal)).accessToken;
  }

  return {
    get userInfo() {
      return userInfo;
    },
    get grantedJwt() {
      return grant?.jwt;
    },
    getAccessToken,
    async withAccessToken(call, signal) {
      const token = await getAccessToken(signal);
      try {
        return await call(token);
      } catch (error) {
        if (!isUnauthorized(error)) throw error;
        logger.info?.("access token refused (401); granting a new one with a fresh JWT");
        if (grant?.accessToken === token) grant = undefined;
        const next = await startGrant(true, signal);
        return call(next.accessToken);
      }
    },
    dispose() {
      disposed = true;
      if (refreshTimer !== undefined) scheduler.clearTimeout(refreshTimer);
      refreshTimer = undefined;
    },
  };
}
