import { KoreTransportError } from "../errors.js";

/** Where the host's JWT comes from: a function, or a URL that answers a POST with `{ jwt }`. */
export type JwtProvider =
  | { readonly getJWT: () => Promise<string>; readonly jwtUrl?: never }
  | {
      readonly jwtUrl: string;
      /** JSON body of the POST to `jwtUrl` (e.g. `{ identity }`); `{}` by default. */
      readonly jwtRequestBody?: Readonly<Record<string, unknown>>;
      readonly getJWT?: never;
    };

export interface JwtSource {
  /** A JWT for the grant; `fresh` asks the host for a new one instead of reusing the last. */
  get(fresh: boolean): Promise<string>;
}

// A reused JWT must still be valid for a while when the platform reads it.
const REUSE_MARGIN_MS = 30_000;

/** Reads the `exp` claim without verifying (the platform verifies); undefined if unreadable. */
export function readJwtExpiry(jwt: string): number | undefined {
  const payload = jwt.split(".")[1];
  if (payload === undefined) return undefined;
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/");
    const claims: unknown = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "=")));
    const exp = (claims as { exp?: unknown } | null)?.exp;
    return typeof exp === "number" ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What `jwtUrl` does: POSTs `body` as JSON to `url` and reads `{ jwt }` from the answer.
 *
 * @example
 * const jwt = await fetchJwt(fetch, "/api/kore-jwt", { identity: "u-1" });
 */
export async function fetchJwt(
  fetchImpl: typeof fetch,
  url: string,
  body: Readonly<Record<string, unknown>>,
): Promise<string> {
  const response = await fetchImpl(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  if (!response.ok) throw new Error(`jwtUrl answered ${response.status}`);
  const answer: unknown = await response.json();
  const jwt = (answer as { jwt?: unknown } | null)?.jwt;
  if (typeof jwt !== "string" || jwt === "") throw new Error("jwtUrl answer has no `jwt` string");
  return jwt;
}

/**
 * Wraps the host's JWT provider: reuses the last JWT while it is valid, and
 * turns any failure into a `jwt_unavailable` error.
 *
 * @example
 * const source = createJwtSource({ jwtUrl: "/api/kore-jwt" }, fetch, Date.now);
 * const jwt = await source.get(false);
 */
export function createJwtSource(
  provider: JwtProvider,
  fetchImpl: typeof fetch,
  now: () => number,
): JwtSource {
  let last: string | undefined;
  const produce = (): Promise<string> =>
    provider.getJWT !== undefined
      ? provider.getJWT()
      : fetchJwt(fetchImpl, provider.jwtUrl, provider.jwtRequestBody ?? {});

  return {
    async get(fresh) {
      if (!fresh && last !== undefined) {
        const expiry = readJwtExpiry(last);
        if (expiry === undefined || expiry - now() > REUSE_MARGIN_MS) return last;
      }
      let jwt: unknown;
      try {
        jwt = await produce();
      } catch (error) {
        throw new KoreTransportError("jwt_unavailable", "the host could not provide a JWT", {
          cause: error,
        });
      }
      if (typeof jwt !== "string" || jwt === "") {
        throw new KoreTransportError("jwt_unavailable", "getJWT() did not return a JWT string");
      }
      last = jwt;
      return jwt;
    },
  };
}
