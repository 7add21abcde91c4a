import { createServer, type Socket } from "node:net";
import { type SimulatorHandle, startSimulator } from "@kore-chat/simulator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import type { KoreClient, KoreClientEvents } from "./kore-client.js";
import type { KoreClientOptions } from "./kore-client-options.js";
import { simulatorClient } from "./testing/simulator-client.js";
import { waitFor } from "./testing/wait-for.js";

// The real simulator over real HTTP and WebSockets, in Node; only timeouts are shortened.
let sim: SimulatorHandle;
const clients: KoreClient[] = [];

beforeEach(async () => {
  sim = await startSimulator({ port: 0, botReplyDelayMs: 5 });
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await sim.close();
});

interface Recorded {
  client: KoreClient;
  events: Array<
    {
      [K in keyof KoreClientEvents]: { event: K; payload: KoreClientEvents[K] };
    }[keyof KoreClientEvents]
  >;
  of<K extends keyof KoreClientEvents>(event: K): KoreClientEvents[K][];
}

function connectAs(identity: string, overrides: Partial<KoreClientOptions> = {}): Recorded {
  const client = simulatorClient(sim, identity, {
    backoff: { initialDelayMs: 50, maxDelayMs: 500 },
    ackTimeoutMs: 1_500,
    ...overrides,
  });
  clients.push(client);
  const events: Recorded["events"] = [];
  for (const event of ["status", "ack", "bot_response", "user_message", "send_failed"] as const) {
    client.on(event, (payload) => events.push({ event, payload } as Recorded["events"][number]));
  }
  client.connect();
  return {
    client,
    events,
    of: <K extends keyof KoreClientEvents>(event: K) =>
      events.flatMap((entry) =>
        entry.event === event ? [entry.payload as KoreClientEvents[K]] : [],
      ),
  };
}

const isOpen = (recorded: Recorded) => recorded.client.status === "open";
const textOf = (turn: KoreClientEvents["bot_response"]) =>
  turn.message.map((part) => (part.cInfo as { body?: string } | undefined)?.body ?? "").join(" ");

describe("transport ↔ simulator", () => {
  it("grants, starts and opens; send gets an ack and a bot reply", async () => {
    const alice = connectAs("alice@example.com");
    await waitFor(() => isOpen(alice), { what: "open" });
    expect(alice.client.userInfo?.userId).toBe(sim.userIdFor("alice@example.com"));

    const id = alice.client.send("hello");
    const [ack] = await waitFor(() => alice.of("ack").length > 0 && alice.of("ack"), {
      what: "ack",
    });
    expect(ack).toMatchObject({ ok: true, replyto: id });
    const [reply] = await waitFor(
      () => alice.of("bot_response").length > 0 && alice.of("bot_response"),
    );
    expect(reply?.messageId).toMatch(/^ms-/);
    expect(sim.received.map((m) => m.clientMessageId)).toEqual([id]);
  });

  it("shows one user's message in their other session as a user_message, once", async () => {
    const tab1 = connectAs("bob@example.com");
    const tab2 = connectAs("bob@example.com");
    const stranger = connectAs("carol@example.com");
    await waitFor(() => isOpen(tab1) && isOpen(tab2) && isOpen(stranger));

    const id = tab1.client.send("typed in tab 1");
    await waitFor(() => tab2.of("user_message").length > 0, { what: "echo" });
    await waitFor(() => tab2.of("bot_response").length > 0, { what: "reply in tab 2" });
    expect(tab2.of("user_message")).toEqual([
      expect.objectContaining({ id, message: expect.objectContaining({ body: "typed in tab 1" }) }),
    ]);
    expect(tab1.of("user_message")).toEqual([]);
    expect(stranger.of("user_message")).toEqual([]);
  });

  it("reconnects through a fresh rtm/start after a drop; a message sent meanwhile arrives once", async () => {
    const alice = connectAs("alice@example.com");
    await waitFor(() => isOpen(alice));
    expect(sim.faults.dropSockets()).toBe(1);
    await waitFor(() => alice.client.status !== "open", { what: "drop noticed" });
    const id = alice.client.send("sent during the outage");

    await waitFor(() => alice.of("ack").some((ack) => ack.replyto === id), {
      what: "ack after reconnect",
    });
    expect(sim.received.filter((m) => m.clientMessageId === id)).toHaveLength(1);
    expect(alice.of("ack").filter((ack) => ack.replyto === id)).toHaveLength(1);
    const urls = sim.socketUrls;
    expect(urls.length).toBeGreaterThanOrEqual(2);
    expect(new Set(urls.map((u) => u.sid)).size).toBe(urls.length);
    expect(urls.at(-1)?.isReconnect).toBe(true);
    expect(alice.of("status").at(-1)).toMatchObject({ status: "open", reconnected: true });
  });

  it("re-sends a message whose ack never came, and the platform records it once", async () => {
    const alice = connectAs("alice@example.com");
    await waitFor(() => isOpen(alice));
    sim.faults.dropAcks(1);
    const id = alice.client.send("my ack gets lost");
    await waitFor(() => alice.of("ack").some((ack) => ack.replyto === id), {
      what: "ack after the re-send",
      timeoutMs: 10_000,
    });
    expect(sim.received.filter((m) => m.clientMessageId === id)).toHaveLength(1);
    expect(alice.of("send_failed")).toEqual([]);
  });

  it("survives expired access tokens: re-grants and keeps the session", async () => {
    const alice = connectAs("alice@example.com");
    await waitFor(() => isOpen(alice));
    sim.faults.expireTokens();
    const history = await alice.client.fetchHistory({ limit: 5 });
    expect(history.messages).toBeDefined();
    sim.faults.dropSockets();
    await waitFor(() => alice.of("status").filter((s) => s.status === "open").length === 2, {
      what: "reopened with a new token",
    });
    const id = alice.client.send("still here");
    await waitFor(() => alice.of("ack").some((ack) => ack.replyto === id));
  });

  it("survives malformed frames and keeps talking", async () => {
    const alice = connectAs("alice@example.com");
    await waitFor(() => isOpen(alice));
    expect(sim.faults.sendMalformedFrames()).toBeGreaterThan(5);
    const id = alice.client.send("after the garbage");
    await waitFor(() => alice.of("ack").some((ack) => ack.replyto === id));
    expect(alice.client.status).toBe("open");
  });

  it("waits out a 429 from rtm/start as Retry-After says, and connects", async () => {
    sim.faults.failNext("rtm/start", { status: 429, retryAfterSeconds: 1 });
    const errors: KoreClientEvents["error"][] = [];
    const alice = connectAs("alice@example.com");
    alice.client.on("error", (error) => errors.push(error));
    await waitFor(() => isOpen(alice), { timeoutMs: 5_000 });
    // The delay itself is pinned on fake time in kore-client.test.ts; here, the real 429 was read.
    expect(errors.map((error) => [error.status, error.retryAfterMs])).toEqual([[429, 1_000]]);
    expect(sim.socketUrls).toHaveLength(1);
  });

  it("fails clearly for a bot that does not exist", async () => {
    const lost = connectAs("alice@example.com", {
      botInfo: { chatBot: "Nope", taskBotId: "st-does-not-exist" },
    });
    await waitFor(() => lost.client.status === "failed");
    expect(lost.of("status").at(-1)?.error?.code).toBe("bot_not_found");
  });

  it("loads history newest first, including the live turns", async () => {
    const alice = connectAs("dave@example.com");
    await waitFor(() => isOpen(alice));
    alice.client.send("first");
    await waitFor(() => alice.of("bot_response").length === 1);
    alice.client.send("second");
    await waitFor(() => alice.of("bot_response").length === 2);

    const page = await alice.client.fetchHistory({ offset: 0, limit: 3 });
    expect(page.moreAvailable).toBe(true);
    expect(page.messages.map((row) => row.type)).toEqual(["outgoing", "incoming", "outgoing"]);
    expect(page.messages[0]?._id).toBe(alice.of("bot_response")[1]?.messageId);
    expect(page.messages[1]?.components[0]?.data?.text).toBe("second");
    const rest = await alice.client.fetchHistory({ offset: 3, limit: 3 });
    expect(rest.messages.map((row) => row.components[0]?.data?.text)).toEqual(["first"]);
    expect(rest.moreAvailable).toBe(false);
    expect(textOf(alice.of("bot_response")[0] ?? { type: "bot_response", message: [] })).toContain(
      "first",
    );
  });
});

describe("closing while the socket is still connecting", () => {
  it("closes the client without an uncaught error from the half-made socket", async () => {
    // A network that takes the TCP connection and never answers the upgrade.
    const held: Socket[] = [];
    const stalled = createServer((connection) => held.push(connection));
    await new Promise<void>((resolve) => stalled.listen(0, "127.0.0.1", resolve));
    const { port } = stalled.address() as { port: number };
    const opened: WebSocket[] = [];
    class StalledWebSocket extends WebSocket {
      constructor(_url: string, protocols?: string[]) {
        super(`ws://127.0.0.1:${port}/rtm/bot`, protocols);
        opened.push(this);
      }
    }
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", record);
    try {
      const recorded = connectAs("erin@example.com", {
        WebSocket: StalledWebSocket as unknown as NonNullable<KoreClientOptions["WebSocket"]>,
      });
      await waitFor(() => held.length === 1 && opened[0]?.readyState === WebSocket.CONNECTING);
      recorded.client.close();
      await waitFor(() => uncaught.length > 0 || opened[0]?.readyState === WebSocket.CLOSED);
      expect(uncaught).toEqual([]);
      expect(recorded.client.status).toBe("closed");
    } finally {
      process.off("uncaughtException", record);
      for (const connection of held) connection.destroy();
      await new Promise((resolve) => stalled.close(resolve));
    }
  });
});
