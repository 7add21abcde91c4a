import { type SimulatorHandle, startSimulator } from "@kore-chat/simulator";
import {
  createKoreClient,
  type KoreClient,
  silentLogger,
  type WebSocketConstructor,
} from "@kore-chat/transport";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { type ChatStore, createChatStore } from "./create-chat-store.js";

// Real simulator, real transport, real sockets: the store as a page would use it.
let sim: SimulatorHandle;
const opened: Array<{ client: KoreClient; store: ChatStore }> = [];

beforeEach(async () => {
  sim = await startSimulator({ port: 0, botReplyDelayMs: 5 });
});
afterEach(async () => {
  for (const { client, store } of opened.splice(0)) {
    store.destroy();
    client.close();
  }
  await sim.close();
});

function openTab(identity: string) {
  const client = createKoreClient({
    apiHost: sim.url,
    botInfo: sim.bot,
    getJWT: () => sim.signUserJwt(identity),
    WebSocket: WebSocket as unknown as WebSocketConstructor,
    logger: silentLogger,
    backoff: { initialDelayMs: 50, maxDelayMs: 500 },
  });
  const store = createChatStore({ client });
  opened.push({ client, store });
  store.actions.connect();
  return store;
}

async function until(check: () => boolean, what: string) {
  const deadline = Date.now() + 8_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const bodies = (store: ChatStore) =>
  store.getState().messages.map((m) => {
    const part = m.parts[0];
    return `${m.author}:${part?.kind === "text" ? part.text : (part?.kind ?? "")}`;
  });
const count = (store: ChatStore, line: string) => bodies(store).filter((b) => b === line).length;

describe("store ↔ transport ↔ simulator", () => {
  it("shows one conversation in two tabs of one user, each message once, also after reloads", async () => {
    const tab1 = openTab("erin@example.com");
    const tab2 = openTab("erin@example.com");
    await until(
      () => tab1.getState().connection === "open" && tab2.getState().connection === "open",
      "open",
    );

    tab1.actions.send("hello from tab 1");
    await until(() => count(tab2, "bot:You said: hello from tab 1") === 1, "reply in tab 2");
    await until(() => count(tab1, "bot:You said: hello from tab 1") === 1, "reply in tab 1");
    expect(count(tab2, "user:hello from tab 1")).toBe(1);
    expect(tab1.getState().messages.find((m) => m.author === "user")?.status).toBe("delivered");

    const reloaded = openTab("erin@example.com");
    await until(() => bodies(reloaded).length >= 2, "history in a reloaded tab");
    expect(bodies(reloaded)).toEqual(["user:hello from tab 1", "bot:You said: hello from tab 1"]);
    await until(() => reloaded.getState().connection === "open", "reloaded tab open");
    // Reconnect in every tab: each refetches the newest page; nothing may double.
    sim.faults.dropSockets();
    for (const tab of [tab1, tab2, reloaded]) {
      await until(() => tab.getState().connection === "open", "reopened");
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const tab of [tab1, tab2, reloaded]) {
      expect(bodies(tab)).toEqual(["user:hello from tab 1", "bot:You said: hello from tab 1"]);
    }
  });

  it("delivers a message typed during an outage exactly once and recovers what was missed", async () => {
    const tab = openTab("frank@example.com");
    await until(() => tab.getState().connection === "open", "open");
    sim.faults.failNext("rtm/start", { status: 503, times: 3 });
    sim.faults.dropSockets();
    await until(() => tab.getState().connection !== "open", "outage noticed");
    const key = tab.actions.send("typed offline");
    expect(tab.getState().messages.find((m) => m.key === key)?.status).toBe("pending");
    sim.pushBotResponse("frank@example.com", "pushed while you were away");

    await until(
      () => tab.getState().messages.find((m) => m.key === key)?.status === "delivered",
      "delivered",
    );
    await until(() => count(tab, "bot:pushed while you were away") === 1, "missed turn recovered");
    await until(() => count(tab, "bot:You said: typed offline") === 1, "reply");
    expect(count(tab, "user:typed offline")).toBe(1);
    expect(sim.received.filter((m) => m.body === "typed offline")).toHaveLength(1);
  });
});
