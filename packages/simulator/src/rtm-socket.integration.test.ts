import { afterEach, describe, expect, it } from "vitest";
import type { SimulatorHandle } from "./simulator.js";
import { startSimulator } from "./simulator.js";
import type { TestSocket } from "./test-support/rtm-test-client.js";
import {
  connectUser,
  grant,
  isType,
  rtmStart,
  TestSocket as Socket,
  sleep,
  userMessage,
  withoutSessionFrames,
} from "./test-support/rtm-test-client.js";

let simulator: SimulatorHandle;
const sockets: TestSocket[] = [];

async function connect(identity: string) {
  const connected = await connectUser(simulator, identity);
  sockets.push(connected.socket);
  return connected;
}

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await simulator.close();
});

describe("RTM socket", () => {
  it("says hello, acks a message and answers with a bot_response", async () => {
    simulator = await startSimulator();
    const { socket, userId } = await connect("alice");
    expect(socket.frames[0]).toEqual({ type: "hello" });
    socket.send(userMessage(simulator, 1001, "hello"));
    const ack = await socket.waitFor((frame) => isType(frame, "ack"));
    expect(ack).toEqual({ ok: true, replyto: 1001, message: "delivered", type: "ack" });
    const reply = await socket.waitFor((frame) => isType(frame, "bot_response"));
    expect(reply).toEqual({
      type: "bot_response",
      from: "bot",
      messageId: expect.stringMatching(/^ms-[0-9a-f-]{36}$/),
      message: [
        {
          type: "text",
          component: { type: "text", payload: { text: expect.stringMatching(/^Hello!/) } },
          cInfo: { body: expect.stringMatching(/^Hello!/) },
        },
      ],
      botInfo: simulator.bot,
      createdOn: expect.stringMatching(/Z$/),
      icon: `${simulator.url}/media/bot-icon.svg`,
      traceId: expect.any(String),
    });
    expect(socket.frames.indexOf(ack)).toBeLessThan(socket.frames.indexOf(reply));
    expect(simulator.received).toEqual([
      {
        userId,
        clientMessageId: 1001,
        body: "hello",
        receivedAt: expect.any(Number),
        socketSid: simulator.socketUrls[0]?.sid,
        botInfo: simulator.bot,
        handlingMs: expect.any(Number),
      },
    ]);
    expect(simulator.socketUrls[0]?.used).toBe(true);
    const icon = await fetch(reply.icon as string);
    expect(icon.headers.get("content-type")).toBe("image/svg+xml");
  });

  it("sends templates in the nested payload shape", async () => {
    simulator = await startSimulator({ botReplyDelayMs: 0 });
    const { socket } = await connect("alice");
    socket.send(userMessage(simulator, 5, "show quick_replies"));
    const reply = await socket.waitFor((frame) => isType(frame, "bot_response"));
    const [part] = reply.message as Array<{
      component: { payload: { payload: unknown } };
      cInfo: { body: string };
    }>;
    expect(part?.component).toMatchObject({
      type: "template",
      payload: { type: "template", payload: { template_type: "quick_replies" } },
    });
    expect(JSON.parse(part?.cInfo.body ?? "")).toEqual(part?.component.payload);
  });

  it("answers ping with pong and no ack", async () => {
    simulator = await startSimulator();
    const { socket } = await connect("alice");
    socket.send({
      type: "ping",
      resourceid: "/bot.message",
      botInfo: simulator.bot,
      client: "sdk",
    });
    await socket.waitFor((frame) => isType(frame, "pong"));
    await sleep(50);
    expect(socket.ofType("ack")).toEqual([]);
  });

  it("echoes a message to the user's other sockets but not the sender", async () => {
    simulator = await startSimulator();
    const first = await connect("alice");
    const second = await connect("alice");
    const stranger = await connect("bob");
    expect(simulator.openSocketCount("alice")).toBe(2);
    expect(simulator.openSocketCount()).toBe(3);
    first.socket.send(userMessage(simulator, 42, "from tab one"));
    const echo = await second.socket.waitFor((frame) => isType(frame, "user_message"));
    expect(echo).toEqual({
      botInfo: simulator.bot,
      from: "self",
      message: { body: "from tab one", attachments: [] },
      id: 42,
      type: "user_message",
    });
    const [senderReply, otherReply] = await Promise.all(
      [first, second].map(({ socket }) => socket.waitFor((frame) => isType(frame, "bot_response"))),
    );
    expect(senderReply?.messageId).toBe(otherReply?.messageId);
    expect(first.socket.ofType("user_message")).toEqual([]);
    expect(second.socket.ofType("ack")).toEqual([]);
    await sleep(50);
    expect(withoutSessionFrames(stranger.socket.frames)).toEqual([{ type: "hello" }]);
  });

  it("re-acks a duplicate clientMessageId without recording or answering it again", async () => {
    simulator = await startSimulator({ botReplyDelayMs: 10 });
    const { socket } = await connect("alice");
    socket.send(userMessage(simulator, 7, "once"));
    await socket.waitFor((frame) => isType(frame, "bot_response"));
    socket.send(userMessage(simulator, 7, "once"));
    await sleep(100);
    expect(socket.ofType("ack")).toHaveLength(2);
    expect(socket.ofType("bot_response")).toHaveLength(1);
    expect(simulator.received).toHaveLength(1);
    expect(simulator.history.rows("alice").map((row) => row.type)).toEqual([
      "incoming",
      "outgoing",
    ]);
  });

  it("refuses an empty message with ok:false", async () => {
    simulator = await startSimulator();
    const { socket } = await connect("alice");
    socket.send(userMessage(simulator, 3, ""));
    expect(await socket.waitFor((frame) => isType(frame, "ack"))).toMatchObject({
      ok: false,
      replyto: 3,
    });
    expect(simulator.received).toEqual([]);
  });

  it("acks closeConversationSession and ignores typing events", async () => {
    simulator = await startSimulator();
    const { socket } = await connect("alice");
    socket.send({
      event: "typing",
      message: { body: "", type: "" },
      resourceid: "/bot.message",
      botInfo: simulator.bot,
    });
    socket.send({
      clientMessageId: 77,
      resourceid: "/bot.closeConversationSession",
      botInfo: simulator.bot,
    });
    expect(await socket.waitFor((frame) => isType(frame, "ack"))).toMatchObject({
      ok: true,
      replyto: 77,
    });
    expect(socket.ofType("ack")).toHaveLength(1);
  });

  it("survives junk from a client", async () => {
    simulator = await startSimulator();
    const { socket } = await connect("alice");
    for (const junk of ["{", "[]", "null", "12", '{"resourceid":"/bot.message"}', '"str"'])
      socket.send(junk);
    socket.ws.send(Buffer.from([0xff, 0x00]), { binary: true });
    socket.send({ type: "ping" });
    await socket.waitFor((frame) => isType(frame, "pong"));
    expect(withoutSessionFrames(socket.frames)).toEqual([{ type: "hello" }, { type: "pong" }]);
  });

  it("refuses a reused sid with 401 and records isReconnect", async () => {
    simulator = await startSimulator();
    const { accessToken } = await grant(simulator, "alice");
    const url = await rtmStart(simulator, accessToken);
    const socket = await Socket.open(`${url}&isReconnect=true`);
    sockets.push(socket);
    expect(simulator.socketUrls[0]).toMatchObject({ used: true, isReconnect: true });
    await expect(Socket.open(url)).rejects.toThrow("HTTP 401");
    await expect(Socket.open(url.replace(/sid=.*/, "sid=unknown"))).rejects.toThrow("HTTP 401");
  });

  it("refuses an expired sid with 401", async () => {
    let time = Date.now();
    simulator = await startSimulator({ now: () => time });
    const { accessToken } = await grant(simulator, "alice");
    const url = await rtmStart(simulator, accessToken);
    time += 30_000;
    await expect(Socket.open(url)).rejects.toThrow("HTTP 401");
    expect(simulator.socketUrls[0]?.used).toBe(false);
  });

  it("pushes a server-initiated bot turn to every socket of the user and stores it", async () => {
    simulator = await startSimulator();
    const first = await connect("alice");
    const second = await connect("alice");
    const messageId = simulator.pushBotResponse("alice", [
      "Proactive hello",
      { type: "image", url: "https://example.com/x.png" },
    ]);
    for (const { socket } of [first, second]) {
      const frame = await socket.waitFor((candidate) => isType(candidate, "bot_response"));
      expect(frame.messageId).toBe(messageId);
      expect(frame.message).toHaveLength(2);
    }
    const [row] = simulator.history.rows(first.userId);
    expect(row?._id).toBe(messageId);
    expect(row?.components.map((component) => component.data.text)[0]).toBe("Proactive hello");
  });

  it("closes every socket on close()", async () => {
    simulator = await startSimulator();
    const { socket } = await connect("alice");
    await simulator.close();
    expect(await socket.closed).toBe(1006);
  });
});
