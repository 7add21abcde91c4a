import { describe, expect, it } from "vitest";
import type { ChatMessage } from "./chat-message.js";
import { addLiveBotTurn, addLocalSend, type Conversation, mergeHistory } from "./conversation.js";
import { createNewMessageWatcher } from "./new-messages.js";

const text = (value: string) => [{ kind: "text" as const, text: value }];
const bot = (conversation: Conversation, id: string, at: number) =>
  addLiveBotTurn(conversation, { platformId: id, author: "bot", parts: text(id), createdAt: at });

describe("createNewMessageWatcher", () => {
  it("reports each new live message once, in order, and nothing from history", () => {
    let conversation: Conversation = bot([], "before", 1_000);
    const newLive = createNewMessageWatcher(conversation);
    expect(newLive(conversation)).toEqual([]);

    conversation = addLocalSend(conversation, {
      clientMessageId: 7,
      body: "hi",
      parts: text("hi"),
      createdAt: 2_000,
    });
    conversation = bot(conversation, "b1", 3_000);
    conversation = bot(conversation, "b2", 4_000);
    expect(newLive(conversation).map((message) => message.key)).toEqual(["7", "b1", "b2"]);
    expect(newLive(conversation)).toEqual([]);

    // An older history page lands at the start: not live, not reported, nothing repeated.
    conversation = mergeHistory(conversation, [
      { platformId: "h1", author: "bot", parts: text("old"), createdAt: 10 },
    ]);
    conversation = bot(conversation, "b3", 5_000);
    expect(newLive(conversation).map((message) => message.key)).toEqual(["b3"]);
  });

  it("walks only the new tail: a burst into 10,000 messages stays linear", () => {
    let conversation: Conversation = [];
    for (let n = 0; n < 10_000; n += 1) conversation = bot(conversation, `m${n}`, n);
    const newLive = createNewMessageWatcher(conversation);
    let visited = 0;
    const counting = new Proxy(conversation as ChatMessage[], {
      get(target, property, receiver) {
        if (typeof property === "string" && /^\d+$/.test(property)) visited += 1;
        return Reflect.get(target, property, receiver);
      },
    });
    expect(newLive(counting)).toEqual([]);
    expect(visited).toBe(1);
  });
});
