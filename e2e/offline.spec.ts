import { bannerText } from "./support/chat-page.js";
import { expect, test, uniqueText } from "./support/fixtures.js";

test("offline: banner, a message waits pending, and is delivered once back online", async ({
  chat,
  context,
  identity,
  simulator,
}) => {
  await context.setOffline(true);
  await chat.expectConnection("offline");
  await expect(chat.banner(bannerText.offline)).toBeVisible();

  const text = uniqueText("written offline");
  await chat.send(text);
  const sent = chat.messagesBy("user", text);
  await expect(sent).toHaveAttribute("data-status", "pending");

  await context.setOffline(false);
  await chat.expectConnection("open");
  await chat.expectNoConnectionBanner();
  await expect(sent).toHaveAttribute("data-status", "delivered");
  await expect(chat.messagesBy("bot", `You said: ${text}`)).toHaveCount(1);
  await expect(chat.messagesBy("user", text)).toHaveCount(1);
  const received = (await simulator.received(identity)).filter((message) => message.body === text);
  expect(received).toHaveLength(1);
});
