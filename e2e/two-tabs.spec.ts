import type { Response } from "@playwright/test";
import type { ChatPage } from "./support/chat-page.js";
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

/** Each of the two messages once in `tab`, as the user's, delivered, and each reply once. */
async function expectEachOnce(tab: ChatPage, texts: readonly string[]) {
  for (const text of texts) {
    await expect(tab.messagesBy("user", text)).toHaveCount(1);
    await expect(tab.messagesBy("user", text)).toHaveAttribute("data-status", "delivered");
    await expect(tab.messagesBy("bot", `You said: ${text}`)).toHaveCount(1);
  }
}

const isHistoryPage = (response: Response) =>
  response.url().includes("/api/botmessages/rtm") && response.ok();

test("two tabs that both load history again still show each message once", async ({
  context,
  identity,
  chatPageFor,
  simulator,
}) => {
  const tabA = await openChat(chatPageFor(await context.newPage()), identity);
  const tabB = await openChat(chatPageFor(await context.newPage()), identity);
  const texts = [uniqueText("from tab A"), uniqueText("from tab B")] as const;
  await tabA.send(texts[0]);
  await tabB.send(texts[1]);
  for (const tab of [tabA, tabB]) await expectEachOnce(tab, texts);

  // Both sockets drop: each tab reconnects and refetches the newest history page, which now
  // holds both messages (one typed here, one echoed from the other tab) and both replies.
  const refetched = [tabA, tabB].map((tab) => tab.page.waitForResponse(isHistoryPage));
  expect(await simulator.dropSockets(identity)).toBe(2);
  await Promise.all(refetched);
  for (const tab of [tabA, tabB]) {
    await tab.expectConnection("open");
    await expectEachOnce(tab, texts);
  }

  // And after a reload, from history alone.
  await tabB.reload();
  await tabB.expectConnection("open");
  await expectEachOnce(tabB, texts);
  const received = await simulator.received(identity);
  for (const text of texts) expect(received.filter((row) => row.body === text)).toHaveLength(1);
});
