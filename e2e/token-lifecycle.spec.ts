import { bannerText } from "./support/chat-page.js";
import { expect, test, uniqueText, welcomeHistory } from "./support/fixtures.js";

/** The host page's JWT endpoint (the playground's `POST /api/jwt`). */
const jwtRoute = "**/api/jwt";

test("an expired access token: a fresh JWT from the host, and no message is lost", async ({
  chat,
  identity,
  simulator,
}) => {
  // Hold the host's answer until the test lets it through: the renewal is visibly in progress.
  const jwtRequests: string[] = [];
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await chat.page.route(jwtRoute, async (route) => {
    jwtRequests.push(route.request().method());
    await released;
    await route.continue();
  });

  await simulator.expireTokens(identity);
  // The open socket lives on: a message sent now is delivered.
  const before = uniqueText("sent with the token expired");
  await chat.send(before);
  await expect(chat.messagesBy("user", before)).toHaveAttribute("data-status", "delivered");

  // The next socket needs rtm/start, which refuses the expired token: a fresh JWT is asked for.
  expect(await simulator.dropSockets(identity)).toBe(1);
  await chat.expectConnection("reconnecting");
  await expect.poll(() => jwtRequests.length).toBeGreaterThanOrEqual(1);
  const during = uniqueText("typed while the token is renewed");
  await chat.send(during);
  const pending = chat.messagesBy("user", during);
  await expect(pending).toHaveAttribute("data-status", "pending");
  await chat.expectConnection("reconnecting");

  release();
  await chat.expectConnection("open");
  await chat.expectNoConnectionBanner();
  await expect(pending).toHaveAttribute("data-status", "delivered");
  await expect(chat.messagesBy("bot", `You said: ${during}`)).toHaveCount(1);
  const received = await simulator.received(identity);
  for (const text of [before, during]) {
    expect(received.filter((message) => message.body === text)).toHaveLength(1);
    await expect(chat.messagesBy("user", text)).toHaveCount(1);
  }
  expect(jwtRequests.every((method) => method === "POST")).toBe(true);
});

test("a JWT the host cannot produce: a visible error with Retry, which works once the host can", async ({
  page,
  identity,
  chatPageFor,
  simulator: _resetFaults,
}) => {
  let hostCanSign = false;
  let refused = 0;
  await page.route(jwtRoute, async (route) => {
    if (hostCanSign) return route.continue();
    refused += 1;
    return route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({ error: "the signing service is down" }),
    });
  });

  const chat = chatPageFor(page);
  await chat.open(identity);
  // Not an endless spinner: the widget gives up, says so, and offers Retry.
  await chat.expectConnection("failed");
  const banner = chat.banner(bannerText.failed);
  await expect(banner).toBeVisible();
  const retry = banner.getByRole("button", { name: "Retry" });
  await expect(retry).toBeVisible();
  await expect(chat.root.getByText("Connecting…")).toHaveCount(0);
  expect(refused).toBeGreaterThanOrEqual(1);
  // …and the first history page has given up too (a user reads the error before pressing Retry).
  await expect(chat.log).not.toHaveAttribute("aria-busy", "true");
  await expect(chat.messages).toHaveCount(0);

  hostCanSign = true;
  await retry.click();
  await chat.expectConnection("open");
  await chat.expectNoConnectionBanner();
  // The conversation is all there: the history the failed start could not load, then a reply.
  await expect(chat.messages).toHaveCount(welcomeHistory.length);
  const text = uniqueText("after Retry");
  await chat.send(text);
  await expect(chat.messagesBy("user", text)).toHaveAttribute("data-status", "delivered");
  await expect(chat.messagesBy("bot", `You said: ${text}`)).toHaveCount(1);
});
