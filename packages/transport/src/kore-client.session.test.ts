import { describe, expect, it } from "vitest";
import { createClientHarness, settle, testBotInfo } from "./testing/client-harness.js";
import { FakeWebSocket } from "./testing/fake-web-socket.js";

describe("createKoreClient: the secure handshake (PROTOCOL.md §7)", () => {
  it("asks with x-rtm-v: 1 and opens the socket with the three subprotocols", async () => {
    const h = createClientHarness();
    const socket = await h.connectAndOpen();
    const [start] = h.platform.requestsTo("/rtm/start");
    expect(start?.headers["x-rtm-v"]).toBe("1");
    // The JWT is the one exchanged at jwtgrant, the nonce the one rtm/start answered.
    expect(socket.protocols).toEqual(["x-rtm-v|1", "jwt|jwt-1", "nonce|nonce-1"]);
    expect(h.client.status).toBe("open");
  });

  it("opens a plain socket when an older platform answers no nonce", async () => {
    const h = createClientHarness();
    h.platform.route("/rtm/start", () => ({
      status: 200,
      body: { url: "wss://rtm.test/rtm/bot?sid=old", nonce: 42 },
    }));
    const socket = await h.connectAndOpen();
    expect(socket.protocols).toBeUndefined();
    expect(socket.url).toBe("wss://rtm.test/rtm/bot?sid=old");
  });

  it("sends no header and no subprotocols with secureRtm: false", async () => {
    const h = createClientHarness({ secureRtm: false });
    const socket = await h.connectAndOpen();
    expect(h.platform.requestsTo("/rtm/start")[0]?.headers["x-rtm-v"]).toBeUndefined();
    expect(socket.protocols).toBeUndefined();
  });

  it("uses each reconnect's own nonce and the JWT behind the current token", async () => {
    const h = createClientHarness();
    const first = await h.connectAndOpen();
    first.drop();
    await h.advance(2_000);
    const second = FakeWebSocket.latest();
    expect(second).not.toBe(first);
    expect(second.protocols).toEqual(["x-rtm-v|1", "jwt|jwt-1", "nonce|nonce-2"]);
  });
});

describe("createKoreClient: connection mode", () => {
  it("adds ConnectionMode to the socket URL, and ConnectionMode=Reconnect on reconnects", async () => {
    const h = createClientHarness({ connectionMode: "Start_New_Resume_Agent" });
    const first = await h.connectAndOpen();
    expect(new URL(first.url).searchParams.get("ConnectionMode")).toBe("Start_New_Resume_Agent");
    first.drop();
    await h.advance(2_000);
    const second = new URL(FakeWebSocket.latest().url);
    expect(second.searchParams.get("ConnectionMode")).toBe("Reconnect");
    expect(second.searchParams.has("isReconnect")).toBe(false);
  });

  it("without a mode, reconnects say isReconnect=true and no ConnectionMode", async () => {
    const h = createClientHarness();
    const first = await h.connectAndOpen();
    expect(new URL(first.url).searchParams.has("ConnectionMode")).toBe(false);
    first.drop();
    await h.advance(2_000);
    const second = new URL(FakeWebSocket.latest().url);
    expect(second.searchParams.get("isReconnect")).toBe("true");
    expect(second.searchParams.has("ConnectionMode")).toBe(false);
  });
});

describe("createKoreClient: customData and metaTags", () => {
  it("sends the host's customData and metaTags in every message frame's botInfo", async () => {
    const botInfo = {
      ...testBotInfo,
      customData: { plan: "gold", userName: "Ada" },
      metaTags: { messageLevelTags: [{ name: "page", value: "pricing" }] },
    };
    const h = createClientHarness({ botInfo });
    const socket = await h.connectAndOpen();
    h.client.send("one");
    h.client.send("two");
    h.client.sendEvent({ event: "typing" });
    const frames = socket.sent.filter(
      (frame) => (frame as { type?: unknown }).type !== "ping",
    ) as Array<{ botInfo: unknown }>;
    expect(frames).toHaveLength(3);
    for (const frame of frames) expect(frame.botInfo).toEqual(botInfo);
  });
});

describe("createKoreClient: session id", () => {
  it("reads the session from Session_Start and Bot_Active, ignoring a mistyped one", async () => {
    const h = createClientHarness();
    const socket = await h.connectAndOpen();
    expect(h.client.sessionId).toBeUndefined();
    socket.receive({ type: "Session_Start", sessionId: "s-1" });
    expect(h.client.sessionId).toBe("s-1");
    socket.receive({ type: "Bot_Active", recentSessionInfo: { isActive: true, sessionId: "s-2" } });
    expect(h.client.sessionId).toBe("s-2");
    socket.receive({ type: "Bot_Active", recentSessionInfo: { sessionId: 7 } });
    expect(h.client.sessionId).toBe("s-2");
    // The frame itself is still delivered.
    expect(h.emitted.filter((entry) => entry.event === "session")).toHaveLength(3);
  });
});

describe("createKoreClient: agent events (PROTOCOL.md §9)", () => {
  it("writes an event as a /bot.message with an empty message and a fresh id", async () => {
    const h = createClientHarness();
    const socket = await h.connectAndOpen();
    expect(h.client.sendEvent({ event: "typing" })).toBe(true);
    expect(
      h.client.sendEvent({ event: "message_read", messageId: "m-9", agentMessageId: "desk-9" }),
    ).toBe(true);
    const [typing, read] = socket.agentEvents();
    expect(typing).toMatchObject({
      resourceid: "/bot.message",
      botInfo: testBotInfo,
      message: { body: "", type: "" },
      event: "typing",
      client: "sdk",
    });
    expect(typing?.clientMessageId).toBe(typing?.id);
    expect(read).toMatchObject({
      event: "message_read",
      messageId: "m-9",
      agent_MessageId: "desk-9",
    });
    expect(read?.clientMessageId).not.toBe(typing?.clientMessageId);
    // Not a user message: nothing waits for an ack.
    expect(socket.userMessages()).toEqual([]);
  });

  it("is never queued while the socket is closed, nor re-sent after a reconnect", async () => {
    const h = createClientHarness();
    expect(h.client.sendEvent({ event: "typing" })).toBe(false);
    const socket = await h.connectAndOpen();
    expect(socket.agentEvents()).toEqual([]);
    h.client.sendEvent({ event: "stop_typing" });
    socket.drop();
    expect(h.client.sendEvent({ event: "typing" })).toBe(false);
    await h.advance(2_000);
    const next = FakeWebSocket.latest();
    next.open();
    await h.advance(25_000);
    expect(next.agentEvents()).toEqual([]);
    expect(h.statuses().at(-1)).toBe("open");
  });
});

describe("createKoreClient: ending the conversation", () => {
  it("sends /bot.closeConversationSession and forgets the session", async () => {
    const h = createClientHarness();
    expect(h.client.endConversation()).toBe(false);
    const socket = await h.connectAndOpen();
    socket.receive({ type: "Session_Start", sessionId: "s-1" });
    expect(h.client.endConversation()).toBe(true);
    const frame = socket.sent.at(-1) as Record<string, unknown>;
    expect(frame).toMatchObject({
      resourceid: "/bot.closeConversationSession",
      botInfo: testBotInfo,
    });
    expect(typeof frame.clientMessageId).toBe("number");
    expect(h.client.sessionId).toBeUndefined();
    // The next message is an ordinary one (the platform starts a new session for it).
    const id = h.client.send("hello again");
    expect(socket.userMessages().map((m) => m.clientMessageId)).toEqual([id]);
    await settle();
  });
});
