import { expect, test } from "./support/fixtures.js";

const GREETING = "Hello! I'm Demo Bot";

test("a sent message goes pending → delivered and the bot replies", async ({ chat }) => {
  // "hello" is one of the demo bot's greetings (packages/simulator/src/demo-bot.ts).
  await expect(chat.messagesBy("bot", GREETING)).toHaveCount(1); // the seeded one
  await chat.send("hello");

  // Each test has a fresh identity: the seeded history has no user message saying "hello".
  const sent = chat.messagesBy("user", "hello");
  await expect(sent).toHaveCount(1);
  await expect(sent).toHaveAttribute("data-status", /^(pending|delivered)$/);
  const id = await sent.getAttribute("data-message-id");
  await expect(sent).toHaveAttribute("data-status", "delivered");
  // The ack turned the same element delivered; it did not add a second one.
  await expect(sent).toHaveAttribute("data-message-id", id ?? "");

  await expect(chat.messagesBy("bot", GREETING)).toHaveCount(2);
  await expect(chat.messages.last()).toHaveAttribute("data-author", "bot");
  await expect(chat.messages.last()).toContainText(GREETING);
  await expect(chat.messages.nth(-2)).toHaveAttribute("data-message-id", id ?? "");
  await expect(chat.input).toHaveValue("");
});

test("anything else is echoed by the bot", async ({ chat }) => {
  await chat.send("what is this");
  await expect(chat.messagesBy("bot", "You said: what is this")).toHaveCount(1);
  await expect(chat.messagesBy("user", "what is this")).toHaveAttribute("data-status", "delivered");
});

test("a message stays pending until its ack arrives", async ({ chat, identity, simulator }) => {
  await simulator.setAckDelay(identity, 3_000);
  await chat.send("wait for it");

  const sent = chat.messagesBy("user", "wait for it");
  await expect(sent).toHaveAttribute("data-status", "pending");
  await expect(chat.messagesBy("bot", "You said: wait for it")).toHaveCount(0);
  await expect(sent).toHaveAttribute("data-status", "delivered");
  await expect(chat.messagesBy("bot", "You said: wait for it")).toHaveCount(1);
  await expect(chat.messagesBy("user", "wait for it")).toHaveCount(1);
});
