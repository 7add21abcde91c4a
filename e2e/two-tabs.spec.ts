import { expect, openChat, test, uniqueText } from "./support/fixtures.js";

test("two tabs of one user see each other's messages, each exactly once", async ({
  context,
  identity,
  chatPageFor,
}) => {
  const tabA = await openChat(chatPageFor(await context.newPage()), identity);
  const tabB = await openChat(chatPageFor(await context.newPage()), identity);

  const fromA = uniqueText("from tab A");
  const fromB = uniqueText("from tab B");
  await tabA.send(fromA);
  await tabB.send(fromB);

  for (const tab of [tabA, tabB]) {
    // The echo reaches the other tab before the bot's reply, on the same socket: once both
    // replies are shown, every frame about both messages has been handled.
    await expect(tab.messagesBy("bot", `You said: ${fromA}`)).toHaveCount(1);
    await expect(tab.messagesBy("bot", `You said: ${fromB}`)).toHaveCount(1);
    for (const text of [fromA, fromB]) {
      const mine = tab.messagesBy("user", text);
      await expect(mine).toHaveCount(1);
      await expect(mine).toHaveAttribute("data-status", "delivered");
    }
  }

  // Both tabs key a message by the sender's clientMessageId.
  const idInA = await tabA.messagesBy("user", fromA).getAttribute("data-message-id");
  await expect(tabB.messagesBy("user", fromA)).toHaveAttribute("data-message-id", idInA ?? "");
});
