import type { Page } from "@playwright/test";
import { bannerText } from "./support/chat-page.js";
import { expect, openChat, test, uniqueText } from "./support/fixtures.js";
import type { SimulatorControl } from "./support/simulator-control.js";

/** How many times the page asked for the newest history page (`offset=0`) so far. */
function countNewestPageRequests(page: Page): () => number {
  let count = 0;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith("/botmessages/rtm") && url.searchParams.get("offset") === "0") {
      count += 1;
    }
  });
  return () => count;
}

/** The user's sockets opened after the first `after` socket URLs: reconnects, by URL. */
async function reconnectsSince(
  simulator: SimulatorControl,
  identity: string,
  after: number,
): Promise<number> {
  const records = (await simulator.socketUrls(identity)).slice(after);
  return records.filter((record) => record.used && record.isReconnect).length;
}

test("a half-open socket is caught by the keep-alive and replaced; a message typed into it is delivered once", async ({
  page,
  identity,
  chatPageFor,
  simulator,
}) => {
  // A 1 s ping: the default 30 s would take a minute (two silent intervals) to give up.
  const chat = await openChat(chatPageFor(page), identity, { keepAliveMs: 1_000 });
  const newestPageRequests = countNewestPageRequests(page);
  const urlsBefore = (await simulator.socketUrls(identity)).length;

  expect(await simulator.halfOpenSockets(identity)).toBe(1);
  const text = uniqueText("typed into a half-open socket");
  await chat.send(text);

  await expect.poll(() => reconnectsSince(simulator, identity, urlsBefore)).toBe(1);
  await chat.expectConnection("open");
  const sent = chat.messagesBy("user", text);
  await expect(sent).toHaveAttribute("data-status", "delivered");
  await expect(chat.messagesBy("bot", `You said: ${text}`)).toHaveCount(1);
  const received = (await simulator.received(identity)).filter((message) => message.body === text);
  expect(received).toHaveLength(1);
  // Written into the dead socket and lost there, then re-sent, same id, on its replacement.
  const replacement = (await simulator.socketUrls(identity)).slice(urlsBefore).find((r) => r.used);
  expect(received[0]?.socketSid).toBe(replacement?.sid);
  expect(String(received[0]?.clientMessageId)).toBe(await sent.getAttribute("data-message-id"));
  await expect.poll(newestPageRequests).toBeGreaterThanOrEqual(1);
  expect(await simulator.openSockets(identity)).toBe(1);
});

const wakeUps = {
  online: (page: Page) => page.evaluate(() => window.dispatchEvent(new Event("online"))),
  visibilitychange: (page: Page) =>
    page.evaluate(() => {
      if (document.visibilityState !== "visible") throw new Error("the page is not visible");
      document.dispatchEvent(new Event("visibilitychange"));
    }),
} as const;

for (const [event, wakeUp] of Object.entries(wakeUps)) {
  test(`on "${event}" a half-open socket is probed and replaced at once, and the newest history page refetched`, async ({
    chat,
    identity,
    simulator,
  }) => {
    // The default keep-alive (30 s) would not notice for a minute: the event must.
    const newestPageRequests = countNewestPageRequests(chat.page);
    const urlsBefore = (await simulator.socketUrls(identity)).length;
    expect(await simulator.halfOpenSockets(identity)).toBe(1);
    // Sent while the dead socket still looks open; the bot's reply to it lands in history.
    await simulator.push(identity, "missed while the socket was dead");

    await wakeUp(chat.page);
    await expect.poll(() => reconnectsSince(simulator, identity, urlsBefore)).toBe(1);
    await chat.expectConnection("open");
    await expect.poll(newestPageRequests).toBe(1);
    await expect(chat.messagesBy("bot", "missed while the socket was dead")).toHaveCount(1);
  });

  test(`on "${event}" while waiting out a long Retry-After, the widget reconnects at once`, async ({
    chat,
    identity,
    simulator,
  }) => {
    const newestPageRequests = countNewestPageRequests(chat.page);
    const urlsBefore = (await simulator.socketUrls(identity)).length;
    const refused = chat.page.waitForResponse(
      (response) => response.url().endsWith("/rtm/start") && response.status() === 503,
    );
    // One refusal asking for an hour's wait: only the event can bring the widget back soon.
    await simulator.failNext(identity, "rtm/start", {
      status: 503,
      times: 1,
      retryAfterSeconds: 3_600,
    });
    expect(await simulator.dropSockets(identity)).toBe(1);
    await refused;
    await chat.expectConnection("reconnecting");
    await expect(chat.banner(bannerText.reconnecting)).toBeVisible();

    // The client may still be reading the refusal when the first event fires: fire until open.
    await expect(async () => {
      await wakeUp(chat.page);
      await expect(chat.root).toHaveAttribute("data-connection", "open", { timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
    expect(await reconnectsSince(simulator, identity, urlsBefore)).toBe(1);
    await expect.poll(newestPageRequests).toBe(1);
    await chat.expectNoConnectionBanner();
  });
}

test("offline, then online: reconnects with a fresh socket URL and refetches the newest history page", async ({
  chat,
  context,
  identity,
  simulator,
}) => {
  const newestPageRequests = countNewestPageRequests(chat.page);
  const urlsBefore = (await simulator.socketUrls(identity)).length;
  await context.setOffline(true);
  await chat.expectConnection("offline");
  await simulator.push(identity, "missed while offline");
  const text = uniqueText("written offline");
  await chat.send(text);

  await context.setOffline(false);
  await chat.expectConnection("open");
  expect(await reconnectsSince(simulator, identity, urlsBefore)).toBe(1);
  await expect.poll(newestPageRequests).toBe(1);
  await expect(chat.messagesBy("bot", "missed while offline")).toHaveCount(1);
  await expect(chat.messagesBy("user", text)).toHaveAttribute("data-status", "delivered");
  expect(
    (await simulator.received(identity)).filter((message) => message.body === text),
  ).toHaveLength(1);
});
