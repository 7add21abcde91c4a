import type { Scheduler } from "@kore-chat/transport";
import { createFakeScheduler } from "@kore-chat/transport/testing";
import type FakeTimers from "@sinonjs/fake-timers";
import { type InfiniteData, QueryClient } from "@tanstack/query-core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { type ChatStore, createChatStore } from "./create-chat-store.js";
import { historyQueryKey } from "./history/history-query-key.js";
import { driveQueryTimersWith, FakeKoreClient, historyPage } from "./testing/fake-kore-client.js";

const t0 = Date.parse("2026-03-01T10:00:00Z");
const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
};

let clock: FakeTimers.Clock;
let scheduler: Scheduler;
let client: FakeKoreClient;
let store: ChatStore;

beforeEach(() => {
  ({ clock, scheduler } = createFakeScheduler(t0));
  driveQueryTimersWith(scheduler);
  client = new FakeKoreClient();
});

const create = () => {
  store = createChatStore({ client, scheduler, historyPageSize: 2 });
  store.actions.connect();
  return store;
};
const texts = () =>
  store.getState().messages.map((m) => {
    const part = m.parts[0];
    return `${m.author}:${part?.kind === "text" ? part.text : part?.kind}`;
  });
const botTurn = (messageId: string, text: string, at = clock.now) => ({
  type: "bot_response" as const,
  messageId,
  createdOn: new Date(at).toISOString(),
  message: [
    { type: "text", component: { type: "text", payload: { text } }, cInfo: { body: text } },
  ],
});

describe("createChatStore", () => {
  it("shows a send as pending, delivered on ack, with the bot typing until its reply", () => {
    create();
    const key = store.actions.send("payload1", { renderMsg: "Button 1" });
    expect(client.sent).toEqual([{ id: Number(key), text: "payload1", renderMsg: "Button 1" }]);
    expect(store.getState().messages[0]).toMatchObject({
      key,
      status: "pending",
      body: "payload1",
    });
    expect(texts()).toEqual(["user:Button 1"]);
    expect(store.getState().botTyping).toBe(true);

    client.emit("ack", { type: "ack", ok: true, replyto: Number(key) });
    expect(store.getState().messages[0]?.status).toBe("delivered");
    client.emit("bot_response", botTurn("ms-1", "You chose payload1", clock.now + 5));
    expect(store.getState().botTyping).toBe(false);
    expect(texts()).toEqual(["user:Button 1", "bot:You chose payload1"]);
  });

  it("turns typing off by itself after 10 s, and keeps it on for wait_for_response", () => {
    create();
    store.actions.send("hi");
    clock.tick(9_999);
    expect(store.getState().botTyping).toBe(true);
    clock.tick(1);
    expect(store.getState().botTyping).toBe(false);
    client.emit("bot_response", {
      type: "bot_response",
      message: [
        {
          type: "text",
          component: {
            type: "template",
            payload: { type: "template", payload: { template_type: "wait_for_response" } },
          },
        },
      ],
    });
    expect(store.getState().botTyping).toBe(true);
    expect(store.getState().messages).toHaveLength(1);
  });

  it("marks a message failed with a retry that sends the same id again", () => {
    create();
    const key = store.actions.send("hello");
    client.emit("send_failed", {
      clientMessageId: Number(key),
      reason: "not acknowledged after 5 attempts",
    });
    expect(store.getState().messages[0]).toMatchObject({
      status: "failed",
      failureReason: "not acknowledged after 5 attempts",
    });
    expect(store.actions.retry(key)).toBe(true);
    expect(client.retried).toEqual([Number(key)]);
    expect(store.getState().messages[0]?.status).toBe("pending");
    expect(store.actions.retry(key)).toBe(false);
  });

  it("loads the newest history page at once and older pages on demand", async () => {
    client.answerHistory = async ({ offset }) =>
      offset === 0
        ? historyPage(
            [
              { id: "ms-4", type: "outgoing", text: "four", at: t0 - 1_000 },
              { id: "ms-3", type: "incoming", text: "three", at: t0 - 2_000 },
            ],
            true,
          )
        : historyPage([
            { id: "ms-2", type: "outgoing", text: "two", at: t0 - 3_000 },
            { id: "ms-1", type: "incoming", text: "one", at: t0 - 4_000 },
          ]);
    create();
    await settle();
    expect(texts()).toEqual(["user:three", "bot:four"]);
    expect(store.getState().history).toMatchObject({ status: "ready", hasMore: true });
    await store.actions.loadEarlier();
    expect(client.historyRequests).toEqual([
      { offset: 0, limit: 2 },
      { offset: 2, limit: 2 },
    ]);
    expect(texts()).toEqual(["user:one", "bot:two", "user:three", "bot:four"]);
    expect(store.getState().history.hasMore).toBe(false);
  });

  it("keeps a live event that arrives while the history request is in flight", async () => {
    let answer: (page: ReturnType<typeof historyPage>) => void = () => {};
    client.answerHistory = () => new Promise((resolve) => (answer = resolve));
    create();
    await settle(); // the request goes out once the user is known (jwtgrant)
    client.emit("bot_response", botTurn("ms-live", "arrived first"));
    answer(historyPage([{ id: "ms-old", type: "outgoing", text: "older", at: t0 - 60_000 }]));
    await settle();
    expect(texts()).toEqual(["bot:older", "bot:arrived first"]);
  });

  it("refetches the newest page after a reconnect and adds only what was missed", async () => {
    client.answerHistory = async () => historyPage([]);
    create();
    await settle();
    const key = store.actions.send("while flaky");
    client.emit("ack", { type: "ack", ok: true, replyto: Number(key) });
    client.answerHistory = async () =>
      historyPage([
        {
          id: "ms-missed",
          type: "outgoing",
          text: "sent while you were offline",
          at: clock.now + 2_000,
        },
        { id: "ms-mine", type: "incoming", text: "while flaky", at: clock.now + 100 },
      ]);
    client.emit("status", { status: "open", previous: "reconnecting", reconnected: true });
    await settle();
    expect(texts()).toEqual(["user:while flaky", "bot:sent while you were offline"]);
    expect(store.getState().messages[0]).toMatchObject({ key, platformId: "ms-mine" });
  });

  it("loads the first history page once open when it failed before (Retry after no JWT)", async () => {
    let failing = true;
    client.answerHistory = async () => {
      if (failing) throw new Error("the host could not provide a JWT");
      return historyPage([{ id: "ms-1", type: "outgoing", text: "welcome", at: t0 - 1_000 }], true);
    };
    create();
    for (const delay of [1_000, 2_000]) {
      await settle();
      clock.tick(delay);
    }
    await settle();
    expect(store.getState().history).toMatchObject({ status: "error", hasMore: false });
    failing = false;
    client.emit("status", { status: "open", previous: "connecting", reconnected: false });
    await settle();
    expect(texts()).toEqual(["bot:welcome"]);
    expect(store.getState().history).toMatchObject({ status: "ready", hasMore: true });
  });

  it("shows another session's message once, as the user's own", () => {
    create();
    const echo = {
      type: "user_message" as const,
      id: 77,
      from: "self",
      message: { body: "from my phone" },
    };
    client.emit("user_message", echo);
    client.emit("user_message", echo);
    expect(texts()).toEqual(["user:from my phone"]);
    expect(store.getState().messages[0]?.status).toBe("delivered");
  });

  it("keeps the connection status and the reason it failed", () => {
    create();
    client.emit("status", { status: "connecting", previous: "idle", reconnected: false });
    expect(store.getState().connection).toBe("connecting");
    const error = Object.assign(new Error("the platform rejected the host's JWT twice"), {
      code: "jwt_rejected",
    });
    client.emit("status", {
      status: "failed",
      previous: "connecting",
      reconnected: false,
      error: error as never,
    });
    expect(store.getState()).toMatchObject({ connection: "failed", connectionError: error });
  });

  it("stops listening once destroyed", () => {
    create();
    store.destroy();
    client.emit("bot_response", botTurn("ms-1", "too late"));
    expect(store.getState().messages).toEqual([]);
  });
});

describe("createChatStore: messages restored after a reload", () => {
  const restored = (clientMessageId: number, body: string, extra = {}) => ({
    clientMessageId,
    body,
    attachments: [],
    queuedAt: t0 - 60_000 + clientMessageId,
    failed: false,
    ...extra,
  });

  it("shows what the previous page left unacknowledged at once: pending, or failed with retry", () => {
    client.restoredMessages = [
      restored(1, "still waiting"),
      restored(2, "payload", { renderMsg: "The button", failed: true }),
    ];
    create();
    expect(store.getState().messages).toMatchObject([
      {
        key: "1",
        author: "user",
        status: "pending",
        parts: [{ kind: "text", text: "still waiting" }],
      },
      { key: "2", author: "user", status: "failed", parts: [{ kind: "text", text: "The button" }] },
    ]);
    expect(store.actions.retry("2")).toBe(true);
    expect(client.retried).toEqual([2]);
    client.emit("ack", { type: "ack", ok: true, replyto: 1 });
    expect(store.getState().messages[0]).toMatchObject({ key: "1", status: "delivered" });
    // A message sent now comes after them, whatever the clock says.
    const key = store.actions.send("new");
    expect(store.getState().messages.at(-1)?.key).toBe(key);
  });

  it("takes out restored messages the transport discarded (another user's)", () => {
    client.restoredMessages = [restored(1, "mine"), restored(2, "someone else's")];
    create();
    client.emit("discarded", [2]);
    expect(texts()).toEqual(["user:mine"]);
  });

  it("passes sensitive sends to the transport as such", () => {
    create();
    store.actions.send("hunter2", { renderMsg: "•••••••", sensitive: true });
    expect(client.sent).toMatchObject([{ text: "hunter2", renderMsg: "•••••••", sensitive: true }]);
  });
});

describe("createChatStore: the first history page and the socket", () => {
  const welcome = () =>
    historyPage([{ id: "ms-1", type: "outgoing", text: "welcome", at: t0 - 1_000 }], false);

  it("holds the first page while connecting, and draws it in the task after the socket opens", async () => {
    client.status = "connecting";
    client.answerHistory = async () => welcome();
    create();
    await settle();
    expect(texts()).toEqual([]); // drawing it now would delay the socket behind it
    client.emit("status", { status: "open", previous: "connecting", reconnected: false });
    expect(store.getState().connection).toBe("open"); // the status shows first…
    expect(texts()).toEqual([]);
    clock.tick(0);
    expect(texts()).toEqual(["bot:welcome"]); // …the page right after
  });

  it("draws the held page after firstPageHoldMs if the socket is slow", async () => {
    client.status = "connecting";
    client.answerHistory = async () => welcome();
    create();
    await settle();
    clock.tick(249);
    expect(texts()).toEqual([]);
    clock.tick(1);
    expect(texts()).toEqual(["bot:welcome"]);
  });

  it("draws the first page at once when the socket is already open (or failed, or offline)", async () => {
    client.status = "open";
    client.answerHistory = async () => welcome();
    create();
    await settle();
    expect(texts()).toEqual(["bot:welcome"]);
  });
});

describe("createChatStore: nothing before connect() or a subscriber", () => {
  const countIdentify = () => {
    let calls = 0;
    const identify = client.answerIdentify;
    client.answerIdentify = () => {
      calls += 1;
      return identify();
    };
    return () => calls;
  };

  it("constructing it asks nothing and starts no timer, connect() starts history", async () => {
    const identifyCalls = countIdentify();
    store = createChatStore({ client, scheduler, historyPageSize: 2 });
    await settle();
    expect(client.historyRequests).toEqual([]);
    expect(identifyCalls()).toBe(0);
    expect(client.connects).toBe(0);
    expect(clock.countTimers()).toBe(0);
    expect(store.getState().history.status).toBe("idle");
    store.actions.connect();
    await settle();
    expect(client.connects).toBe(1);
    expect(identifyCalls()).toBe(1);
    expect(client.historyRequests).toEqual([{ offset: 0, limit: 2 }]);
  });

  it("the first subscriber starts history, once", async () => {
    const identifyCalls = countIdentify();
    store = createChatStore({ client, scheduler, historyPageSize: 2 });
    await settle();
    expect(client.historyRequests).toEqual([]);
    const unsubscribe = store.subscribe(() => {});
    store.subscribe(() => {});
    await settle();
    expect(identifyCalls()).toBe(1);
    expect(client.historyRequests).toEqual([{ offset: 0, limit: 2 }]);
    expect(store.getState().history.status).toBe("ready");
    unsubscribe();
    store.actions.connect();
    await settle();
    expect(client.historyRequests).toHaveLength(1);
  });
});

describe("createChatStore: destroy()", () => {
  it("leaves no timer: neither the held first page's nor the typing indicator's", async () => {
    client.status = "connecting";
    client.answerHistory = async () =>
      historyPage([{ id: "ms-1", type: "outgoing", text: "welcome", at: t0 - 1_000 }]);
    create();
    await settle();
    store.actions.send("hi");
    expect(clock.countTimers()).toBe(2);
    store.destroy();
    expect(clock.countTimers()).toBe(0);
    expect(store.getState().botTyping).toBe(false);
    clock.tick(60_000);
    expect(texts()).toEqual(["user:hi"]); // the held page is not drawn after all
  });

  it("aborts the history request in flight", async () => {
    let answer: (page: ReturnType<typeof historyPage>) => void = () => {};
    client.answerHistory = () => new Promise((resolve) => (answer = resolve));
    create();
    await settle();
    expect(client.historySignals).toHaveLength(1);
    expect(client.historySignals[0]?.aborted).toBe(false);
    store.destroy();
    expect(client.historySignals[0]?.aborted).toBe(true);
    expect(clock.countTimers()).toBe(0);
    answer(historyPage([{ id: "ms-1", type: "outgoing", text: "too late", at: t0 - 1_000 }]));
    await settle();
    expect(texts()).toEqual([]);
  });
});

describe("createChatStore: the QueryClient", () => {
  const key = historyQueryKey("st-test", "u-me");
  const welcome = () =>
    historyPage([{ id: "ms-1", type: "outgoing", text: "welcome", at: t0 - 1_000 }], true);

  it("keeps the history in the host's QueryClient, which destroy() leaves as it is", async () => {
    const host = new QueryClient();
    client.answerHistory = async () => welcome();
    store = createChatStore({ client, scheduler, historyPageSize: 2, queryClient: host });
    store.actions.connect();
    await settle();
    const cached = host.getQueryData<InfiniteData<ReturnType<typeof historyPage>>>(key);
    expect(cached?.pages.map((page) => page.messages.map((row) => row._id))).toEqual([["ms-1"]]);
    store.destroy();
    expect(host.getQueryData(key)).toBe(cached);

    // A store made again on it (a remount) draws the cached page before any answer.
    client.answerHistory = () => new Promise(() => {});
    store = createChatStore({ client, scheduler, historyPageSize: 2, queryClient: host });
    store.actions.connect();
    await settle();
    expect(texts()).toEqual(["bot:welcome"]);
    expect(store.getState().history).toMatchObject({ status: "ready", hasMore: true });
    const revalidating = client.historySignals.at(-1);
    expect(revalidating?.aborted).toBe(false);
    store.destroy();
    expect(revalidating?.aborted).toBe(true); // the host's cache is not cleared, but it is cancelled
    expect(host.getQueryData(key)).toBe(cached);
    host.clear();
  });

  it("clears its own QueryClient on destroy()", async () => {
    const getQueryCache = vi.spyOn(QueryClient.prototype, "getQueryCache");
    try {
      client.answerHistory = async () => welcome();
      create();
      await settle();
      const own: unknown = getQueryCache.mock.contexts[0];
      if (!(own instanceof QueryClient)) throw new Error("the store made no QueryClient");
      expect(own.getQueryData(key)).toBeDefined();
      store.destroy();
      expect(own.getQueryData(key)).toBeUndefined();
      expect(own.getQueryCache().getAll()).toEqual([]);
    } finally {
      getQueryCache.mockRestore();
    }
  });
});
