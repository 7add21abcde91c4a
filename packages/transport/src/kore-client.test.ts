import { describe, expect, it } from "vitest";
import { createClientHarness, settle, testBotInfo } from "./testing/client-harness.js";
import { FakeWebSocket } from "./testing/fake-web-socket.js";

const ack = (replyto: number, ok = true) => ({ type: "ack", ok, replyto, message: "delivered" });

describe("createKoreClient: connecting", () => {
  it("grants a token, asks rtm/start, and opens the returned URL", async () => {
    const h = createClientHarness();
    h.client.connect();
    expect(h.client.status).toBe("connecting");
    await settle();

    const [grant] = h.platform.requestsTo("/api/1.1/oAuth/token/jwtgrant");
    expect(grant?.method).toBe("POST");
    expect(grant?.body).toEqual({ assertion: "jwt-1", botInfo: testBotInfo });
    const [start] = h.platform.requestsTo("/api/1.1/rtm/start");
    expect(start?.headers.authorization).toMatch(/^bearer token-\d+$/);
    expect(start?.body).toEqual({ botInfo: testBotInfo });
    expect(h.client.userInfo?.userId).toBe("u-test");

    const socket = FakeWebSocket.latest();
    expect(socket.url).toBe("wss://rtm.test/rtm/bot?sid=sid-1");
    socket.open();
    expect(h.client.status).toBe("open");
    expect(h.statuses()).toEqual(["connecting", "open"]);
  });

  it("honours path overrides (e.g. the web SDK's unversioned paths)", async () => {
    const h = createClientHarness({
      paths: { jwtGrant: "/api/oAuth/token/jwtgrant", rtmStart: "/api/rtm/start" },
    });
    await h.connectAndOpen();
    expect(h.platform.requests.map((r) => r.url.pathname)).toEqual([
      "/api/oAuth/token/jwtgrant",
      "/api/rtm/start",
    ]);
  });
});

describe("createKoreClient: sending", () => {
  it("returns the id at once and sends a /bot.message frame with clientMessageId = id", async () => {
    const h = createClientHarness();
    const socket = await h.connectAndOpen();
    const id = h.client.send("Hello", { renderMsg: "Hello!" });
    expect(socket.userMessages()).toEqual([
      {
        clientMessageId: id,
        id,
        resourceid: "/bot.message",
        botInfo: testBotInfo,
        message: { body: "Hello", renderMsg: "Hello!", attachments: [] },
        client: "sdk",
        meta: { timezone: "Europe/Berlin", locale: "en-US" },
      },
    ]);
  });

  it("gives distinct ids to messages sent in the same millisecond", async () => {
    const h = createClientHarness();
    await h.connectAndOpen();
    const ids = [h.client.send("a"), h.client.send("b"), h.client.send("c")];
    expect(new Set(ids).size).toBe(3);
  });

  it("queues messages sent before the socket is open and sends them in order", async () => {
    const h = createClientHarness();
    const first = h.client.send("one");
    h.client.connect();
    const second = h.client.send("two");
    await settle();
    const socket = FakeWebSocket.latest();
    expect(socket.sent).toEqual([]);
    socket.open();
    expect(socket.userMessages().map((f) => f.clientMessageId)).toEqual([first, second]);
  });

  it("reports exactly one ack per message, ignoring a repeated ack", async () => {
    const h = createClientHarness();
    const socket = await h.connectAndOpen();
    const id = h.client.send("hi");
    socket.receive(ack(id));
    socket.receive(ack(id));
    expect(h.emitted.filter((e) => e.event === "ack")).toEqual([
      { event: "ack", payload: ack(id) },
    ]);
  });

  it("re-sends an unacknowledged message after a drop, with the same id, on a fresh URL", async () => {
    const h = createClientHarness();
    const first = await h.connectAndOpen();
    const acked = h.client.send("acked");
    const lost = h.client.send("lost in the drop");
    first.receive(ack(acked));
    first.drop();
    expect(h.client.status).toBe("reconnecting");

    await h.advance(1_000);
    const second = FakeWebSocket.latest();
    expect(second).not.toBe(first);
    expect(h.platform.requestsTo("/rtm/start")).toHaveLength(2);
    expect(second.url).toBe("wss://rtm.test/rtm/bot?sid=sid-2&isReconnect=true");
    second.open();
    expect(second.userMessages().map((f) => f.clientMessageId)).toEqual([lost]);
    second.receive(ack(lost));
    expect(h.emitted.filter((e) => e.event === "ack").map((e) => e.payload)).toEqual([
      ack(acked),
      ack(lost),
    ]);
    const reopened = h.emitted.findLast((e) => e.event === "status");
    expect(reopened?.payload).toMatchObject({ status: "open", reconnected: true });
  });

  it("treats a missing ack as a broken socket, then reports failure after the last attempt", async () => {
    const h = createClientHarness({ ackTimeoutMs: 5_000, maxSendAttempts: 2 });
    await h.connectAndOpen();
    const id = h.client.send("nobody answers");
    await h.advance(5_000);
    expect(FakeWebSocket.instances[0]?.closedByClient).toBeDefined();
    await h.advance(1_000);
    FakeWebSocket.latest().open();
    expect(
      FakeWebSocket.latest()
        .userMessages()
        .map((f) => f.clientMessageId),
    ).toEqual([id]);
    await h.advance(6_000);
    FakeWebSocket.latest().open();
    expect(h.emitted.filter((e) => e.event === "send_failed")).toEqual([
      {
        event: "send_failed",
        payload: { clientMessageId: id, reason: "not acknowledged after 2 attempts" },
      },
    ]);

    expect(h.client.retry(id)).toBe(true);
    expect(h.client.retry(id)).toBe(false);
    expect(
      FakeWebSocket.latest()
        .userMessages()
        .map((f) => f.clientMessageId),
    ).toEqual([id]);
    FakeWebSocket.latest().receive(ack(id));
    expect(h.emitted.filter((e) => e.event === "ack")).toHaveLength(1);
  });

  it("lets a message refused by the platform (ok: false) be retried", async () => {
    const h = createClientHarness();
    const socket = await h.connectAndOpen();
    const id = h.client.send("");
    socket.receive(ack(id, false));
    expect(h.emitted.filter((e) => e.event === "ack")[0]?.payload).toMatchObject({ ok: false });
    expect(h.client.retry(id)).toBe(true);
  });
});

describe("createKoreClient: staying connected", () => {
  it("pings every 30 s and reconnects a socket silent for two intervals", async () => {
    const h = createClientHarness();
    const socket = await h.connectAndOpen();
    await h.advance(30_000);
    expect(socket.pings()).toHaveLength(1);
    socket.receive({ type: "pong" });
    await h.advance(30_000);
    expect(socket.pings()).toHaveLength(2);
    expect(socket.closedByClient).toBeUndefined();
    await h.advance(30_000);
    expect(socket.closedByClient).toBeDefined();
    expect(h.client.status).toBe("reconnecting");
    await h.advance(1_000);
    expect(FakeWebSocket.instances).toHaveLength(2);
  });

  it("backs off exponentially with jitter while rtm/start fails, and resets after success", async () => {
    const h = createClientHarness();
    h.platform.failNext("/rtm/start", { status: 503 }, 4);
    h.client.connect();
    await h.advance(10_000);
    const gaps = (times: number[]) => times.slice(1).map((time, i) => time - (times[i] ?? 0));
    const startTimes = () => h.platform.requestsTo("/rtm/start").map((request) => request.at);
    // random() = 0.5 with 50 % jitter: three quarters of 500, 1000, 2000, 4000 ms (10 ms steps).
    const expected = [375, 750, 1_500, 3_000];
    gaps(startTimes()).forEach((gap, i) => {
      expect(Math.abs(gap - (expected[i] ?? 0))).toBeLessThanOrEqual(10);
    });
    expect(startTimes()).toHaveLength(5);
    FakeWebSocket.latest().open();
    const droppedAt = h.clock.now;
    FakeWebSocket.latest().drop();
    await h.advance(1_000);
    expect(Math.abs((startTimes().at(-1) ?? 0) - droppedAt - 375)).toBeLessThanOrEqual(10);
  });

  it("waits exactly as long as Retry-After says on HTTP 429", async () => {
    const h = createClientHarness();
    h.platform.failNext("/rtm/start", { status: 429, headers: { "retry-after": "7" } });
    h.client.connect();
    await h.advance(6_900);
    expect(h.platform.requestsTo("/rtm/start")).toHaveLength(1);
    await h.advance(200);
    expect(h.platform.requestsTo("/rtm/start")).toHaveLength(2);
  });

  it("reconnects at once when the browser comes back online, and waits while offline", async () => {
    const h = createClientHarness();
    const socket = await h.connectAndOpen();
    h.signals.online = false;
    socket.drop();
    await h.advance(60_000);
    expect(h.client.status).toBe("offline");
    expect(h.platform.requestsTo("/rtm/start")).toHaveLength(1);
    h.signals.fire("online");
    expect(h.client.status).toBe("reconnecting");
    await settle();
    expect(h.platform.requestsTo("/rtm/start")).toHaveLength(2);
  });

  it("skips the backoff wait when the page becomes visible again", async () => {
    const h = createClientHarness({ backoff: { initialDelayMs: 60_000 } });
    const socket = await h.connectAndOpen();
    socket.drop();
    await h.advance(1_000);
    expect(h.platform.requestsTo("/rtm/start")).toHaveLength(1);
    h.signals.fire("visible");
    await settle();
    expect(h.platform.requestsTo("/rtm/start")).toHaveLength(2);
  });

  it("probes an open socket when the page becomes visible, and replaces it if it is dead", async () => {
    const h = createClientHarness();
    const socket = await h.connectAndOpen();
    h.signals.fire("visible");
    expect(socket.pings()).toHaveLength(1);
    await h.advance(5_000);
    expect(socket.closedByClient).toBeDefined();
    await h.advance(1_000);
    expect(FakeWebSocket.instances).toHaveLength(2);
  });

  it("abandons a socket that does not open in time and asks for a fresh URL", async () => {
    const h = createClientHarness({ socketOpenTimeoutMs: 3_000 });
    h.client.connect();
    await h.advance(3_000);
    expect(FakeWebSocket.instances[0]?.closedByClient).toBeDefined();
    await h.advance(1_000);
    expect(h.platform.requestsTo("/rtm/start")).toHaveLength(2);
  });
});

describe("createKoreClient: tokens", () => {
  it("refreshes the access token before it expires, without touching the socket", async () => {
    const h = createClientHarness({ tokenLifetimeMs: 10 * 60_000 });
    const socket = await h.connectAndOpen();
    socket.autoPong = true;
    await h.advance(8 * 60_000);
    expect(h.platform.requestsTo("/jwtgrant")).toHaveLength(1);
    await h.advance(60_000 + 1_000);
    expect(h.platform.requestsTo("/jwtgrant")).toHaveLength(2);
    expect(socket.closedByClient).toBeUndefined();
    expect(h.client.status).toBe("open");
  });

  it("on a 401 from rtm/start, asks the host for a new JWT once and retries", async () => {
    const h = createClientHarness();
    h.platform.failNext("/rtm/start", { status: 401 });
    h.client.connect();
    await settle();
    expect(h.jwtCalls()).toBe(2);
    expect(
      h.platform.requestsTo("/jwtgrant").map((r) => (r.body as { assertion: string }).assertion),
    ).toEqual(["jwt-1", "jwt-2"]);
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it("fails with `jwt_rejected` when the platform refuses the JWT twice, failing queued messages", async () => {
    const h = createClientHarness();
    h.platform.failNext("/jwtgrant", { status: 401 }, 2);
    const id = h.client.send("queued");
    h.client.connect();
    await settle();
    expect(h.client.status).toBe("failed");
    const failed = h.emitted.find((e) => e.event === "status" && e.payload.status === "failed");
    expect(failed?.event === "status" && failed.payload.error?.code).toBe("jwt_rejected");
    expect(h.emitted.find((e) => e.event === "send_failed")?.payload).toMatchObject({
      clientMessageId: id,
    });
    await h.advance(120_000);
    expect(h.platform.requestsTo("/jwtgrant")).toHaveLength(2);
  });

  it("fails with `bot_not_found` on a 404 (a bad bot id cannot heal)", async () => {
    const h = createClientHarness();
    h.platform.failNext("/rtm/start", {
      status: 404,
      body: { errors: [{ msg: "Bot not found" }] },
    });
    h.client.connect();
    await settle();
    expect(h.client.status).toBe("failed");
    expect(h.emitted.find((e) => e.event === "error")?.payload.message).toContain("Bot not found");
  });

  it("gives up after the host failed to produce a JWT three times, and can be retried", async () => {
    let hostIsUp = false;
    const h = createClientHarness({
      getJWT: async () => {
        if (!hostIsUp) throw new Error("host backend down");
        return "jwt-ok";
      },
    });
    h.client.connect();
    await h.advance(30_000);
    expect(h.client.status).toBe("failed");
    expect(h.jwtCalls()).toBe(3);
    hostIsUp = true;
    h.client.connect();
    await settle();
    FakeWebSocket.latest().open();
    expect(h.client.status).toBe("open");
  });
});

describe("createKoreClient: frames", () => {
  it("emits typed events and survives malformed and unknown frames", async () => {
    const h = createClientHarness();
    const socket = await h.connectAndOpen();
    socket.receive("{oops");
    socket.receive("[]");
    socket.receive({ type: "bot_response", message: "not an array" });
    socket.receive({ type: "something_new" });
    socket.receive({
      type: "bot_response",
      messageId: "ms-1",
      message: [{ type: "text", cInfo: { body: "Hi" } }],
    });
    socket.receive({
      type: "user_message",
      from: "self",
      message: { body: "from my phone" },
      id: 7,
    });
    socket.receive({ type: "events", message: { type: "typing" } });
    socket.receive({ type: "Session_Start", sessionId: "s-1" });
    expect(h.emitted.filter((e) => e.event !== "status").map((e) => e.event)).toEqual([
      "bot_response",
      "user_message",
      "events",
      "session",
    ]);
    expect(h.client.status).toBe("open");
  });

  it("keeps working when a host listener throws", async () => {
    const h = createClientHarness();
    h.client.on("bot_response", () => {
      throw new Error("host bug");
    });
    const socket = await h.connectAndOpen();
    socket.receive({ type: "bot_response", message: [] });
    socket.receive({ type: "bot_response", message: [] });
    expect(h.emitted.filter((e) => e.event === "bot_response")).toHaveLength(2);
  });
});

describe("createKoreClient: closing", () => {
  it("closes the socket and stops retrying; unacknowledged messages wait for the next connect", async () => {
    const h = createClientHarness();
    const socket = await h.connectAndOpen();
    const id = h.client.send("in flight");
    h.client.close();
    expect(h.client.status).toBe("closed");
    expect(socket.closedByClient?.code).toBe(1000);
    const after = h.client.send("after close");
    await h.advance(120_000);
    expect(FakeWebSocket.instances).toHaveLength(1);
    expect(h.emitted.filter((e) => e.event === "send_failed")).toEqual([]);

    // Connected again (as React's StrictMode does at once): both go out, in order, same ids.
    h.client.connect();
    await settle();
    const next = FakeWebSocket.latest();
    next.open();
    expect(next.userMessages().map((frame) => frame.clientMessageId)).toEqual([id, after]);
  });
});

describe("createKoreClient: history", () => {
  it("GETs a page with botId, offset and limit, and skips unreadable rows", async () => {
    const h = createClientHarness();
    h.platform.route("/api/botmessages/rtm", () => ({
      status: 200,
      body: {
        total: 3,
        moreAvailable: true,
        messages: [
          { _id: "ms-1", type: "incoming", components: [{ cT: "text", data: { text: "Hi" } }] },
          { _id: 42, type: "incoming" },
          { _id: "ms-2", type: "outgoing", components: [{ cT: "text", data: { text: "Hello" } }] },
        ],
      },
    }));
    const page = await h.client.fetchHistory({ offset: 20, limit: 10 });
    const [request] = h.platform.requestsTo("/api/botmessages/rtm");
    expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({
      botId: "st-test",
      offset: "20",
      limit: "10",
    });
    expect(request?.headers.authorization).toMatch(/^bearer token-/);
    expect(page.messages.map((row) => row._id)).toEqual(["ms-1", "ms-2"]);
    expect(page).toMatchObject({ total: 3, moreAvailable: true, rejectedRows: 1 });
  });

  it("re-grants with a fresh JWT on a 401 and retries once", async () => {
    const h = createClientHarness();
    h.platform.route("/api/botmessages/rtm", () => ({ status: 200, body: { messages: [] } }));
    await h.client.fetchHistory();
    h.platform.failNext("/api/botmessages/rtm", { status: 401 });
    await h.client.fetchHistory();
    expect(h.platform.requestsTo("/jwtgrant")).toHaveLength(2);
    expect(h.platform.requestsTo("/api/botmessages/rtm")).toHaveLength(3);
  });
});
