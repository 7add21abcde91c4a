import { createChatStore } from "@kore-chat/store";
import { FakeKoreClient } from "@kore-chat/store/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import { frameBatchedSubscribe } from "./frame-batched-store.js";

/** Animation frames run by hand. */
function fakeFrames() {
  const queue = new Map<number, FrameRequestCallback>();
  let next = 1;
  vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => {
    queue.set(next, callback);
    return next++;
  });
  vi.stubGlobal("cancelAnimationFrame", (id: number) => queue.delete(id));
  return {
    pending: () => queue.size,
    run() {
      const callbacks = [...queue.values()];
      queue.clear();
      for (const callback of callbacks) callback(0);
    },
  };
}

function setup() {
  const client = new FakeKoreClient();
  const store = createChatStore({ client });
  const bot = (id: string) =>
    client.emit("bot_response", {
      type: "bot_response",
      messageId: id,
      message: [{ type: "text", component: { type: "text", payload: { text: id } } }],
    });
  return { store, bot };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("frameBatchedSubscribe", () => {
  it("passes the first change on at once and coalesces the rest until the next frame", () => {
    const frames = fakeFrames();
    const { store, bot } = setup();
    const seen: number[] = [];
    frameBatchedSubscribe(store)(() => seen.push(store.getState().messages.length));
    bot("a");
    expect(seen).toEqual([1]);
    bot("b");
    bot("c");
    expect(seen).toEqual([1]);
    frames.run();
    expect(seen).toEqual([1, 3]);
    // Quiet for a frame: the next change is immediate again.
    frames.run();
    expect(frames.pending()).toBe(0);
    bot("d");
    expect(seen).toEqual([1, 3, 4]);
  });

  it("shares one store subscription per store and cancels its frame with the last listener", () => {
    const frames = fakeFrames();
    const { store, bot } = setup();
    expect(frameBatchedSubscribe(store)).toBe(frameBatchedSubscribe(store));
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = frameBatchedSubscribe(store)(first);
    const stopSecond = frameBatchedSubscribe(store)(second);
    bot("a");
    bot("b");
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);
    stopFirst();
    frames.run();
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 2]);
    bot("c"); // coalesced into the next frame, which the last listener leaving cancels
    stopSecond();
    expect(frames.pending()).toBe(0);
    bot("d");
    expect(second).toHaveBeenCalledTimes(2);
    const again = vi.fn();
    frameBatchedSubscribe(store)(again);
    bot("e");
    expect(again).toHaveBeenCalledOnce();
  });

  it("notifies every change at once where there are no animation frames", () => {
    vi.stubGlobal("requestAnimationFrame", undefined);
    const { store, bot } = setup();
    const listener = vi.fn();
    frameBatchedSubscribe(store)(listener);
    bot("a");
    bot("b");
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
