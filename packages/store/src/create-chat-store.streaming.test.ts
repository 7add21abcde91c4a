import type { Scheduler } from "@kore-chat/transport";
import { createFakeScheduler } from "@kore-chat/transport/testing";
import type FakeTimers from "@sinonjs/fake-timers";
import { beforeEach, describe, expect, it } from "vitest";
import { type ChatStore, createChatStore } from "./create-chat-store.js";
import { driveQueryTimersWith, FakeKoreClient, historyPage } from "./testing/fake-kore-client.js";

// Streamed GenAI answers (PROTOCOL.md §8) through the whole store: frames in, one message out.

const t0 = Date.parse("2026-03-01T10:00:00Z");
const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
};

let clock: FakeTimers.Clock;
let scheduler: Scheduler;
let client: FakeKoreClient;
let store: ChatStore;

beforeEach(() => {
  ({ clock, scheduler } = createFakeScheduler(t0));
  driveQueryTimersWith(scheduler);
  client = new FakeKoreClient();
  client.answerHistory = async () => historyPage([]);
  store = createChatStore({ client, scheduler, streamIdleTimeoutMs: 5_000, agentStorage: null });
  store.actions.connect();
});

const streamed = (messageId: string, text: string, extra: Record<string, unknown> = {}) => ({
  type: "bot_response" as const,
  messageId,
  sM: true,
  message: [
    { type: "text", component: { type: "text", payload: { text } }, cInfo: { body: text } },
  ],
  ...extra,
});
const bubbles = () =>
  store.getState().messages.map((m) => {
    const part = m.parts[0];
    return [m.key, part?.kind === "text" ? part.text : part?.kind, m.streaming];
  });

describe("createChatStore: streamed answers", () => {
  it("makes one growing message of the chunks, with the typing indicator off", () => {
    store.actions.send("explain");
    expect(store.getState().botTyping).toBe(true);
    client.emit("bot_response", streamed("ms-s", "**Hel"));
    expect(store.getState().botTyping).toBe(false);
    client.emit("bot_response", streamed("ms-s", "lo**"));
    client.emit("bot_response", streamed("ms-s", "", { endChunk: true }));
    expect(bubbles().slice(1)).toEqual([["ms-s", "**Hello**", undefined]]);
  });

  it("reads the chunk from component.payload.text when cInfo has none", () => {
    client.emit("bot_response", {
      type: "bot_response",
      messageId: "ms-p",
      sM: true,
      endChunk: true,
      message: [{ type: "text", component: { type: "text", payload: { text: "from payload" } } }],
    });
    expect(bubbles()).toEqual([["ms-p", "from payload", undefined]]);
  });

  it("closes a stream that stops without endChunk as incomplete after the idle timeout", () => {
    client.emit("bot_response", streamed("ms-s", "Half an"));
    clock.tick(4_000);
    client.emit("bot_response", streamed("ms-s", " answer"));
    clock.tick(4_999);
    expect(bubbles()).toEqual([["ms-s", "Half an answer", "open"]]);
    clock.tick(1);
    expect(bubbles()).toEqual([["ms-s", "Half an answer", "incomplete"]]);
  });

  it("an ended stream starts no timeout", () => {
    client.emit("bot_response", streamed("ms-s", "done", { endChunk: true }));
    clock.tick(60_000);
    expect(bubbles()).toEqual([["ms-s", "done", undefined]]);
  });

  it("completes a stream cut by a socket drop from history after the reconnect", async () => {
    await settle();
    client.emit("bot_response", streamed("ms-s", "The answer"));
    client.emit("status", { status: "reconnecting", previous: "open", reconnected: false });
    client.answerHistory = async () =>
      historyPage([{ id: "ms-s", type: "outgoing", text: "The answer is 42.", at: clock.now }]);
    client.emit("status", { status: "open", previous: "reconnecting", reconnected: true });
    await settle();
    expect(bubbles()).toEqual([["ms-s", "The answer is 42.", undefined]]);
    // The idle timeout of the finished answer changes nothing any more.
    clock.tick(10_000);
    expect(bubbles()).toEqual([["ms-s", "The answer is 42.", undefined]]);
  });

  it("a frame with sM but no readable chunk is an ordinary turn", () => {
    client.emit("bot_response", {
      type: "bot_response",
      messageId: "ms-t",
      sM: true,
      message: [
        {
          type: "text",
          component: {
            type: "template",
            payload: { type: "template", payload: { template_type: "button", text: "Pick" } },
          },
        },
      ],
    });
    expect(store.getState().messages[0]).toMatchObject({ key: "ms-t" });
    expect(store.getState().messages[0]?.parts[0]?.kind).toBe("template");
  });

  it("destroy() clears the stream timers", () => {
    client.emit("bot_response", streamed("ms-s", "open"));
    store.destroy();
    clock.tick(10_000);
    expect(bubbles()).toEqual([["ms-s", "open", "open"]]);
  });
});
