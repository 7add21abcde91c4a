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
});
