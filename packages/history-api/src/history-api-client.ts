import { decodeHistoryApiResponse, type HistoryApiLogger } from "./decode-history-api-response.js";
import {
  HistoryApiError,
  HistoryApiParameterError,
  historyApiErrorFromResponse,
} from "./history-api-errors.js";
import type {
  HistoryApiGetParams,
  HistoryApiMessage,
  HistoryApiMethod,
  HistoryApiPostParams,
  HistoryApiResponse,
} from "./history-api-types.js";
import {
  type HistoryApiRangeOptions,
  type HistoryApiRangeParams,
  walkHistoryPages,
  walkHistoryRange,
} from "./history-api-walkers.js";
import { type HistoryApiWireParams, validateHistoryApiParams } from "./validate-params.js";

/**
 * How the client gets the app JWT for the `auth` header: a fixed token, or a function asked
 * again (once) when the platform answers 401.
 *
 * @example
 * const auth: HistoryApiAuth = { getJWT: async () => signAppJwt() };
 */
export type HistoryApiAuth =
  | { readonly jwt: string; readonly getJWT?: never }
  | { readonly getJWT: () => Promise<string> | string; readonly jwt?: never };

/**
 * Options of {@link createHistoryApiClient}.
 *
 * @example
 * const options: HistoryApiClientOptions = { host: "https://bots.kore.ai", botId: "st-1", jwt };
 */
export type HistoryApiClientOptions = HistoryApiAuth & {
  /** Environment URL, e.g. `https://bots.kore.ai`. */
  readonly host: string;
  /** Without it, only the POST form works, on the admin console endpoint `/api/public/getMessages`. */
  readonly botId?: string;
  readonly fetch?: typeof fetch;
  /** Per request, including reading the body. Default 30 s. */
  readonly timeoutMs?: number;
  /** Receives dropped malformed rows. Default `console`. */
  readonly logger?: HistoryApiLogger;
};

/**
 * Per-request options of the GET form (the default).
 *
 * @example
 * const options: HistoryApiGetOptions = { signal: AbortSignal.timeout(5000) };
 */
export interface HistoryApiGetOptions {
  readonly method?: "GET";
  readonly signal?: AbortSignal;
}

/**
 * Per-request options of the POST form.
 *
 * @example
 * const options: HistoryApiPostOptions = { method: "POST" };
 */
export interface HistoryApiPostOptions {
  readonly method: "POST";
  readonly signal?: AbortSignal;
}

/**
 * A Conversation History API client (PROTOCOL.md § 6). Every request is checked first and
 * throws {@link HistoryApiParameterError} before anything is sent.
 *
 * @example
 * const client = createHistoryApiClient({ host, botId, jwt });
 * for await (const row of client.messagesInRange({ userId, dateFrom: "2024-01-01", dateTo: "2024-02-01" })) {
 *   console.log(row.createdOn, row.components?.[0]?.data?.text);
 * }
 */
export interface HistoryApiClient {
  /** One page. */
  getMessages(
    params: HistoryApiGetParams,
    options?: HistoryApiGetOptions,
  ): Promise<HistoryApiResponse>;
  getMessages(
    params: HistoryApiPostParams,
    options: HistoryApiPostOptions,
  ): Promise<HistoryApiResponse>;
  /**
   * Every page from `skip` (or `offset`) on, advancing by the rows received while
   * `moreAvailable`; stops at an empty page whatever `moreAvailable` says.
   */
  pages(
    params: HistoryApiGetParams,
    options?: HistoryApiGetOptions,
  ): AsyncGenerator<HistoryApiResponse, void, undefined>;
  pages(
    params: HistoryApiPostParams,
    options: HistoryApiPostOptions,
  ): AsyncGenerator<HistoryApiResponse, void, undefined>;
  /**
   * Every row between `dateFrom` and `dateTo`, any length of range: walks windows from
   * `splitDateRange` and all pages of each, yields oldest → newest, each `_id` once.
   */
  messagesInRange(
    params: HistoryApiRangeParams<HistoryApiGetParams>,
    options?: HistoryApiRangeOptions & HistoryApiGetOptions,
  ): AsyncGenerator<HistoryApiMessage, void, undefined>;
  messagesInRange(
    params: HistoryApiRangeParams<HistoryApiPostParams>,
    options: HistoryApiRangeOptions & HistoryApiPostOptions,
  ): AsyncGenerator<HistoryApiMessage, void, undefined>;
}

type AnyParams = HistoryApiGetParams | HistoryApiPostParams;
interface AnyOptions {
  readonly method?: HistoryApiMethod;
  readonly signal?: AbortSignal;
}

/**
 * Creates a {@link HistoryApiClient}. Node only: the app JWT it sends must never reach a browser.
 *
 * @example
 * const client = createHistoryApiClient({
 *   host: "https://bots.kore.ai",
 *   botId: "st-f74a3430-3b19-55a3-be41-1ab1a35c4685",
 *   getJWT: () => myBackend.signAppJwt(),
 * });
 * const page = await client.getMessages({ userId: "u-1", dateFrom: "2024-01-01", dateTo: "2024-01-06" });
 */
export function createHistoryApiClient(options: HistoryApiClientOptions): HistoryApiClient {
  const host = checkHost(options.host);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const logger = options.logger ?? console;
  const { getJWT } = options;
  let token: Promise<string> | undefined;

  const freshToken = (): Promise<string> => {
    token = Promise.resolve(getJWT ? getJWT() : options.jwt).then((jwt) => {
      if (typeof jwt !== "string" || jwt.trim() === "") {
        throw new HistoryApiParameterError("auth", "the JWT is empty");
      }
      return jwt;
    });
    // A failed getJWT must not poison later requests.
    token.catch(() => {
      token = undefined;
    });
    return token;
  };

  const endpoint = (method: HistoryApiMethod): string => {
    if (options.botId !== undefined) {
      return `${host}/api/public/bot/${encodeURIComponent(options.botId)}/getMessages`;
    }
    if (method === "POST") return `${host}/api/public/getMessages`;
    throw new HistoryApiParameterError(
      "botId",
      "is required by the GET form (create the client with botId)",
    );
  };

  const attempt = async (
    method: HistoryApiMethod,
    url: string,
    wire: HistoryApiWireParams,
    jwt: string,
    signal: AbortSignal | undefined,
  ): Promise<{ response: Response; body: unknown; text: string }> => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const headers: Record<string, string> = { auth: jwt, accept: "application/json" };
    let target = url;
    let body: string | undefined;
    if (method === "GET") {
      const query = toQueryString(wire);
      target = query ? `${url}?${query}` : url;
    } else {
      headers["content-type"] = "application/json";
      body = JSON.stringify(wire);
    }
    try {
      const response = await fetchImpl(target, {
        method,
        headers,
        signal: combined,
        ...(body === undefined ? {} : { body }),
      });
      const text = await response.text();
      return { response, body: parseJson(text), text };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      const what = timeout.aborted ? `timed out after ${timeoutMs} ms` : "failed";
      throw new HistoryApiError(`History API ${method} ${url} ${what}: ${String(error)}`, {
        status: 0,
        cause: error,
      });
    }
  };

  const getMessages = async (
    params: AnyParams,
    requestOptions: AnyOptions = {},
  ): Promise<HistoryApiResponse> => {
    requestOptions.signal?.throwIfAborted();
    const method = requestOptions.method ?? "GET";
    const wire = validateHistoryApiParams(params, method);
    const url = endpoint(method);
    const used = token ?? freshToken();
    let result = await attempt(method, url, wire, await used, requestOptions.signal);
    if (result.response.status === 401 && getJWT) {
      // Another request may have refreshed the token meanwhile: use that one rather than ask again.
      const next = token !== undefined && token !== used ? token : freshToken();
      result = await attempt(method, url, wire, await next, requestOptions.signal);
    }
    const { response, body, text } = result;
    if (!response.ok) {
      throw historyApiErrorFromResponse(`${method} ${url}`, response.status, body, text);
    }
    const page = decodeHistoryApiResponse(body, logger);
    if (!page) {
      throw new HistoryApiError(
        `History API ${method} ${url} answered ${response.status} without a messages array`,
        { status: response.status, body: body ?? text },
      );
    }
    return page;
  };

  const client: HistoryApiClient = {
    getMessages,
    pages: (params: AnyParams, requestOptions: AnyOptions = {}) =>
      walkHistoryPages(params, (pageParams) => getMessages(pageParams, requestOptions)),
    messagesInRange: (
      params: HistoryApiRangeParams<AnyParams>,
      rangeOptions: HistoryApiRangeOptions & AnyOptions = {},
    ) =>
      walkHistoryRange(params, rangeOptions, (pageParams) =>
        walkHistoryPages(pageParams, (next) => getMessages(next, rangeOptions)),
      ),
  };
  return client;
}

function checkHost(host: string): string {
  let url: URL;
  try {
    url = new URL(host);
  } catch {
    throw new HistoryApiParameterError("host", `"${host}" is not a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new HistoryApiParameterError("host", `"${host}" is not an http(s) URL`);
  }
  return host.replace(/\/+$/, "");
}

function toQueryString(wire: HistoryApiWireParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(wire)) {
    if (value !== undefined) query.set(key, String(value));
  }
  return query.toString();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
