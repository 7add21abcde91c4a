import { type SimulatorHandle, startSimulator } from "@kore-chat/simulator";
import { afterEach, describe, expect, it } from "vitest";
import type { KoreClient, KoreClientEvents } from "./kore-client.js";
import type { KoreClientOptions } from "./kore-client-options.js";
import { simulatorClient } from "./testing/simulator-client.js";
import { waitFor } from "./testing/wait-for.js";

// PROTOCOL.md §§7–9 against the real simulator over real HTTP and WebSockets.
let sim: SimulatorHandle | undefined;
const clients: KoreClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await sim?.close();
  sim = undefined;
});

function connectAs(
  simulator: SimulatorHandle,
  identity: string,
  overrides: Partial<KoreClientOptions> = {},
) {
  const client = simulatorClient(simulator, identity, overrides);
  clients.push(client);
  const turns: KoreClientEvents["bot_response"][] = [];
  const events: KoreClientEvents["events"][] = [];
  client.on("bot_response", (turn) => turns.push(turn));
  client.on("events", (frame) => events.push(frame));
  client.connect();
  return { client, turns, events };
}

describe("the secure socket handshake", () => {
  it("connects with the three subprotocols, and the simulator in secure mode accepts it", async () => {
    sim = await startSimulator({ requireSecureRtm: true });
    const { client } = connectAs(sim, "secure@example.com");
    await waitFor(() => client.status === "open");
    const [open] = sim.socketOpens;
    expect(open).toMatchObject({ secure: true, accepted: true });
    expect(open?.protocols[0]).toBe("x-rtm-v|1");
    expect(open?.protocols[1]).toMatch(/^jwt\|ey/);
    expect(open?.protocols[2]).toMatch(/^nonce\|[0-9a-f]{32}$/);
    await waitFor(() => client.sessionId !== undefined);
  });

  it("without the handshake the simulator in secure mode refuses the socket", async () => {
    sim = await startSimulator({ requireSecureRtm: true });
    const { client } = connectAs(sim, "plain@example.com", { secureRtm: false });
    await waitFor(() => (sim?.socketOpens.length ?? 0) >= 2);
    expect(sim.socketOpens.every((open) => !open.accepted && !open.secure)).toBe(true);
    expect(client.status).not.toBe("open");
  });

  it("an older platform (no nonce) gets a plain socket, and it works", async () => {
    sim = await startSimulator();
    sim.faults.legacyRtm(true);
    const { client } = connectAs(sim, "legacy@example.com");
    await waitFor(() => client.status === "open");
    expect(sim.socketOpens[0]).toMatchObject({ protocols: [], secure: false, accepted: true });
  });
});

describe("sessions, customData and ending a conversation", () => {
  it("knows the session, sends customData/metaTags, and a new session follows the end", async () => {
    sim = await startSimulator({ botReplyDelayMs: 5 });
    const botInfo = { ...sim.bot, customData: { plan: "gold" }, metaTags: { userLevelTags: [] } };
    const { client } = connectAs(sim, "session@example.com", { botInfo });
    await waitFor(() => client.sessionId !== undefined);
    const first = client.sessionId;
    client.send("hello");
    await waitFor(() => (sim?.received.length ?? 0) === 1);
    expect(sim.received[0]?.botInfo).toEqual(botInfo);

    expect(client.endConversation()).toBe(true);
    await waitFor(() => (sim?.closedSessions.length ?? 0) === 1);
    expect(sim.closedSessions[0]?.sessionId).toBe(first);
    expect(client.sessionId).toBeUndefined();
    client.send("again");
    await waitFor(() => client.sessionId !== undefined);
    expect(client.sessionId).not.toBe(first);
  });
});

describe("agent events and the scripted agent", () => {
  it("the agent connects, answers, reads; the widget's events are recorded, never answered", async () => {
    sim = await startSimulator({ botReplyDelayMs: 5 });
    const { client, turns, events } = connectAs(sim, "agent@example.com");
    await waitFor(() => client.status === "open");
    client.send("talk to an agent");
    await waitFor(() => events.some((frame) => frame.message.type === "agent_connected"));
    await waitFor(() => turns.some((turn) => turn.author?.type === "AGENT"));
    const greeting = turns.find((turn) => turn.author?.type === "AGENT");
    expect(greeting?.author).toMatchObject({ firstName: "Maya", lastName: "Lopez" });
    expect(greeting?.agent_MessageId).toMatch(/^desk-/);

    expect(client.sendEvent({ event: "typing" })).toBe(true);
    const id = client.send("where is my order?");
    await waitFor(() =>
      events.some(
        (frame) => frame.message.type === "message_read" && frame.message.clientMessageId === id,
      ),
    );
    await waitFor(() => (sim?.receivedEvents.length ?? 0) >= 1);
    expect(sim.receivedEvents.map((event) => event.event)).toEqual(["typing"]);
    // The event was not taken for a user message.
    expect(sim.received.map((message) => message.body)).toEqual([
      "talk to an agent",
      "where is my order?",
    ]);

    expect(client.sendEvent({ event: "close_agent_chat" })).toBe(true);
    await waitFor(() => events.some((frame) => frame.message.type === "agent_disconnected"));
  });
});

describe("streamed answers", () => {
  it("streams one messageId in chunks, the last with endChunk, and history holds the whole", async () => {
    sim = await startSimulator({ botReplyDelayMs: 5, streamChunkDelayMs: 2 });
    const { client, turns } = connectAs(sim, "stream@example.com");
    await waitFor(() => client.status === "open");
    client.send("show streaming");
    await waitFor(() => turns.some((turn) => turn.endChunk === true));
    const chunks = turns.filter((turn) => turn.sM === true);
    expect(chunks.length).toBeGreaterThan(10);
    expect(new Set(chunks.map((turn) => turn.messageId)).size).toBe(1);
    const bodyOf = (cInfo: unknown) => (cInfo as { body?: string } | undefined)?.body ?? "";
    const text = chunks.map((turn) => bodyOf(turn.message[0]?.cInfo)).join("");
    const page = await client.fetchHistory();
    const row = page.messages.find((message) => message._id === chunks[0]?.messageId);
    expect(row?.components[0]?.data?.text).toBe(text);
    expect(text).toContain("| Frame | Carries |");
  });

  it("cutNextStream drops the socket half way; the client reconnects", async () => {
    sim = await startSimulator({ botReplyDelayMs: 5, streamChunkDelayMs: 2 });
    const { client, turns } = connectAs(sim, "cut@example.com");
    await waitFor(() => client.status === "open");
    sim.faults.cutNextStream();
    client.send("show streaming");
    await waitFor(() => client.status !== "open");
    await waitFor(() => client.status === "open");
    const chunks = turns.filter((turn) => turn.sM === true);
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.some((turn) => turn.endChunk === true)).toBe(false);
  });
});
