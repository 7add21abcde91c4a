import { afterEach, describe, expect, it } from "vitest";
import { malformedFrames } from "./fault-controls.js";
import type { SimulatorHandle } from "./simulator.js";
import { startSimulator } from "./simulator.js";
import type { TestSocket } from "./test-support/rtm-test-client.js";
import {
  connectUser,
  field,
  grant,
  isType,
  postJson,
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

describe("socket faults", () => {
  it("drops sockets abruptly, optionally for one user", async () => {
    simulator = await startSimulator();
    const alice = await connect("alice");
    const bob = await connect("bob");
    expect(simulator.faults.dropSockets({ userId: simulator.userIdFor("alice") })).toBe(1);
    expect(await alice.socket.closed).toBe(1006);
    expect(simulator.openSocketCount("alice")).toBe(0);
    expect(simulator.openSocketCount("bob")).toBe(1);
    expect(simulator.faults.dropSockets()).toBe(1);
    expect(await bob.socket.closed).toBe(1006);
  });

  it("sends the malformed batch and keeps serving afterwards", async () => {
    simulator = await startSimulator();
    const alice = await connect("alice");
    const second = await connect("alice");
    expect(simulator.faults.sendMalformedFrames({ userId: alice.userId })).toBe(
      malformedFrames.length * 2,
    );
    await alice.socket.waitFor((frame) => typeof frame === "string" && frame.length > 1_000_000);
    expect(withoutSessionFrames(alice.socket.frames)).toHaveLength(1 + malformedFrames.length);
    expect(withoutSessionFrames(alice.socket.frames)[1]).toBe(malformedFrames[0]);
    alice.socket.send(userMessage(simulator, 1, "still there?"));
    await alice.socket.waitFor((frame) => isType(frame, "bot_response"));
    await second.socket.waitFor((frame) => isType(frame, "bot_response"));
  });

  it("silences sockets: no pong, no ack, incoming frames dropped, until un-silenced", async () => {
    simulator = await startSimulator({ botReplyDelayMs: 0 });
    const { socket } = await connect("alice");
    simulator.faults.silenceSockets(true);
    socket.send({ type: "ping" });
    socket.send(userMessage(simulator, 1, "into the void"));
    await sleep(150);
    expect(withoutSessionFrames(socket.frames)).toEqual([{ type: "hello" }]);
    expect(simulator.received).toEqual([]);
    expect(simulator.openSocketCount("alice")).toBe(1);
    simulator.faults.silenceSockets(false);
    socket.send({ type: "ping" });
    await socket.waitFor((frame) => isType(frame, "pong"));
  });

  it("delays acks", async () => {
    simulator = await startSimulator({ botReplyDelayMs: 0 });
    const { socket } = await connect("alice");
    simulator.faults.setAckDelay(200);
    const sentAt = Date.now();
    socket.send(userMessage(simulator, 1, "slow"));
    await socket.waitFor((frame) => isType(frame, "ack"));
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(190);
  });

  it("drops the next acks but still answers", async () => {
    simulator = await startSimulator({ botReplyDelayMs: 0 });
    const { socket } = await connect("alice");
    simulator.faults.dropAcks(1);
    socket.send(userMessage(simulator, 1, "first"));
    await socket.waitFor((frame) => isType(frame, "bot_response"));
    socket.send(userMessage(simulator, 2, "second"));
    await socket.waitFor((frame) => isType(frame, "ack"));
    expect(socket.ofType("ack").map((ack) => ack.replyto)).toEqual([2]);
    // The client re-sends the unacked message: now it is acked, still recorded once.
    socket.send(userMessage(simulator, 1, "first"));
    await socket.waitFor((frame) => isType(frame, "ack") && field(frame, "replyto") === 1);
    expect(simulator.received.map((message) => message.clientMessageId)).toEqual([1, 2]);
  });

  it("refuses the next socket upgrades with the given status", async () => {
    simulator = await startSimulator();
    const { accessToken } = await grant(simulator, "alice");
    simulator.faults.failNext("socket", { status: 503, retryAfterSeconds: 1 });
    const url = await rtmStart(simulator, accessToken);
    await expect(Socket.open(url)).rejects.toThrow("HTTP 503 retry-after=1");
    // The refused upgrade did not consume the sid.
    sockets.push(await Socket.open(url));
  });

  it("clears faults on reset", async () => {
    simulator = await startSimulator();
    const { socket } = await connect("alice");
    simulator.faults.silenceSockets(true);
    simulator.faults.failNext("jwtgrant", { status: 500 });
    simulator.faults.reset();
    socket.send({ type: "ping" });
    await socket.waitFor((frame) => isType(frame, "pong"));
    await grant(simulator, "alice");
  });
});

describe("HTTP control API", () => {
  it("drives faults over HTTP", async () => {
    simulator = await startSimulator();
    const control = (name: string, body: unknown) =>
      postJson(`${simulator.url}/__simulator/faults/${name}`, body);
    expect(
      await control("fail-next", { endpoint: "jwtgrant", status: 429, retryAfterSeconds: 5 }),
    ).toMatchObject({ status: 200 });
    const assertion = await simulator.signUserJwt("alice");
    const limited = await postJson(`${simulator.url}/api/1.1/oAuth/token/jwtgrant`, {
      assertion,
      botInfo: simulator.bot,
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("5");
    expect((await control("fail-next", { endpoint: "nowhere", status: 500 })).status).toBe(400);
    expect((await control("fail-next", { endpoint: "history", status: 200 })).status).toBe(400);
    expect((await control("no-such-fault", {})).status).toBe(404);

    const { socket, userId } = await connect("alice");
    expect((await control("malformed-frames", { identity: "alice" })).body).toEqual({
      sent: malformedFrames.length,
    });
    expect((await control("silence-sockets", { silent: true })).body).toEqual({ silent: true });
    expect((await control("reset", {})).body).toEqual({ reset: true });
    expect((await control("ack-delay", { ms: 0 })).status).toBe(200);
    expect((await control("drop-acks", { count: 0 })).status).toBe(200);
    expect((await control("drop-sockets", { userId })).body).toEqual({ dropped: 1 });
    expect(await socket.closed).toBe(1006);
    expect((await control("expire-tokens", {})).body).toEqual({ expired: true });
  });

  it("exposes records and pushes bot turns over HTTP", async () => {
    simulator = await startSimulator();
    const { socket } = await connect("alice");
    socket.send(userMessage(simulator, 11, "hi"));
    await socket.waitFor((frame) => isType(frame, "bot_response"));
    const received = await (await fetch(`${simulator.url}/__simulator/received`)).json();
    expect(received).toMatchObject([{ clientMessageId: 11, body: "hi" }]);
    const urls = await (await fetch(`${simulator.url}/__simulator/socket-urls`)).json();
    expect(urls).toMatchObject([
      { used: true, isReconnect: false, claims: 1, userId: simulator.userIdFor("alice") },
    ]);
    await connect("bob");
    const urlsOf = async (identity: string) =>
      (await fetch(`${simulator.url}/__simulator/socket-urls?identity=${identity}`)).json();
    expect(await urlsOf("alice")).toHaveLength(1);
    expect(await urlsOf("bob")).toMatchObject([{ userId: simulator.userIdFor("bob") }]);
    const pushed = await postJson(`${simulator.url}/__simulator/push`, {
      identity: "alice",
      parts: [
        { type: "template", payload: { template_type: "button", text: "Pick", buttons: [] } },
      ],
    });
    const frame = await socket.waitFor(
      (candidate) =>
        isType(candidate, "bot_response") &&
        field(candidate, "messageId") === pushed.body.messageId,
    );
    expect(frame.message).toMatchObject([{ component: { type: "template" } }]);
    expect(
      (await postJson(`${simulator.url}/__simulator/push`, { identity: "alice", parts: [{}] }))
        .status,
    ).toBe(400);
    const history = await (
      await fetch(`${simulator.url}/__simulator/history?identity=alice`)
    ).json();
    expect(history).toHaveLength(3);
    expect(
      await (await fetch(`${simulator.url}/__simulator/sockets?identity=alice`)).json(),
    ).toEqual({ open: 1 });
  });
});
