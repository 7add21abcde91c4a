import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../environment.js";
import { createKoreClient, type KoreClient } from "../kore-client.js";
import { settle, testBotInfo } from "../testing/client-harness.js";
import { createFakePlatform, type FakePlatform } from "../testing/fake-platform-fetch.js";
import { createFakeScheduler } from "../testing/fake-scheduler.js";
import { FakeWebSocket } from "../testing/fake-web-socket.js";
import { type HeadStart, startHeadStart } from "./head-start.js";

const apiHost = "https://platform.test";

describe("startHeadStart", () => {
  let platform: FakePlatform;
  let clients: KoreClient[];
  let jwtCalls: number;
  const getJWT = async () => {
    jwtCalls += 1;
    return `jwt-${jwtCalls}`;
  };
  const { clock, scheduler } = createFakeScheduler(Date.parse("2026-01-01T00:00:00Z"));

  beforeEach(() => {
    FakeWebSocket.reset();
    platform = createFakePlatform({ now: () => clock.now });
    clients = [];
    jwtCalls = 0;
  });
  afterEach(() => {
    for (const client of clients) client.close();
  });

  const headStartWith = (extra: { onSocketOpen?: () => void } = {}) =>
    startHeadStart({
      apiHost,
      botInfo: testBotInfo,
      jwt: getJWT(),
      fetch: platform.fetch,
      WebSocket: FakeWebSocket,
      ...extra,
    });

  // By default the host's first JWT is the one the head start used, as the embed's panel does.
  const clientOn = (headStart: HeadStart, clientJwt?: () => Promise<string>) => {
    let first = true;
    const client = createKoreClient({
      apiHost,
      botInfo: testBotInfo,
      getJWT:
        clientJwt ??
        (() => {
          if (!first) return getJWT();
          first = false;
          return Promise.resolve("jwt-1");
        }),
      fetch: headStart.fetch,
      WebSocket: headStart.WebSocket,
      scheduler,
      logger: silentLogger,
      outboxStorage: null,
      random: () => 0.5,
      networkSignals: { isOnline: () => true, subscribe: () => () => {} },
      meta: {},
    });
    clients.push(client);
    return client;
  };

  /** Holds every jwtgrant answer until the test releases it (by arrival order). */
  const holdGrants = (body: unknown) => {
    const held: Array<() => void> = [];
    platform.route("/jwtgrant", async () => {
      await new Promise<void>((resolve) => held.push(resolve));
      return { status: 200, body };
    });
    return { waiting: () => held.length, release: (index: number) => held[index]?.() };
  };

  it("grants, starts the RTM session and opens the socket before any client exists", async () => {
    let opened = 0;
    const headStart = headStartWith({ onSocketOpen: () => (opened += 1) });
    await settle();
    expect(platform.requestsTo("/jwtgrant")).toHaveLength(1);
    expect(platform.requestsTo("/jwtgrant")[0]?.body).toEqual({
      assertion: "jwt-1",
      botInfo: testBotInfo,
    });
    const [rtmStart] = platform.requestsTo("/rtm/start");
    expect(rtmStart?.headers["x-rtm-v"]).toBe("1");
    expect(rtmStart?.headers.authorization).toMatch(/^bearer token-/);
    const socket = FakeWebSocket.latest();
    expect(socket.protocols).toEqual(["x-rtm-v|1", "jwt|jwt-1", "nonce|nonce-1"]);
    let settled = false;
    void headStart.settled.then(() => {
      settled = true;
    });
    await settle();
    expect(settled).toBe(false);
    socket.open();
    expect(opened).toBe(1);
    expect(headStart.socketWaiting).toBe(true);
    await settle();
    expect(settled).toBe(true);
  });

  it("hands the client its requests' answers and the open socket, with the frames received meanwhile", async () => {
    const headStart = headStartWith();
    await settle();
    const socket = FakeWebSocket.latest();
    socket.open();
    socket.receive({
      type: "bot_response",
      from: "bot",
      message: [
        {
          type: "text",
          component: { type: "text", payload: { text: "early" } },
          cInfo: { body: "early" },
        },
      ],
      createdOn: "2026-01-01T00:00:00Z",
      timeMillis: 1,
      messageId: "ms-early",
    });

    const client = clientOn(headStart);
    const statuses: string[] = [];
    const texts: unknown[] = [];
    client.on("status", (change) => statuses.push(change.status));
    client.on("bot_response", (turn) => texts.push(turn.messageId));
    client.connect();
    await settle();

    expect(statuses).toEqual(["connecting", "open"]);
    expect(texts).toEqual(["ms-early"]);
    expect(headStart.socketWaiting).toBe(false);
    // Nothing asked twice: one JWT, one grant, one rtm/start, one socket.
    expect(jwtCalls).toBe(1);
    expect(platform.requestsTo("/jwtgrant")).toHaveLength(1);
    expect(platform.requestsTo("/rtm/start")).toHaveLength(1);
    expect(FakeWebSocket.instances).toHaveLength(1);
    // The client writes on it.
    client.send("hello");
    expect(socket.userMessages().map((frame) => frame.message.body)).toEqual(["hello"]);
  });

  it("forwards the open event when the client takes a socket that is still connecting", async () => {
    const headStart = headStartWith();
    await settle();
    const client = clientOn(headStart);
    const statuses: string[] = [];
    client.on("status", (change) => statuses.push(change.status));
    client.connect();
    await settle();
    expect(statuses).toEqual(["connecting"]);
    FakeWebSocket.latest().open();
    expect(statuses).toEqual(["connecting", "open"]);
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it("gives a refused grant to the client, whose own rule asks the host for a fresh JWT", async () => {
    platform.failNext("/jwtgrant", { status: 401, body: { errors: [{ msg: "bad jwt" }] } });
    const headStart = headStartWith();
    await settle();
    expect(platform.requestsTo("/rtm/start")).toHaveLength(0);
    expect(FakeWebSocket.instances).toHaveLength(0);
    // It has done what it can: whoever waits for it goes on.
    await expect(headStart.settled).resolves.toBeUndefined();

    const client = clientOn(headStart);
    client.connect();
    await settle();
    expect(platform.requestsTo("/jwtgrant").map((request) => request.body)).toEqual([
      { assertion: "jwt-1", botInfo: testBotInfo },
      { assertion: "jwt-2", botInfo: testBotInfo },
    ]);
    expect(platform.requestsTo("/rtm/start")).toHaveLength(1);
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it("replays a socket that closed before the client took it, and the client reconnects", async () => {
    const headStart = headStartWith();
    await settle();
    const early = FakeWebSocket.latest();
    early.open();
    early.drop(1006);

    const client = clientOn(headStart);
    const statuses: string[] = [];
    client.on("status", (change) => statuses.push(change.status));
    client.connect();
    await settle();
    expect(statuses).toEqual(["connecting", "open", "reconnecting"]);
    clock.tick(2_000);
    await settle();
    expect(platform.requestsTo("/rtm/start")).toHaveLength(2);
    expect(FakeWebSocket.instances).toHaveLength(2);
    expect(FakeWebSocket.latest().url).toContain("isReconnect=true");
  });

  it("cancel() closes a socket no client took, and a later client connects on its own", async () => {
    const headStart = headStartWith();
    await settle();
    const early = FakeWebSocket.latest();
    early.open();
    headStart.cancel();
    expect(early.closedByClient).toEqual({ code: 1000 });
    expect(headStart.socketWaiting).toBe(false);

    const client = clientOn(headStart);
    client.connect();
    await settle();
    expect(platform.requestsTo("/rtm/start")).toHaveLength(2);
    expect(FakeWebSocket.instances).toHaveLength(2);
  });

  it("stops when the client asks for rtm/start first, so there is never a second socket", async () => {
    const grants = holdGrants({
      authorization: { accessToken: "t-1" },
      userInfo: { userId: "u-1" },
    });
    const headStart = headStartWith();
    await settle();
    // The client's own grant (another JWT, so not the head start's request) answers first…
    const client = clientOn(headStart, async () => "jwt-other");
    client.connect();
    await settle();
    expect(grants.waiting()).toBe(2);
    grants.release(1);
    await settle();
    expect(platform.requestsTo("/rtm/start")).toHaveLength(1);
    // … and the head start's, answered after, starts nothing more.
    grants.release(0);
    await settle();
    expect(platform.requestsTo("/rtm/start")).toHaveLength(1);
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it("rejects the client's request when its signal aborts before the answer", async () => {
    const grants = holdGrants({});
    const headStart = headStartWith();
    await settle();
    const controller = new AbortController();
    const asked = headStart.fetch(`${apiHost}/api/1.1/oAuth/token/jwtgrant`, {
      method: "POST",
      headers: { accept: "application/json", "content-type": "application/json" },
      body: JSON.stringify({ assertion: "jwt-1", botInfo: testBotInfo }),
      signal: controller.signal,
    });
    controller.abort(new Error("timed out"));
    await expect(asked).rejects.toThrow("timed out");
    grants.release(0);
  });
});
