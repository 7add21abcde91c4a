import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";

/**
 * Options of {@link signAppJwt}.
 *
 * @example
 * const options: SignAppJwtOptions = { clientId: "cs-1", clientSecret: process.env.KORE_CLIENT_SECRET ?? "" };
 */
export interface SignAppJwtOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Lifetime; short because a fresh one is signed whenever the platform answers 401. Default 300. */
  readonly expiresInSeconds?: number;
}

/**
 * Signs the app JWT that the platform's public APIs take in the `auth` header: HS256 (the only
 * algorithm it allows for API-scope apps) with the client secret; `iss` and `sub` are the
 * client id, `appId` too (the claim the platform's public-API samples use), plus a fresh `jti`
 * for apps that enforce one. Server side only.
 *
 * @example
 * const clientId = process.env.KORE_CLIENT_ID ?? "";
 * const clientSecret = process.env.KORE_CLIENT_SECRET ?? "";
 * const client = createHistoryApiClient({ host, botId, getJWT: () => signAppJwt({ clientId, clientSecret }) });
 */
export async function signAppJwt(options: SignAppJwtOptions): Promise<string> {
  const { clientId, clientSecret, expiresInSeconds = 300 } = options;
  const nowSeconds = Math.floor(Date.now() / 1000);
  return new SignJWT({ appId: clientId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setJti(randomUUID())
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + expiresInSeconds)
    .sign(new TextEncoder().encode(clientSecret));
}
