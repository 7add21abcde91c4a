import { bannerText } from "./support/chat-page.js";
import { expect, test, uniqueText } from "./support/fixtures.js";

test("a dropped socket: banner while reconnecting, a message sent meanwhile is delivered once", async ({
  chat,
  identity,
  simulator,
}) => {
  // Hold the outage open until the test ends it: every rtm/start fails (the client honours
  // Retry-After, so it retries once a second) until the faults are reset.
  await simulator.failNext(identity, "rtm/start", {
    status: 503,
    times: 1_000,
    retryAfterSeconds: 1,
  });
  expect(await simulator.dropSockets(identity)).toBe(1);

  await chat.expectConnection("reconnecting");
  await expect(chat.banner(bannerText.reconnecting)).toBeVisible();

  const text = uniqueText("sent during the outage");
  await chat.send(text);
  const sent = chat.messagesBy("user", text);
  await expect(sent).toHaveCount(1);
  await expect(sent).toHaveAttribute("data-status", "pending");
  await chat.expectConnection("reconnecting");

  await simulator.reset(identity);

  await chat.expectConnection("open");
  await chat.expectNoConnectionBanner();
  await expect(sent).toHaveAttribute("data-status", "delivered");
  await expect(chat.messagesBy("bot", `You said: ${text}`)).toHaveCount(1);
  await expect(chat.messagesBy("user", text)).toHaveCount(1);

  const received = (await simulator.received(identity)).filter((message) => message.body === text);
  expect(received).toHaveLength(1);
  expect(String(received[0]?.clientMessageId)).toBe(await sent.getAttribute("data-message-id"));
});
