import { axeFindings } from "./support/axe.js";
import { bannerText } from "./support/chat-page.js";
import { expect, test } from "./support/fixtures.js";

test("the live widget has no WCAG 2.2 AA violations after a conversation with templates", async ({
  chat,
}) => {
  // Each reply is awaited by what it draws: the list is virtualised, so counting rows is not.
  for (const [command, reply] of [
    ["show button", "What would you like to see next?"],
    ["show carousel", "Welcome to Peter's Hats"],
    ["show list", "Classic T-Shirt, 100% cotton"],
    ["show table", "Account details"],
  ] as const) {
    await chat.send(command);
    await expect(chat.messagesBy("user", command)).toHaveAttribute("data-status", "delivered");
    await expect(chat.messagesBy("bot", reply).last()).toBeVisible();
  }
  // The list is scrolled to the newest turn; the earlier templates are still checked as the
  // virtualizer keeps the rows near the viewport, and each has its own Storybook story.
  expect(await axeFindings(chat.page)).toEqual([]);
});

test("the embed page with the panel open has no WCAG 2.2 AA violations", async ({
  page,
  identity,
}) => {
  await page.goto(`/embed.html?user=${encodeURIComponent(identity)}`);
  await page.getByRole("button", { name: "Open chat" }).click();
  const chat = page.locator("[data-kore-chat]");
  await expect(chat).toHaveAttribute("data-connection", "open");
  await expect(chat.getByRole("log").locator("[data-message-id]")).toHaveCount(4);
  expect(await axeFindings(page)).toEqual([]);

  // Closed, with the launcher alone over the page, too.
  await page.locator(".kce-launcher").click();
  await expect(page.getByRole("button", { name: "Open chat" })).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
});

test("in dark mode the embedded widget, with templates, has no WCAG 2.2 AA violations", async ({
  page,
  identity,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/embed.html?user=${encodeURIComponent(identity)}`);
  await page.getByRole("button", { name: "Open chat" }).click();
  const chat = page.locator("[data-kore-chat]");
  await expect(chat).toHaveAttribute("data-connection", "open");
  const log = chat.getByRole("log");
  for (const [command, reply] of [
    ["show carousel", "Welcome to Peter's Hats"],
    ["show button", "What would you like to see next?"],
  ] as const) {
    await chat.getByRole("textbox", { name: "Message", exact: true }).fill(command);
    await chat.getByRole("button", { name: "Send", exact: true }).click();
    await expect(log.locator('[data-author="bot"]', { hasText: reply }).last()).toBeVisible();
  }
  expect(await axeFindings(page)).toEqual([]);
});

test("new bot messages are announced politely, and each connection status once", async ({
  chat,
  identity,
  simulator,
}) => {
  await expect(chat.log).toHaveAttribute("aria-live", "polite");
  await expect(chat.log).toHaveAttribute("aria-relevant", "additions");

  // Record every text the status region shows, as a screen reader would hear its changes.
  const status = chat.root.locator('[role="status"][data-connection-status]');
  await expect(status).toHaveCount(1);
  await status.evaluate((element) => {
    const record = { texts: [] as string[], added: [] as string[] };
    (window as { bannerRecord?: typeof record }).bannerRecord = record;
    new MutationObserver((mutations) => {
      const text = element.textContent?.trim() ?? "";
      if (text !== "" && text !== record.texts[record.texts.length - 1]) record.texts.push(text);
      // Nodes inserted again with the same text would be announced again: count those too.
      for (const mutation of mutations)
        for (const node of mutation.addedNodes) {
          const added = node.textContent?.trim() ?? "";
          if (added !== "") record.added.push(added);
        }
    }).observe(element, { childList: true, subtree: true, characterData: true });
  });

  await simulator.failNext(identity, "rtm/start", {
    status: 503,
    times: 1_000,
    retryAfterSeconds: 1,
  });
  expect(await simulator.dropSockets(identity)).toBe(1);
  await chat.expectConnection("reconnecting");
  await expect(chat.banner(bannerText.reconnecting)).toBeVisible();
  // Several failed attempts (one a second) while the banner stays up.
  await chat.page.waitForTimeout(2_500);
  await simulator.reset(identity);
  await chat.expectConnection("open");
  await chat.expectNoConnectionBanner();

  const record = await chat.page.evaluate(
    () => (window as { bannerRecord?: { texts: string[]; added: string[] } }).bannerRecord,
  );
  expect(record?.texts).toEqual([bannerText.reconnecting]);
  expect(record?.added).toEqual([bannerText.reconnecting]);
});

test("colorScheme overrides the visitor's preference, both ways, launcher included", async ({
  page,
  identity,
}) => {
  const backgrounds = async () =>
    page.evaluate(() => {
      const host = document.querySelector("[data-kore-chat-embed]");
      const root = host?.shadowRoot?.querySelector("[data-kore-chat]");
      const launcher = host?.shadowRoot?.querySelector(".kce-launcher");
      return {
        chat: root === null || root === undefined ? "" : getComputedStyle(root).backgroundColor,
        launcher:
          launcher === null || launcher === undefined
            ? ""
            : getComputedStyle(launcher).backgroundColor,
      };
    });
  const open = async (query: string) => {
    await page.goto(`/embed.html?user=${encodeURIComponent(identity)}${query}`);
    // The tab remembers the panel open from the page before: open it only if it is not.
    const launcher = page.locator(".kce-launcher");
    if ((await launcher.getAttribute("aria-expanded")) !== "true") await launcher.click();
    await expect(page.locator("[data-kore-chat]")).toHaveAttribute("data-connection", "open");
  };
  const light = { chat: "rgb(255, 255, 255)", launcher: "rgb(33, 85, 205)" };
  const dark = { chat: "rgb(21, 24, 29)", launcher: "rgb(138, 180, 255)" };

  await page.emulateMedia({ colorScheme: "light" });
  await open("");
  expect(await backgrounds()).toEqual(light);
  await open("&colorScheme=dark");
  expect(await backgrounds()).toEqual(dark);
  expect(await axeFindings(page)).toEqual([]);

  await page.emulateMedia({ colorScheme: "dark" });
  await open("");
  expect(await backgrounds()).toEqual(dark);
  await open("&colorScheme=light");
  expect(await backgrounds()).toEqual(light);
});
