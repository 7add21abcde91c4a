import type { Locator, Page } from "@playwright/test";
import { ChatPage } from "./support/chat-page.js";
import { expect, test, uniqueText } from "./support/fixtures.js";

/** Presses `key` until `target` has focus, failing after `limit` presses. */
async function pressUntilFocused(page: Page, key: string, target: Locator, limit = 30) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element.matches(":focus"))) return;
    await page.keyboard.press(key);
  }
  await expect(target, `${key} × ${limit} never reached it`).toBeFocused();
}

/** The focused element (through shadow roots) shows a focus indicator: an outline. */
async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  const outline = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
  expect(outline.style, "focused element has no outline").not.toBe("none");
  expect(outline.width).toBeGreaterThanOrEqual(2);
}

test("keyboard only: open, send, operate templates and the carousel, close", async ({
  page,
  identity,
}) => {
  await page.goto(`/embed.html?user=${encodeURIComponent(identity)}`);
  await page.waitForFunction(() => "koreChatWidget" in window);

  // Tab from the top of the page to the launcher, and open it with Enter.
  const launcher = page.getByRole("button", { name: "Open chat" });
  await pressUntilFocused(page, "Tab", launcher);
  await expectVisibleFocus(launcher);
  await page.keyboard.press("Enter");

  const chat = page.locator("[data-kore-chat]");
  const log = chat.getByRole("log");
  const input = chat.getByRole("textbox", { name: "Message", exact: true });
  await expect(chat).toHaveAttribute("data-connection", "open");
  await expect(input).toBeFocused();
  await expect(page.locator(".kce-launcher")).toHaveAttribute("aria-expanded", "true");

  // Type and press Enter: sent, and the bot replies.
  const text = uniqueText("typed on the keyboard");
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await expect(log.locator('[data-author="user"]', { hasText: text })).toHaveAttribute(
    "data-status",
    "delivered",
  );
  await expect(log.locator('[data-author="bot"]', { hasText: `You said: ${text}` })).toHaveCount(1);
  await expect(input).toBeFocused();
  await expect(input).toHaveValue("");

  // A template button, reached with Shift+Tab from the composer and pressed with Enter.
  await page.keyboard.type("show button");
  await page.keyboard.press("Enter");
  const template = log
    .locator('[data-author="bot"]', { hasText: "What would you like to see next?" })
    .last();
  await expect(template).toBeVisible();
  const showCarousel = template.getByRole("button", { name: "Show carousel" });
  await pressUntilFocused(page, "Shift+Tab", showCarousel);
  await expectVisibleFocus(showCarousel);
  await page.keyboard.press("Enter");
  await expect(log.locator('[data-author="user"]', { hasText: "Show carousel" })).toHaveAttribute(
    "data-status",
    "delivered",
  );

  // The carousel: next and previous with the keyboard.
  const carousel = log.locator('[data-author="bot"]').last().locator(".kc-carousel");
  await expect(carousel).toBeVisible();
  const position = carousel.locator(".kc-carousel__position");
  await expect(position).toHaveText("1 / 3");
  const next = carousel.getByRole("button", { name: "Next card" });
  const previous = carousel.getByRole("button", { name: "Previous card" });
  await pressUntilFocused(page, "Tab", input);
  await pressUntilFocused(page, "Shift+Tab", next);
  await expectVisibleFocus(next);
  await page.keyboard.press("Enter");
  await expect(position).toHaveText("2 / 3");
  await pressUntilFocused(page, "Shift+Tab", previous, 3);
  await expectVisibleFocus(previous);
  await page.keyboard.press("Space");
  await expect(position).toHaveText("1 / 3");

  // Escape closes the panel from inside it, and focus goes back to the launcher.
  await pressUntilFocused(page, "Tab", input, 60);
  await expectVisibleFocus(input);
  await page.keyboard.press("Escape");
  await expect(chat).toBeHidden();
  await expect(launcher).toBeFocused();
  await expectVisibleFocus(launcher);
  await expect(launcher).toHaveAttribute("aria-expanded", "false");
});

test("the carousel arrows keep keyboard focus at the first and last card", async ({
  page,
  identity,
}) => {
  await page.goto(`/embed.html?user=${encodeURIComponent(identity)}`);
  await page.waitForFunction(() => "koreChatWidget" in window);
  const launcher = page.getByRole("button", { name: "Open chat" });
  await pressUntilFocused(page, "Tab", launcher);
  await page.keyboard.press("Enter");
  const chat = page.locator("[data-kore-chat]");
  await expect(chat).toHaveAttribute("data-connection", "open");
  await page.keyboard.type("show carousel");
  await page.keyboard.press("Enter");
  const carousel = chat.getByRole("log").locator(".kc-carousel").last();
  await expect(carousel).toBeVisible();
  const position = carousel.locator(".kc-carousel__position");
  const next = carousel.getByRole("button", { name: "Next card" });
  const previous = carousel.getByRole("button", { name: "Previous card" });
  await pressUntilFocused(page, "Shift+Tab", next);

  // The arrow that reaches an end is disabled: focus moves to the other arrow, not <body>.
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(position).toHaveText("3 / 3");
  await expect(next).toBeDisabled();
  await expectVisibleFocus(previous);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(position).toHaveText("1 / 3");
  await expect(previous).toBeDisabled();
  await expectVisibleFocus(next);
});

test("keyboard only: load earlier messages from the log, and focus stays in it", async ({
  page,
  identity,
  simulator,
}) => {
  // 30 turns: more than the first page of 20.
  for (let n = 1; n <= 30; n += 1) await simulator.push(identity, `Turn number ${n}.`);
  const chat = new ChatPage(page);
  await chat.open(identity);
  await chat.expectConnection("open");

  // The log itself is in the tab order (to scroll it), the button right after it.
  await pressUntilFocused(page, "Tab", chat.log);
  await expectVisibleFocus(chat.log);
  const loadEarlier = chat.log.getByRole("button", { name: "Load earlier messages" });
  await page.keyboard.press("Tab");
  await expectVisibleFocus(loadEarlier);
  await page.keyboard.press("Enter");
  await expect(chat.log).not.toHaveAttribute("aria-busy", "true");
  await expect(loadEarlier).toHaveCount(0); // that was the last page
  // The button went away under the keyboard user's focus: focus moved to the log, not <body>,
  // so Home scrolls it to the oldest message.
  await expect(chat.log).toBeFocused();
  await page.keyboard.press("Home");
  await expect(chat.messagesBy("bot", "Turn number 1.")).toBeVisible();
});
