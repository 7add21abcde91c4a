import type { Locator, Page } from "@playwright/test";
import { axeFindings } from "./support/axe.js";
import type { ChatPage } from "./support/chat-page.js";
import { expect, test, welcomeHistory } from "./support/fixtures.js";

// The platform's branding (PROTOCOL.md §11) under the host's options, the welcome screen, and
// the Message sound toggle, in the playground or on the embed's page (both take `?brand=1`,
// `?accent=`, `?sound=`; the embed fetches the branding by default).

const demoAccent = "#0f766e"; // the simulator's demo theme
const defaultAccent = "#2155cd";

async function openPlayground(chat: ChatPage, query: Record<string, string>): Promise<void> {
  const path = chat.surface === "embed" ? "/embed.html" : "/";
  await chat.page.goto(`${path}?${new URLSearchParams(query)}`);
  if (chat.surface === "embed") await chat.openPanel();
  await chat.expectConnection("open");
}

const customProperty = (root: Locator, name: string) =>
  root.evaluate((element, property) => getComputedStyle(element).getPropertyValue(property), name);

test("the platform's branding is applied, and the host's accent wins over it", async ({
  page,
  identity,
  simulator,
  chatPageFor,
}) => {
  await simulator.setBranding(identity, { activeTheme: true });
  const chat = chatPageFor(page);
  await openPlayground(chat, { user: identity, brand: "1" });
  await expect(chat.root.getByRole("heading", { name: "Simulator Helpdesk" })).toBeVisible();
  await expect.poll(() => customProperty(chat.root, "--kc-accent")).toBe(demoAccent);
  await expect(chat.root).toHaveAttribute("data-color-scheme", "light");
  await expect(chat.root.locator(".kc-header-avatar")).toHaveAttribute("src", /bot-icon\.svg$/);
  expect(await axeFindings(page)).toEqual([]);

  await openPlayground(chat, { user: identity, brand: "1", accent: "#7c2d12" });
  await expect(chat.root.getByRole("heading", { name: "Simulator Helpdesk" })).toBeVisible();
  await expect.poll(() => customProperty(chat.root, "--kc-accent")).toBe("#7c2d12");
  // The rest of the platform's look stays.
  expect(await customProperty(chat.root, "--kc-surface")).toBe("#ccfbf1");
});

test("a malformed branding answer changes nothing", async ({
  page,
  identity,
  simulator,
  chatPageFor,
}) => {
  await simulator.setBranding(identity, { malformed: true });
  const chat = chatPageFor(page);
  await openPlayground(chat, { user: identity, brand: "1" });
  await expect
    .poll(() => simulator.brandingRequests(identity))
    .toEqual([expect.objectContaining({ status: 200 })]);
  await expect(chat.messages).toHaveCount(welcomeHistory.length);
  expect(await customProperty(chat.root, "--kc-accent")).toBe(defaultAccent);
  await expect(chat.root).not.toHaveAttribute("data-color-scheme");
  await expect(chat.root.getByRole("heading")).toHaveCount(0);
  await chat.send("still working?");
  await expect(chat.messagesBy("user", "still working?")).toHaveAttribute(
    "data-status",
    "delivered",
  );
});

test("the welcome screen's starter sends its payload, by keyboard", async ({
  page,
  identity,
  simulator,
  chatPageFor,
}) => {
  await simulator.setBranding(identity, { activeTheme: true });
  const chat = chatPageFor(page);
  // A first visit seeds a past conversation: clear it, so this user has never written.
  await openPlayground(chat, { user: identity, brand: "1" });
  await simulator.clearHistory(identity);
  await chat.page.reload();
  await chat.expectConnection("open");

  const welcome = chat.root.getByRole("region", { name: "Welcome to the simulator" });
  await expect(welcome).toBeVisible();
  await expect(
    welcome.getByText("This look comes from the platform's branding endpoint."),
  ).toBeVisible();
  const starters = welcome.getByRole("list", { name: "Conversation starters" });
  await expect(starters.getByRole("button")).toHaveText([
    "What can you do?",
    "A carousel",
    "A streamed answer",
  ]);
  expect(await axeFindings(page)).toEqual([]);

  await starters.getByRole("button", { name: "What can you do?" }).focus();
  await page.keyboard.press("Enter");
  const bubble = chat.messagesBy("user", "What can you do?");
  await expect(bubble).toHaveAttribute("data-status", "delivered");
  const id = Number(await bubble.getAttribute("data-message-id"));
  const received = (await simulator.received(identity)).filter(
    (m) => Number(m.clientMessageId) === id,
  );
  expect(received).toEqual([
    expect.objectContaining({ body: "help", renderMsg: "What can you do?" }),
  ]);
  await expect(welcome).toHaveCount(0);
  await expect(chat.messagesBy("bot")).not.toHaveCount(0);
});

async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let step = 0; step < 30; step += 1) {
    if (await target.evaluate((element) => element.matches(":focus"))) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test("the Message sound toggle is reached and flipped by keyboard", async ({
  page,
  identity,
  chatPageFor,
}) => {
  const chat = chatPageFor(page);
  await openPlayground(chat, { user: identity, sound: "0" });
  const toggle = chat.root.getByRole("button", { name: "Message sound" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await tabTo(page, toggle);
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Space");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
});
