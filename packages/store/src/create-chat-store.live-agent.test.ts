import { createFakeScheduler } from "@kore-chat/transport/testing";
import { describe, expect, it } from "vitest";
import { createChatStore } from "./create-chat-store.js";
import { FakeKoreClient } from "./testing/fake-kore-client.js";

// A live agent's turn (TEMPLATES.md §2 `live_agent`): the frame's `author` makes the message
// the agent's and names it.

const liveAgentPart = {
  type: "text",
  component: {
    type: "template",
    payload: { type: "template", payload: { template_type: "live_agent", text: "Hi, I'm Alex." } },
  },
};

function storeWithAgentTurn(author: unknown) {
  const { scheduler } = createFakeScheduler(Date.parse("2026-03-01T10:00:00Z"));
  const client = new FakeKoreClient();
  const store = createChatStore({ client, scheduler });
  client.emit("bot_response", {
    type: "bot_response",
    messageId: "ms-agent-1",
    message: [liveAgentPart],
    author: author as { type?: string },
  });
  return store.getState().messages;
}

describe("createChatStore: live agent turns", () => {
  it("keeps the agent's name from the frame's author", () => {
    const [message] = storeWithAgentTurn({ firstName: "Alex", lastName: "Agent", type: "AGENT" });
    expect(message).toMatchObject({
      author: "agent",
      authorName: "Alex Agent",
      parts: [{ kind: "template", templateType: "live_agent", fallbackText: "Hi, I'm Alex." }],
    });
  });

  it("has no name for a nameless agent or the bot", () => {
    const [agent] = storeWithAgentTurn({ type: "AGENT" });
    expect(agent?.author).toBe("agent");
    expect(agent && "authorName" in agent).toBe(false);
    const [bot] = storeWithAgentTurn({ firstName: "Demo", lastName: "Bot", type: "BOT" });
    expect(bot?.author).toBe("bot");
    expect(bot?.authorName).toBeUndefined();
  });

  it("shows the agent's own picture on the agent's message, never the bot's icon", () => {
    const { scheduler } = createFakeScheduler(Date.parse("2026-03-01T10:00:00Z"));
    const client = new FakeKoreClient();
    const store = createChatStore({ client, scheduler });
    const turn = (messageId: string, author: { type: string; profileIcon?: string }) =>
      client.emit("bot_response", {
        type: "bot_response",
        messageId,
        icon: "https://bot.test/bot.png",
        message: [liveAgentPart],
        author,
      });
    turn("ms-1", { type: "AGENT" });
    turn("ms-2", { type: "AGENT", profileIcon: "https://desk.test/maya.png" });
    turn("ms-3", { type: "BOT" });
    expect(store.getState().messages.map((message) => message.icon)).toEqual([
      undefined,
      "https://desk.test/maya.png",
      "https://bot.test/bot.png",
    ]);
  });
});

// ---- the signals the widget sends to a live agent, and the agent's state over a reload ----

interface Harness {
  client: FakeKoreClient;
  clock: ReturnType<typeof createFakeScheduler>["clock"];
  store: ReturnType<typeof createChatStore>;
  visibility: { visible: boolean; fire(): void };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function agentHarness(storage = memoryStorage()): Harness {
  const { clock, scheduler } = createFakeScheduler(Date.parse("2026-03-01T10:00:00Z"));
  const client = new FakeKoreClient();
  const listeners = new Set<() => void>();
  const visibility = {
    visible: true,
    fire: () => {
      for (const listener of listeners) listener();
    },
  };
  const store = createChatStore({
    client,
    scheduler,
    agentStorage: storage,
    pageVisibility: {
      isVisible: () => visibility.visible,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  });
  store.actions.connect();
  client.emit("status", { status: "open", previous: "connecting", reconnected: false });
  return { client, clock, store, visibility };
}

const maya = { id: "agent-maya", firstName: "Maya", lastName: "Lopez", type: "AGENT" };
const connectAgent = (h: Harness) =>
  h.client.emit("events", { type: "events", message: { type: "agent_connected", author: maya } });
const agentSays = (h: Harness, messageId: string, agentMessageId?: string) =>
  h.client.emit("bot_response", {
    type: "bot_response",
    messageId,
    author: maya,
    ...(agentMessageId === undefined ? {} : { agent_MessageId: agentMessageId }),
    message: [{ type: "text", component: { type: "text", payload: { text: "Hi" } } }],
  });

describe("createChatStore: typing signals to a live agent", () => {
  it("sends nothing while no agent is connected", () => {
    const h = agentHarness();
    h.store.actions.userTyping();
    h.clock.tick(1_000);
    expect(h.client.sentEvents).toEqual([]);
  });

  it("sends one typing per burst of keys and stop_typing after 500 ms without one", () => {
    const h = agentHarness();
    connectAgent(h);
    for (let i = 0; i < 5; i += 1) {
      h.store.actions.userTyping();
      h.clock.tick(100);
    }
    expect(h.client.sentEvents).toEqual([{ event: "typing" }]);
    h.clock.tick(399);
    expect(h.client.sentEvents).toHaveLength(1);
    h.clock.tick(1);
    expect(h.client.sentEvents).toEqual([{ event: "typing" }, { event: "stop_typing" }]);
    h.store.actions.userTyping();
    expect(h.client.sentEvents.at(-1)).toEqual({ event: "typing" });
  });

  it("sends stop_typing at once when the user sends", () => {
    const h = agentHarness();
    connectAgent(h);
    h.store.actions.userTyping();
    h.store.actions.send("hello");
    expect(h.client.sentEvents).toEqual([{ event: "typing" }, { event: "stop_typing" }]);
    h.clock.tick(1_000);
    expect(h.client.sentEvents).toHaveLength(2);
  });

  it("does not claim typing when the socket was closed (nothing to stop later)", () => {
    const h = agentHarness();
    connectAgent(h);
    h.client.status = "reconnecting";
    h.store.actions.userTyping();
    h.clock.tick(1_000);
    expect(h.client.sentEvents).toEqual([]);
  });
});

describe("createChatStore: receipts for a live agent's messages", () => {
  it("sends message_delivered and, on a visible page, message_read for each agent message once", () => {
    const h = agentHarness();
    connectAgent(h);
    agentSays(h, "ms-a1", "desk-1");
    agentSays(h, "ms-a1", "desk-1"); // re-delivered: no second receipt
    expect(h.client.sentEvents).toEqual([
      { event: "message_delivered", messageId: "ms-a1", agentMessageId: "desk-1" },
      { event: "message_read", messageId: "ms-a1", agentMessageId: "desk-1" },
    ]);
  });

  it("waits with message_read until the page is visible again", () => {
    const h = agentHarness();
    connectAgent(h);
    h.visibility.visible = false;
    agentSays(h, "ms-a1");
    agentSays(h, "ms-a2");
    expect(h.client.sentEvents.map((e) => e.event)).toEqual([
      "message_delivered",
      "message_delivered",
    ]);
    h.visibility.fire(); // still hidden
    expect(h.client.sentEvents).toHaveLength(2);
    h.visibility.visible = true;
    h.visibility.fire();
    expect(h.client.sentEvents.slice(2)).toEqual([
      { event: "message_read", messageId: "ms-a1", agentMessageId: undefined },
      { event: "message_read", messageId: "ms-a2", agentMessageId: undefined },
    ]);
  });

  it("sends no receipt for the bot's messages", () => {
    const h = agentHarness();
    h.client.emit("bot_response", {
      type: "bot_response",
      messageId: "ms-b",
      message: [{ type: "text", component: { type: "text", payload: { text: "bot" } } }],
    });
    expect(h.client.sentEvents).toEqual([]);
  });
});

describe("createChatStore: closing the agent chat and ending the conversation", () => {
  it("closeAgentChat sends close_agent_chat only while an agent is connected", () => {
    const h = agentHarness();
    expect(h.store.actions.closeAgentChat()).toBe(false);
    connectAgent(h);
    expect(h.store.actions.closeAgentChat()).toBe(true);
    expect(h.client.sentEvents).toEqual([{ event: "close_agent_chat" }]);
    // The agent is gone when the platform says so.
    expect(h.store.getState().agent.connected).toBe(true);
    h.client.emit("events", { type: "events", message: { type: "agent_disconnected" } });
    expect(h.store.getState().agent.connected).toBe(false);
  });

  it("endConversation sends the frame, adds the line, and forgets session and agent", () => {
    const h = agentHarness();
    h.client.sessionId = "s-1";
    h.client.emit("session", { type: "Session_Start", sessionId: "s-1" });
    expect(h.store.getState().sessionId).toBe("s-1");
    connectAgent(h);
    expect(h.store.actions.endConversation()).toBe(true);
    expect(h.client.conversationsEnded).toBe(1);
    const state = h.store.getState();
    expect(state.sessionId).toBeUndefined();
    expect(state.agent.connected).toBe(false);
    expect(state.messages.at(-1)?.notice).toEqual({ kind: "conversation_ended" });
  });

  it("endConversation while offline changes nothing", () => {
    const h = agentHarness();
    h.client.status = "offline";
    const before = h.store.getState();
    expect(h.store.actions.endConversation()).toBe(false);
    expect(h.store.getState()).toBe(before);
  });
});

describe("createChatStore: the agent survives a reload", () => {
  it("remembers the connected agent in session storage and shows it after a reload", () => {
    const storage = memoryStorage();
    const first = agentHarness(storage);
    connectAgent(first);
    first.store.destroy();

    const second = agentHarness(storage);
    expect(second.store.getState().agent).toMatchObject({ connected: true, name: "Maya Lopez" });
    // No second "joined" line when the platform says it again on the new socket.
    connectAgent(second);
    expect(second.store.getState().messages.filter((m) => m.notice !== undefined)).toEqual([]);

    second.client.emit("events", { type: "events", message: { type: "agent_disconnected" } });
    expect(storage.items.size).toBe(0);
    const third = agentHarness(storage);
    expect(third.store.getState().agent.connected).toBe(false);
  });

  it("drops an agent another user left in this tab's storage", () => {
    const storage = memoryStorage();
    storage.setItem(
      "kore-chat:agent:st-test",
      JSON.stringify({ userId: "u-someone-else", name: "Maya" }),
    );
    const h = agentHarness(storage);
    expect(h.store.getState().agent.connected).toBe(false);
  });

  it("reads broken storage as no agent", () => {
    const storage = memoryStorage();
    storage.setItem("kore-chat:agent:st-test", "{not json");
    expect(agentHarness(storage).store.getState().agent.connected).toBe(false);
  });
});
