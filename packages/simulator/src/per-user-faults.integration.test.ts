import { afterEach, describe, expect, it } from "vitest";
import type { SimulatorHandle } from "./simulator.js";
import { startSimulator } from "./simulator.js";
import type { TestSocket } from "./test-support/rtm-test-client.js";
import {
  connectUser,
  grant,
  isType,
  postJson,
  rtmStart,
  TestSocket as Socket,
  sleep,
  userMessage,
  withoutSessionFrames,
} from "./test-support/rtm-test-client.js";

// Parallel e2e workers share one simulator: a fault named for one user (`identity`) must reach
// that user's requests and sockets alone, and resetting it must leave everyone else's armed.

let simulator: SimulatorHandle;
const sockets: TestSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await simulator.close();
});

async function connect(identity: string) {
  const connected = await connectUser(simulator, identity);
  sockets.push(connected.socket);
  return connected;
}

const control = async (name: string, body: Record<string, unknown>) => {
  const answer = await postJson(`${simulator.url}/__simulator/faults/${name}`, body);
  expect(answer.status).toBe(200);
  return answer.body;
};

const historyStatus = async (accessToken: string) =>
  (
    await fetch(`${simulator.url}/api/botmessages/rtm?botId=${simulator.bot.taskBotId}`, {
      headers: { authorization: `bearer ${accessToken}` },
    })
  ).status;

/** Milliseconds from sending a message to its ack. */
async function ackTime(socket: TestSocket, id: number, body: string): Promise<number> {
  const sentAt = Date.now();
  socket.send(userMessage(simulator, id, body));
  await socket.waitFor(
    (frame) => isType(frame, "ack") && (frame as { replyto?: unknown }).replyto === id,
  );
  return Date.now() - sentAt;
}

describe("faults for one user", () => {
  it("fail jwtgrant, rtm/start, history and the socket upgrade of that user alone", async () => {
    simulator = await startSimulator();
    const alice = await grant(simulator, "alice");
    const bob = await grant(simulator, "bob");
    for (const endpoint of ["jwtgrant", "rtm/start", "history", "socket"]) {
      await control("fail-next", { endpoint, status: 503, times: 10, identity: "alice" });
    }
    // A socket URL issued before the fault, for the upgrade.
    await control("reset", { identity: "alice" });
    const aliceUrl = await rtmStart(simulator, alice.accessToken);
    for (const endpoint of ["jwtgrant", "rtm/start", "history", "socket"]) {
      await control("fail-next", { endpoint, status: 503, times: 10, identity: "alice" });
    }

    await expect(grant(simulator, "bob")).resolves.toMatchObject({ userId: bob.userId });
    const bobSocket = await Socket.open(await rtmStart(simulator, bob.accessToken));
    sockets.push(bobSocket);
    expect(await historyStatus(bob.accessToken)).toBe(200);

    await expect(grant(simulator, "alice")).rejects.toThrow("jwtgrant answered 503");
    await expect(rtmStart(simulator, alice.accessToken)).rejects.toThrow("rtm/start answered 503");
    expect(await historyStatus(alice.accessToken)).toBe(503);
    await expect(Socket.open(aliceUrl)).rejects.toThrow("HTTP 503");

    await control("reset", { identity: "alice" });
    await grant(simulator, "alice");
    expect(await historyStatus(alice.accessToken)).toBe(200);
    // The refused upgrade did not use the URL up.
    sockets.push(await Socket.open(aliceUrl));
  });

  it("delay, drop and silence that user's acks alone", async () => {
    simulator = await startSimulator({ botReplyDelayMs: 0 });
    const alice = await connect("alice");
    const bob = await connect("bob");

    await control("ack-delay", { ms: 400, identity: "alice" });
    expect(await ackTime(bob.socket, 1, "quick")).toBeLessThan(300);
    expect(await ackTime(alice.socket, 1, "slow")).toBeGreaterThanOrEqual(390);

    await control("drop-acks", { count: 1, identity: "alice" });
    await ackTime(bob.socket, 2, "acked");
    alice.socket.send(userMessage(simulator, 2, "never acked"));
    await alice.socket.waitFor(
      (frame) => isType(frame, "bot_response") && alice.socket.ofType("bot_response").length === 2,
    );
    expect(alice.socket.ofType("ack").map((ack) => ack.replyto)).toEqual([1]);

    await control("silence-sockets", { silent: true, identity: "alice" });
    alice.socket.send({ type: "ping" });
    bob.socket.send({ type: "ping" });
    await bob.socket.waitFor((frame) => isType(frame, "pong"));
    await sleep(100);
    expect(alice.socket.ofType("pong")).toEqual([]);

    // What each received, per user.
    const received = async (identity: string) =>
      (await (
        await fetch(`${simulator.url}/__simulator/received?identity=${identity}`)
      ).json()) as {
        body: string;
      }[];
    expect((await received("alice")).map((message) => message.body)).toEqual([
      "slow",
      "never acked",
    ]);
    expect((await received("bob")).map((message) => message.body)).toEqual(["quick", "acked"]);
  });

  it("expire that user's tokens and socket URLs alone", async () => {
    simulator = await startSimulator();
    const alice = await grant(simulator, "alice");
    const bob = await grant(simulator, "bob");
    await control("expire-tokens", { identity: "alice" });
    await expect(rtmStart(simulator, alice.accessToken)).rejects.toThrow("rtm/start answered 401");
    const fresh = await grant(simulator, "alice");

    await control("expire-socket-urls", { count: 1, identity: "alice" });
    const bobSocket = await Socket.open(await rtmStart(simulator, bob.accessToken));
    sockets.push(bobSocket);
    await expect(Socket.open(await rtmStart(simulator, fresh.accessToken))).rejects.toThrow(
      "HTTP 401",
    );
    sockets.push(await Socket.open(await rtmStart(simulator, fresh.accessToken)));
  });

  it("resets one user's faults and leaves the others' (and anyone's) armed", async () => {
    simulator = await startSimulator({ botReplyDelayMs: 0 });
    const alice = await connect("alice");
    const bob = await connect("bob");
    await control("ack-delay", { ms: 400, identity: "alice" });
    await control("ack-delay", { ms: 400, identity: "bob" });
    await control("fail-next", { endpoint: "rtm/start", status: 503, identity: "bob" });

    expect(await control("reset", { identity: "alice" })).toEqual({
      reset: true,
      userId: alice.userId,
    });
    expect(await ackTime(alice.socket, 1, "fast again")).toBeLessThan(300);
    expect(await ackTime(bob.socket, 1, "still slow")).toBeGreaterThanOrEqual(390);
    await expect(rtmStart(simulator, bob.accessToken)).rejects.toThrow("rtm/start answered 503");

    // Without a user, the reset clears every fault.
    await control("ack-delay", { ms: 400, identity: "bob" });
    await control("fail-next", { endpoint: "rtm/start", status: 503 });
    expect(await control("reset", {})).toEqual({ reset: true });
    expect(await ackTime(bob.socket, 2, "fast")).toBeLessThan(300);
    sockets.push(await Socket.open(await rtmStart(simulator, alice.accessToken)));
    expect(withoutSessionFrames(alice.socket.frames)[0]).toEqual({ type: "hello" });
  });

  it("takes a platform user id or an identity on the handle", async () => {
    simulator = await startSimulator();
    const alice = await grant(simulator, "alice");
    const bob = await grant(simulator, "bob");
    simulator.faults.failNext("rtm/start", { status: 429 }, { userId: "alice" });
    simulator.faults.expireTokens({ userId: bob.userId });
    await expect(rtmStart(simulator, alice.accessToken)).rejects.toThrow("rtm/start answered 429");
    await expect(rtmStart(simulator, bob.accessToken)).rejects.toThrow("rtm/start answered 401");
    await rtmStart(simulator, alice.accessToken);
  });
});
