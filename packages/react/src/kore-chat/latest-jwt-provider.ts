import { fetchJwt, type JwtProvider } from "@kore-chat/transport";

/** Where a JWT comes from, as the host last rendered it, and the `fetch` to ask `jwtUrl` with. */
export type JwtOptions = JwtProvider & { readonly fetch?: typeof fetch };

/**
 * One `getJWT` for the whole life of a client that asks `latest()` each time: hosts write
 * `getJWT={() => …}` inline, and a new function (or `jwtUrl`, or `jwtRequestBody`) must serve
 * the next JWT without a new connection. The client still caches and refreshes as usual.
 *
 * @example
 * const latest = useRef(props);
 * createKoreClient({ apiHost, botInfo, getJWT: latestJwtProvider(() => latest.current) });
 */
export function latestJwtProvider(latest: () => JwtOptions): () => Promise<string> {
  return () => {
    const options = latest();
    if (options.getJWT !== undefined) return options.getJWT();
    const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    return fetchJwt(fetchImpl, options.jwtUrl, options.jwtRequestBody ?? {});
  };
}
