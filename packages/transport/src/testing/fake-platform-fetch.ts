/**
 * A `fetch` double that answers the platform's HTTP endpoints from a script,
 * and records every request, for unit tests on fake time.
 */
export interface RecordedRequest {
  readonly url: URL;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  /** A `multipart/form-data` body (uploads). */
  readonly form?: FormData;
  /** Fake-clock time the request was made. */
  readonly at: number;
}

export type FakeAnswer = { status: number; body?: unknown; headers?: Record<string, string> };
export type FakeRoute = (request: RecordedRequest) => FakeAnswer | Promise<FakeAnswer>;

export interface FakePlatform {
  readonly fetch: typeof fetch;
  readonly requests: RecordedRequest[];
  /** Requests whose path ends with `suffix`. */
  requestsTo(suffix: string): RecordedRequest[];
  /** Answer requests whose path ends with `suffix` with `route` (the last one registered wins). */
  route(suffix: string, route: FakeRoute): void;
  /** The next `times` requests to `suffix` get `answer`; then the route answers again. */
  failNext(suffix: string, answer: FakeAnswer, times?: number): void;
}

let tokenCounter = 0;

export function createFakePlatform(options: {
  now: () => number;
  tokenLifetimeMs?: number;
}): FakePlatform {
  const requests: RecordedRequest[] = [];
  const routes = new Map<string, FakeRoute>();
  const failures = new Map<string, { answer: FakeAnswer; times: number }>();
  const lifetime = options.tokenLifetimeMs ?? 3_600_000;
  let socketCounter = 0;

  routes.set("/jwtgrant", () => {
    tokenCounter += 1;
    return {
      status: 200,
      body: {
        authorization: {
          accessToken: `token-${tokenCounter}`,
          token_type: "bearer",
          expiresDate: new Date(options.now() + lifetime).toISOString(),
          issuedDate: new Date(options.now()).toISOString(),
        },
        userInfo: { userId: "u-test", identity: "cs-test/alice" },
      },
    };
  });
  // Like the platform since 11.22: a nonce for a client that asks for the secure handshake.
  routes.set("/rtm/start", (request) => {
    socketCounter += 1;
    const url = `wss://rtm.test/rtm/bot?sid=sid-${socketCounter}`;
    const secure = request.headers["x-rtm-v"] === "1";
    return { status: 200, body: secure ? { url, nonce: `nonce-${socketCounter}` } : { url } };
  });

  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const headers = Object.fromEntries(
      Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [
        k.toLowerCase(),
        v,
      ]),
    );
    const request: RecordedRequest = {
      url,
      method: init?.method ?? "GET",
      headers,
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
      ...(init?.body instanceof FormData ? { form: init.body } : {}),
      at: options.now(),
    };
    requests.push(request);
    init?.signal?.throwIfAborted();
    for (const [suffix, failure] of failures) {
      if (url.pathname.endsWith(suffix) && failure.times > 0) {
        failure.times -= 1;
        return toResponse(failure.answer);
      }
    }
    for (const [suffix, route] of [...routes].reverse()) {
      if (url.pathname.endsWith(suffix)) return toResponse(await route(request));
    }
    return toResponse({ status: 404, body: { errors: [{ msg: "no route" }] } });
  };

  return {
    fetch: fakeFetch as typeof fetch,
    requests,
    requestsTo: (suffix) => requests.filter((request) => request.url.pathname.endsWith(suffix)),
    route: (suffix, route) => {
      routes.delete(suffix);
      routes.set(suffix, route);
    },
    failNext: (suffix, answer, times = 1) => {
      failures.set(suffix, { answer, times });
    },
  };
}

function toResponse(answer: FakeAnswer): Response {
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { "content-type": "application/json", ...answer.headers },
  });
}
