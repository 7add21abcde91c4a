import { simulatorUrl } from "./environment.js";
import { expect, test, uniqueText } from "./support/fixtures.js";

test("a message typed offline survives a reload: pending after it, delivered exactly once when back", async ({
  chat,
  context,
  identity,
  page,
  simulator,
}) => {
  await context.setOffline(true);
  await chat.expectConnection("offline");
  const text = uniqueText("typed offline, then reloaded");
  await chat.send(text);
  await expect(chat.messagesBy("user", text)).toHaveAttribute("data-status", "pending");

  // The host page comes back, the platform does not yet: the reload happens with the widget
  // unable to reach it, so nothing can have been delivered before the page was gone.
  await page.route(`${simulatorUrl}/**`, (route) => route.abort("internetdisconnected"));
  await context.setOffline(false);
  await chat.reload();
  const restored = chat.messagesBy("user", text);
  await expect(restored).toHaveCount(1);
  await expect(restored).toHaveAttribute("data-status", "pending");
  await chat.expectConnection("connecting");
  await expect(chat.banner("Connecting…")).toBeVisible();
  expect(
    (await simulator.received(identity)).filter((message) => message.body === text),
  ).toHaveLength(0);

  // The platform is reachable again: sent once, with the id it had before the reload.
  await page.unroute(`${simulatorUrl}/**`);
  await chat.expectConnection("open");
  await expect(restored).toHaveAttribute("data-status", "delivered");
  await expect(chat.messagesBy("bot", `You said: ${text}`)).toHaveCount(1);
  const received = (await simulator.received(identity)).filter((message) => message.body === text);
  expect(received).toHaveLength(1);
  expect(await restored.getAttribute("data-message-id")).toBe(String(received[0]?.clientMessageId));

  // Another reload: the message comes from history now, once, and nothing is sent again.
  await chat.reload();
  await chat.expectConnection("open");
  await expect(chat.messagesBy("user", text)).toHaveCount(1);
  await expect(chat.messagesBy("user", text)).toHaveAttribute("data-status", "delivered");
  await expect(chat.messagesBy("bot", `You said: ${text}`)).toHaveCount(1);
  expect(
    (await simulator.received(identity)).filter((message) => message.body === text),
  ).toHaveLength(1);
});
