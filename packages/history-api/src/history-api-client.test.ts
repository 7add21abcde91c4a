import { describe, expect, it, vi } from "vitest";
import { createHistoryApiClient } from "./history-api-client.js";
import { HistoryApiError, HistoryApiParameterError } from "./history-api-errors.js";
import type { HistoryApiMessage } from "./history-api-types.js";

interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

function fakeFetch(handler: (request: RecordedRequest) => Response | Promise<Response>) {
  const requests: RecordedRequest[] = [];
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const request = {
      url: String(input),
      method: init?.method ?? "GET",
      headers,
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    return handler(request);
  };
  return { fetch: fetchImpl as typeof fetch, requests };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const emptyPage = () => json({ total: 0, moreAvailable: false, messages: [] });
const row = (id: string, createdOn: string) => ({
  _id: id,
  type: "incoming",
  createdOn,
  timestampValue: Date.parse(createdOn),
  components: [{ _id: `cp-${id}`, cT: "text", data: { text: id }, thumbnails: [] }],
});
const silent = { warn: () => undefined };
const host = "https://bots.example.com";
const day = { dateFrom: "2024-01-01", dateTo: "2024-01-02" } as const;
const user = { userId: "u", ...day };

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe("createHistoryApiClient().getMessages", () => {
  it("sends the GET form: path with botId, parameters in the query, JWT in `auth`", async () => {
    const fake = fakeFetch(() =>
      json({
        total: 1,
        moreAvailable: false,
        icon: "https://x/icon.png",
        messages: [row("ms-1", "2019-04-01T13:25:58.515Z")],
        extra: 1,
      }),
    );
    const client = createHistoryApiClient({
      host: `${host}/`,
      botId: "st-1",
      jwt: "jwt-1",
      fetch: fake.fetch,
      logger: silent,
    });
    const page = await client.getMessages({
      userId: "u-1",
      skip: 10,
      limit: 10,
      channelType: "facebook",
      dateFrom: "2019-04-01",
      dateTo: "2019-04-05",
    });
    expect(fake.requests).toEqual([
      {
        url: `${host}/api/public/bot/st-1/getMessages?userId=u-1&skip=10&limit=10&dateFrom=2019-04-01&dateTo=2019-04-05&channelType=facebook`,
        method: "GET",
        headers: { auth: "jwt-1", accept: "application/json" },
        body: undefined,
      },
    ]);
    expect(page).toEqual({
      total: 1,
      moreAvailable: false,
      icon: "https://x/icon.png",
      messages: [row("ms-1", "2019-04-01T13:25:58.515Z")],
      receivedCount: 1,
    });
  });

  it("sends the POST form as JSON, on the bot's path or, without botId, the admin console's", async () => {
    const fake = fakeFetch(emptyPage);
    const tags = { and: [{ name: "plan", values: ["gold"], type: "session" as const }] };
    const body = { userId: "u-1", skip: 0, limit: 100, ...day, sessionId: ["s-1", "s-2"], tags };
    await createHistoryApiClient({ host, botId: "st-1", jwt: "j", fetch: fake.fetch }).getMessages(
      body,
      { method: "POST" },
    );
    await createHistoryApiClient({ host, jwt: "j", fetch: fake.fetch }).getMessages(
      { forward: true, ...day },
      { method: "POST" },
    );
    expect(fake.requests).toEqual([
      {
        url: `${host}/api/public/bot/st-1/getMessages`,
        method: "POST",
        headers: { auth: "j", accept: "application/json", "content-type": "application/json" },
        body,
      },
      {
        url: `${host}/api/public/getMessages`,
        method: "POST",
        headers: { auth: "j", accept: "application/json", "content-type": "application/json" },
        body: { forward: true, ...day },
      },
    ]);
  });

  it("checks parameters, host and botId before sending anything", async () => {
    const fake = fakeFetch(emptyPage);
    const client = createHistoryApiClient({ host, botId: "st-1", jwt: "j", fetch: fake.fetch });
    await expect(client.getMessages({ userId: "u-1", direction: 1 })).rejects.toMatchObject({
      name: "HistoryApiParameterError",
      parameter: "direction",
    });
    await expect(
      createHistoryApiClient({ host, jwt: "j", fetch: fake.fetch }).getMessages({
        ...user,
        userId: "u-1",
      }),
    ).rejects.toMatchObject({ parameter: "botId" });
    expect(() => createHistoryApiClient({ host: "bots.kore.ai", jwt: "j" })).toThrow(
      HistoryApiParameterError,
    );
    expect(() => createHistoryApiClient({ host: "ftp://bots.kore.ai", jwt: "j" })).toThrow(/host/);
    await expect(
      createHistoryApiClient({ host, botId: "b", jwt: "", fetch: fake.fetch }).getMessages(user),
    ).rejects.toMatchObject({ parameter: "auth" });
    expect(fake.requests).toHaveLength(0);
  });

  it("turns an HTTP error into HistoryApiError with the platform's errors[0]", async () => {
    const fake = fakeFetch(() =>
      json({ errors: [{ msg: "Date range should be less than 7 days", code: 400 }] }, 400),
    );
    const client = createHistoryApiClient({ host, botId: "st-1", jwt: "j", fetch: fake.fetch });
    const error = await client
      .getMessages({ ...user, userId: "u-1" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HistoryApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 400,
      platformMessage: "Date range should be less than 7 days",
    });
    expect(String((error as Error).message)).toContain(
      "answered 400: Date range should be less than 7 days",
    );
  });

  it("reports a non-JSON error body and a 2xx body without messages", async () => {
    const html = fakeFetch(() => new Response("<html>Bad gateway</html>", { status: 502 }));
    await expect(
      createHistoryApiClient({ host, botId: "b", jwt: "j", fetch: html.fetch }).getMessages(user),
    ).rejects.toMatchObject({
      status: 502,
      platformMessage: undefined,
      message: expect.stringContaining("<html>Bad gateway"),
    });
    const odd = fakeFetch(() => json({ total: 3 }));
    await expect(
      createHistoryApiClient({ host, botId: "b", jwt: "j", fetch: odd.fetch }).getMessages(user),
    ).rejects.toThrow(/without a messages array/);
  });

  it("on 401 asks getJWT for a new token and retries once", async () => {
    let issued = 0;
    const getJWT = vi.fn(async () => `jwt-${++issued}`);
    const fake = fakeFetch((request) =>
      request.headers.auth === "jwt-2" ? emptyPage() : json({ errors: [{ msg: "expired" }] }, 401),
    );
    const client = createHistoryApiClient({ host, botId: "b", getJWT, fetch: fake.fetch });
    await expect(client.getMessages(user)).resolves.toMatchObject({ messages: [] });
    await client.getMessages(user);
    expect(fake.requests.map((request) => request.headers.auth)).toEqual([
      "jwt-1",
      "jwt-2",
      "jwt-2",
    ]);
    expect(getJWT).toHaveBeenCalledTimes(2);
  });

  it("gives up after one retry, and never retries a fixed jwt", async () => {
    const fake = fakeFetch(() => json({ errors: [{ msg: "no scope" }] }, 401));
    const getJWT = vi.fn(() => "token");
    await expect(
      createHistoryApiClient({ host, botId: "b", getJWT, fetch: fake.fetch }).getMessages(user),
    ).rejects.toMatchObject({ status: 401, platformMessage: "no scope" });
    expect(fake.requests).toHaveLength(2);
    await expect(
      createHistoryApiClient({ host, botId: "b", jwt: "fixed", fetch: fake.fetch }).getMessages(
        user,
      ),
    ).rejects.toMatchObject({ status: 401 });
    expect(fake.requests).toHaveLength(3);
  });

  it("asks getJWT again after it failed", async () => {
    const getJWT = vi.fn().mockRejectedValueOnce(new Error("vault down")).mockResolvedValue("ok");
    const fake = fakeFetch(emptyPage);
    const client = createHistoryApiClient({ host, botId: "b", getJWT, fetch: fake.fetch });
    await expect(client.getMessages(user)).rejects.toThrow("vault down");
    await expect(client.getMessages(user)).resolves.toMatchObject({ total: 0 });
    expect(fake.requests[0]?.headers.auth).toBe("ok");
  });

  it("drops a malformed row with a warning and keeps the rest of the page", async () => {
    const good = row("ms-1", "2024-01-01T00:00:00.000Z");
    const fake = fakeFetch(() =>
      json({
        total: 3,
        moreAvailable: true,
        messages: [good, { _id: 7, createdOn: "x" }, { ...good, _id: "ms-2", isBB: "yes" }],
      }),
    );
    const warn = vi.fn();
    const page = await createHistoryApiClient({
      host,
      botId: "b",
      jwt: "j",
      fetch: fake.fetch,
      logger: { warn },
    }).getMessages(user);
    expect(page.messages).toEqual([good]);
    expect(page.receivedCount).toBe(3);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]?.[0]).toMatch(/row 1 \(_id: /);
    expect(warn.mock.calls[1]?.[0]).toMatch(/row 2 \(isBB: /);
  });

  it("fails a request that takes longer than timeoutMs, and rethrows the caller's abort", async () => {
    // Like the real fetch: never settles by itself, rejects with the signal's reason on abort.
    const fetchImpl = ((_input: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal;
        if (signal?.aborted) reject(signal.reason);
        signal?.addEventListener("abort", () => reject(signal.reason));
      })) as typeof fetch;
    const client = createHistoryApiClient({
      host,
      botId: "b",
      jwt: "j",
      fetch: fetchImpl,
      timeoutMs: 20,
    });
    await expect(client.getMessages(user)).rejects.toMatchObject({
      status: 0,
      message: expect.stringMatching(/timed out after 20 ms/),
    });
    const controller = new AbortController();
    const pending = client.getMessages(user, { signal: controller.signal });
    controller.abort(new Error("user cancelled"));
    await expect(pending).rejects.toThrow("user cancelled");
  });

  it("wraps a network failure", async () => {
    const fetchImpl = (() => Promise.reject(new TypeError("fetch failed"))) as typeof fetch;
    await expect(
      createHistoryApiClient({ host, botId: "b", jwt: "j", fetch: fetchImpl }).getMessages(user),
    ).rejects.toMatchObject({ name: "HistoryApiError", status: 0, cause: expect.any(TypeError) });
  });
});

describe("createHistoryApiClient().pages", () => {
  it("advances skip by the rows received while moreAvailable", async () => {
    const fake = fakeFetch((request) => {
      const skip = Number(new URL(request.url).searchParams.get("skip"));
      const messages =
        skip < 4
          ? [row(`ms-${skip}`, "2024-01-01T00:00:00Z"), { broken: true }]
          : [row("ms-last", "2024-01-01T00:00:00Z")];
      return json({ total: 5, moreAvailable: skip < 4, messages });
    });
    const client = createHistoryApiClient({
      host,
      botId: "b",
      jwt: "j",
      fetch: fake.fetch,
      logger: silent,
    });
    const pages = await collect(client.pages({ ...user, limit: 2 }));
    expect(pages.map((page) => page.messages.map((message) => message._id))).toEqual([
      ["ms-0"],
      ["ms-2"],
      ["ms-last"],
    ]);
    expect(fake.requests.map((request) => new URL(request.url).searchParams.get("skip"))).toEqual([
      "0",
      "2",
      "4",
    ]);
  });

  it("stops at an empty page even if moreAvailable says true, and keeps using offset", async () => {
    const fake = fakeFetch((request) => {
      const offset = (request.body as { offset: number }).offset;
      return json({
        total: 99,
        moreAvailable: true,
        messages: offset === 5 ? [row("ms-5", "2024-01-01T00:00:00Z")] : [],
      });
    });
    const client = createHistoryApiClient({ host, botId: "b", jwt: "j", fetch: fake.fetch });
    const pages = await collect(client.pages({ offset: 5, ...day }, { method: "POST" }));
    expect(pages).toHaveLength(2);
    expect(fake.requests.map((request) => request.body)).toEqual([
      { offset: 5, ...day },
      { offset: 6, ...day },
    ]);
  });
});

describe("createHistoryApiClient().messagesInRange", () => {
  // A tiny platform: newest first, inclusive bounds, skip/limit paging.
  function platform(rows: readonly ReturnType<typeof row>[]) {
    return fakeFetch((request) => {
      const query = new URL(request.url).searchParams;
      const from = Date.parse(query.get("dateFrom") ?? "");
      const to = Date.parse(query.get("dateTo") ?? "");
      if (!(to - from < 7 * 86_400_000)) return json({ errors: [{ msg: "window too long" }] }, 400);
      const inWindow = rows
        .filter((candidate) => candidate.timestampValue >= from && candidate.timestampValue <= to)
        .sort((a, b) => b.timestampValue - a.timestampValue);
      const skip = Number(query.get("skip") ?? 0);
      const limit = Number(query.get("limit") ?? 3);
      const messages = inWindow.slice(skip, skip + limit);
      return json({
        total: inWindow.length,
        moreAvailable: skip + limit < inWindow.length,
        messages,
      });
    });
  }

  it("walks every window and page, yielding each row once, oldest first", async () => {
    const day = (n: number, hh = "10") => `2024-01-${String(n).padStart(2, "0")}T${hh}:00:00.000Z`;
    const rows = [
      row("a", day(1)),
      row("b", day(2)),
      row("c", day(3)),
      row("d", day(3, "11")),
      row("e", day(6)),
      // Exactly on the first window's edge (2024-01-02T00:00:00Z with 1-day windows): in both windows.
      row("edge", "2024-01-02T00:00:00.000Z"),
      row("f", day(8)),
      row("g", day(9)),
      row("h", day(9, "23")),
    ];
    const fake = platform(rows);
    const progress: unknown[] = [];
    const client = createHistoryApiClient({ host, botId: "b", jwt: "j", fetch: fake.fetch });
    const yielded: HistoryApiMessage[] = await collect(
      client.messagesInRange(
        { userId: "u-1", dateFrom: "2024-01-01", dateTo: "2024-01-10", limit: 2 },
        { maxWindowMs: 86_400_000 * 3, onWindow: (window) => progress.push(window) },
      ),
    );
    expect(yielded.map((message) => message._id)).toEqual([
      "a",
      "edge",
      "b",
      "c",
      "d",
      "e",
      "f",
      "g",
      "h",
    ]);
    expect(progress).toEqual([
      {
        index: 0,
        windowCount: 3,
        dateFrom: "2024-01-01T00:00:00.000Z",
        dateTo: "2024-01-04T00:00:00.000Z",
        messageCount: 5,
        pageCount: 3,
      },
      {
        index: 1,
        windowCount: 3,
        dateFrom: "2024-01-04T00:00:00.000Z",
        dateTo: "2024-01-07T00:00:00.000Z",
        messageCount: 1,
        pageCount: 1,
      },
      {
        index: 2,
        windowCount: 3,
        dateFrom: "2024-01-07T00:00:00.000Z",
        dateTo: "2024-01-10T00:00:00.000Z",
        messageCount: 3,
        pageCount: 2,
      },
    ]);
    const first = new URL(fake.requests[0]?.url ?? "").searchParams;
    expect(Object.fromEntries(first)).toEqual({
      userId: "u-1",
      skip: "0",
      limit: "2",
      forward: "true",
      dateFrom: "2024-01-01T00:00:00.000Z",
      dateTo: "2024-01-04T00:00:00.000Z",
    });
  });

  it("de-duplicates a row repeated across a window edge", async () => {
    const edge = row("edge", "2024-01-02T00:00:00.000Z");
    const fake = platform([
      row("a", "2024-01-01T12:00:00.000Z"),
      edge,
      row("b", "2024-01-02T12:00:00.000Z"),
    ]);
    const client = createHistoryApiClient({ host, botId: "b", jwt: "j", fetch: fake.fetch });
    const ids = (
      await collect(
        client.messagesInRange(
          { userId: "u", dateFrom: "2024-01-01", dateTo: "2024-01-03" },
          { maxWindowMs: 86_400_000 },
        ),
      )
    ).map((message) => message._id);
    expect(ids).toEqual(["a", "edge", "b"]);
    expect(fake.requests).toHaveLength(2);
  });

  it("splits a long range into windows under 7 days by default", async () => {
    const fake = platform([]);
    const client = createHistoryApiClient({ host, botId: "b", jwt: "j", fetch: fake.fetch });
    await collect(
      client.messagesInRange({ userId: "u", dateFrom: "2024-01-01", dateTo: "2024-01-29" }),
    );
    expect(fake.requests).toHaveLength(5);
  });
});

describe("createHistoryApiClient() token refresh", () => {
  it("asks getJWT once when concurrent requests hit 401 on the same token", async () => {
    let issued = 0;
    const getJWT = vi.fn(async () => `jwt-${++issued}`);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fake = fakeFetch(async (request) => {
      if (request.headers.auth === "jwt-1") {
        await gate;
        return json({ errors: [{ msg: "expired" }] }, 401);
      }
      return emptyPage();
    });
    const client = createHistoryApiClient({ host, botId: "b", getJWT, fetch: fake.fetch });
    const both = Promise.all([client.getMessages(user), client.getMessages(user)]);
    await vi.waitFor(() => expect(fake.requests).toHaveLength(2));
    release();
    await both;
    expect(fake.requests.map((request) => request.headers.auth)).toEqual([
      "jwt-1",
      "jwt-1",
      "jwt-2",
      "jwt-2",
    ]);
    expect(getJWT).toHaveBeenCalledTimes(2);
  });
});
