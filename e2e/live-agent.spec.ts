import { expect, test } from "./support/fixtures.js";

// PROTOCOL.md §§7 and 9: the secure handshake, a live agent (the simulator's scripted Maya
// Lopez, `talk to an agent`), and ending the conversation.

test("the secure handshake connects: every socket offered the three subprotocols", async ({
  chat,
  simulator,
  identity,
}) => {
  await chat.expectConnection("open");
  const opens = await simulator.socketOpens(identity);
  expect(opens.length).toBeGreaterThan(0);
  for (const open of opens) {
    expect(open).toMatchObject({ secure: true, accepted: true });
    expect(open.protocols[0]).toBe("x-rtm-v|1");
    expect(open.protocols[1]).toMatch(/^jwt\|/);
    expect(open.protocols[2]).toMatch(/^nonce\|/);
  }
});

test("a live agent joins, types, answers, reads the user's message and leaves", async ({
  chat,
  simulator,
  identity,
}) => {
  await chat.send("talk to an agent");
  await expect(chat.root).toHaveAttribute("data-agent", "connected");
  await expect(chat.root.locator("header")).toContainText("Maya Lopez");
  await expect(chat.log.getByText("Maya Lopez joined the chat")).toBeVisible();
  // (Her 600 ms of typing before the greeting is too brief to assert on a loaded machine: the
  // next test holds the agent's typing on from the test and checks the indicator's text.)
  const greeting = chat.messagesBy("agent", "Hi, I'm Maya");
  await expect(greeting).toHaveCount(1);
  await expect(greeting).toContainText("Maya Lopez");
  await expect(chat.root.locator('[data-typing="agent"]')).toHaveCount(0);

  await chat.send("where is my order?");
  const mine = chat.messagesBy("user", "where is my order?");
  await expect(mine).toHaveAttribute("data-read", "true");
  await expect(mine.getByText("Read", { exact: true })).toBeVisible();
  await expect(chat.messagesBy("agent", "Let me check that for you")).toHaveCount(1);
  // The bot did not answer while the agent had the conversation.
  await expect(chat.messagesBy("bot", "You said: where is my order?")).toHaveCount(0);

  // What the widget told the agent: typing (the user typed), receipts for the agent's messages.
  await expect
    .poll(async () => new Set((await simulator.receivedEvents(identity)).map((e) => e.event)))
    .toEqual(new Set(["typing", "stop_typing", "message_delivered", "message_read"]));
  const events = await simulator.receivedEvents(identity);
  const reads = events.filter((event) => event.event === "message_read");
  const greetingId = await greeting.getAttribute("data-message-id");
  expect(reads.map((event) => event.messageId)).toContain(greetingId);
  expect(reads.every((event) => typeof event.agentMessageId === "string")).toBe(true);

  await chat.send("bye");
  await expect(chat.log.getByText("Maya Lopez left the chat")).toBeVisible();
  await expect(chat.root).not.toHaveAttribute("data-agent", "connected");
});

test("the agent acts from a test, and the user ends the agent chat from the menu", async ({
  chat,
  simulator,
  identity,
}) => {
  await simulator.agent("connect", identity);
  await expect(chat.root).toHaveAttribute("data-agent", "connected");
  await simulator.agent("typing", identity, { on: true });
  await expect(chat.root.locator('[data-typing="agent"]')).toContainText("is typing");
  await simulator.agent("say", identity, { text: "Agent here, from the test." });
  await expect(chat.messagesBy("agent", "Agent here, from the test.")).toHaveCount(1);

  await chat.root.getByRole("button", { name: "Chat options" }).click();
  await chat.root.getByRole("button", { name: "End chat with agent" }).click();
  await expect
    .poll(async () => (await simulator.receivedEvents(identity)).map((e) => e.event))
    .toContain("close_agent_chat");
  await expect(chat.root).not.toHaveAttribute("data-agent", "connected");
});

test("End conversation sends the frame, draws a separator, and the next message starts anew", async ({
  chat,
  simulator,
  identity,
}) => {
  await chat.send("hello");
  await expect(chat.messagesBy("user", "hello")).toHaveAttribute("data-status", "delivered");
  await chat.root.getByRole("button", { name: "Chat options" }).click();
  await chat.root.getByRole("button", { name: "End conversation" }).click();
  await expect(chat.log.locator('[data-notice="conversation_ended"]')).toHaveText(
    "Conversation ended",
  );
  await expect.poll(async () => (await simulator.closedSessions(identity)).length).toBe(1);
  await chat.send("hello again");
  await expect(chat.messagesBy("bot", "You said: hello again")).toHaveCount(1);
});
