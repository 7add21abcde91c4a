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

const control = (name: string, body: unknown) =>
  postJson(`${simulator.url}/__simulator/faults/${name}`, body);

describe("half-open sockets", () => {
  it("leaves the user's open sockets open but silent for good; new sockets are healthy", async () => {
    simulator = await startSimulator({ botReplyDelayMs: 0 });
    const alice = await connect("alice");
    const bob = await connect("bob");
    expect((await control("half-open-sockets", { identity: "alice" })).body).toEqual({
      halfOpen: 1,
    });

    alice.socket.send({ type: "ping" });
    alice.socket.send(userMessage(simulator, 1, "into the void"));
    bob.socket.send({ type: "ping" });
    await bob.socket.waitFor((frame) => isType(frame, "pong"));
    await sleep(100);
    expect(withoutSessionFrames(alice.socket.frames)).toEqual([{ type: "hello" }]);
    expect(simulator.received).toEqual([]);
    expect(simulator.openSocketCount("alice")).toBe(1);

    // A reset does not revive it: a half-open path stays dead. A new socket is fine.
    simulator.faults.reset();
    const again = await connect("alice");
    again.socket.send(userMessage(simulator, 1, "into the void"));
    await again.socket.waitFor((frame) => isType(frame, "ack"));
    alice.socket.send({ type: "ping" });
    await sleep(100);
    expect(withoutSessionFrames(alice.socket.frames)).toEqual([{ type: "hello" }]);
    expect(simulator.received.map((message) => message.body)).toEqual(["into the void"]);
  });
});

describe("socket URLs expired before use", () => {
  it("issues the next URLs already expired: the upgrade is refused, later URLs work", async () => {
    simulator = await startSimulator();
    const { accessToken } = await grant(simulator, "alice");
    expect((await control("expire-socket-urls", { count: 1 })).body).toEqual({
      expireSocketUrls: 1,
    });
    const expired = await rtmStart(simulator, accessToken);
    await expect(Socket.open(expired)).rejects.toThrow("HTTP 401");
    const fresh = await Socket.open(await rtmStart(simulator, accessToken));
    sockets.push(fresh);
    await fresh.waitFor((frame) => isType(frame, "hello"));
    expect(simulator.socketUrls.map((record) => record.used)).toEqual([false, true]);
    expect((await control("expire-socket-urls", { count: "2" })).status).toBe(400);
  });
});
