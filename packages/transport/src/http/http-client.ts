import type { Scheduler } from "../environment.js";
import { KoreTransportError } from "../errors.js";
import { parseRetryAfter } from "./parse-retry-after.js";

export interface HttpRequest {
  readonly method: "GET" | "POST" | "PUT";
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number>>;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as `multipart/form-data` instead of `body` (uploads); fetch writes the boundary. */
  readonly form?: FormData;
  readonly accessToken?: string;
  /** Extra request headers, e.g. `x-rtm-v` for the secure socket handshake. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

export interface HttpClient {
  /** Sends a request and returns the parsed JSON body; throws `KoreTransportError` otherwise. */
  requestJson(request: HttpRequest): Promise<unknown>;
}

export interface HttpClientOptions {
  readonly apiHost: string;
  readonly fetch: typeof fetch;
  readonly scheduler: Scheduler;
  readonly timeoutMs: number;
}

function platformMessage(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { errors, message } = body as { errors?: unknown; message?: unknown };
  if (Array.isArray(errors)) {
    const first: unknown = errors[0];
    if (typeof first === "object" && first !== null) {
      const msg = (first as { msg?: unknown }).msg;
      if (typeof msg === "string") return msg;
    }
  }
  return typeof message === "string" ? message : undefined;
}

function codeForStatus(status: number) {
  if (status === 404) return "bot_not_found" as const;
  if (status === 403) return "forbidden" as const;
  if (status === 400 || status === 422) return "bad_request" as const;
  if (status === 413) return "too_large" as const;
  return "http" as const;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The transport's only door to `fetch`: JSON in and out, bearer auth, a
 * timeout per request, and platform errors turned into `KoreTransportError`
 * with the status and any `Retry-After`.
 *
 * @example
 * const http = createHttpClient({ apiHost, fetch, scheduler: systemScheduler, timeoutMs: 15_000 });
 * const body = await http.requestJson({ method: "POST", path: "/api/1.1/rtm/start", body: { botInfo }, accessToken });
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = options.apiHost.replace(/\/+$/, "");
  return {
    async requestJson(request) {
      const url = new URL(base + request.path);
      for (const [key, value] of Object.entries(request.query ?? {})) {
        url.searchParams.set(key, String(value));
      }
      const headers: Record<string, string> = { ...request.headers, accept: "application/json" };
      if (request.body !== undefined && request.form === undefined)
        headers["content-type"] = "application/json";
      if (request.accessToken !== undefined)
        headers.authorization = `bearer ${request.accessToken}`;

      const controller = new AbortController();
      const abort = () => controller.abort();
      request.signal?.addEventListener("abort", abort, { once: true });
      let timedOut = false;
      const timer = options.scheduler.setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, options.timeoutMs);
      try {
        const init: RequestInit = { method: request.method, headers, signal: controller.signal };
        if (request.form !== undefined) init.body = request.form;
        else if (request.body !== undefined) init.body = JSON.stringify(request.body);
        let response: Response;
        try {
          response = await options.fetch(url.toString(), init);
        } catch (error) {
          if (timedOut) {
            throw new KoreTransportError("timeout", `${request.path}: no answer in time`, {
              cause: error,
            });
          }
          if (request.signal?.aborted) throw error;
          throw new KoreTransportError("network", `${request.path}: network error`, {
            cause: error,
          });
        }
        const body = await readJson(response);
        if (!response.ok) {
          const retryAfterMs = parseRetryAfter(
            response.headers.get("retry-after"),
            options.scheduler.now(),
          );
          const detail = platformMessage(body);
          throw new KoreTransportError(
            codeForStatus(response.status),
            `${request.path} answered ${response.status}${detail === undefined ? "" : `: ${detail}`}`,
            retryAfterMs === undefined
              ? { status: response.status }
              : { status: response.status, retryAfterMs },
          );
        }
        return body;
      } finally {
        options.scheduler.clearTimeout(timer);
        request.signal?.removeEventListener("abort", abort);
      }
    },
  };
}
