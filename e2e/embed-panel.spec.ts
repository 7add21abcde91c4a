import { expect, test, uniqueText } from "./support/fixtures.js";

// The embed's panel around the chat: header buttons, the phone layout, and what a tab keeps
// across the site's pages. Driven on the plain embed page (the React app has no panel).

test("the header minimises, enlarges and closes the panel, by mouse and by keyboard", async ({
  page,
  identity,
  simulator,
}) => {
  await page.goto(`/embed.html?user=${encodeURIComponent(identity)}`);
  await page.getByRole("button", { name: "Open chat" }).click();
  const chat = page.locator("[data-kore-chat]");
  await expect(chat).toHaveAttribute("data-connection", "open");
  const header = chat.locator(".kc-header");
  await expect(header.getByText("Online", { exact: true })).toBeVisible();
  const panel = page.locator(".kce-panel");

  // Larger window, by mouse, and back by keyboard.
  const usual = (await panel.boundingBox())?.width ?? 0;
  const expand = header.getByRole("button", { name: "Larger window" });
  await expand.click();
  await expect(expand).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => (await panel.boundingBox())?.width ?? 0).toBeGreaterThan(usual);
  await expand.focus();
  await page.keyboard.press("Enter");
  await expect(expand).toHaveAttribute("aria-pressed", "false");
  await expect.poll(async () => (await panel.boundingBox())?.width ?? 0).toBe(usual);

  // Minimise: hidden, the launcher takes focus, the conversation goes on.
  await header.getByRole("button", { name: "Minimise chat" }).click();
  await expect(panel).toBeHidden();
  const launcher = page.locator(".kce-launcher");
  await expect(launcher).toBeFocused();
  await expect(launcher).toHaveAccessibleName("Open chat");
  await page.keyboard.press("Enter");
  await expect(panel).toBeVisible();
  const text = uniqueText("before closing");
  await chat.getByRole("textbox", { name: "Message", exact: true }).fill(text);
  await page.keyboard.press("Enter");
  await expect(chat.locator('[data-author="bot"]', { hasText: `You said: ${text}` })).toHaveCount(
    1,
  );

  // Close chat, by keyboard: the platform session ends, the panel hides.
  await header.getByRole("button", { name: "Close chat" }).focus();
  await page.keyboard.press("Enter");
  await expect(panel).toBeHidden();
  await expect.poll(async () => (await simulator.closedSessions(identity)).length).toBe(1);
  await launcher.click();
  await expect(chat.locator('[data-notice="conversation_ended"]')).toHaveCount(1);
});

test("on a phone the open panel fills the screen and the launcher steps aside", async ({
  page,
  identity,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/embed.html?user=${encodeURIComponent(identity)}`);
  await page.getByRole("button", { name: "Open chat" }).click();
  const chat = page.locator("[data-kore-chat]");
  await expect(chat).toHaveAttribute("data-connection", "open");
  const panel = page.locator(".kce-panel");
  await expect.poll(() => panel.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
  await expect(page.locator(".kce-launcher")).toBeHidden();
  // The composer sits at the bottom of the screen, above nothing of the page's.
  const composer = await chat.locator(".kc-composer").boundingBox();
  expect((composer?.y ?? 0) + (composer?.height ?? 0)).toBeCloseTo(844, 0);
  await expect(chat.getByRole("button", { name: "Larger window" })).toBeHidden();

  await chat.getByRole("button", { name: "Minimise chat" }).click();
  await expect(panel).toBeHidden();
  await expect(page.locator(".kce-launcher")).toBeVisible();
  await expect(page.locator(".kce-launcher")).toBeFocused();
});

test("the open panel and the unsent draft follow the visitor to another page and a reload", async ({
  page,
  identity,
}) => {
  const user = encodeURIComponent(identity);
  await page.goto(`/embed.html?user=${user}`);
  await page.getByRole("button", { name: "Open chat" }).click();
  const chat = page.locator("[data-kore-chat]");
  const field = chat.getByRole("textbox", { name: "Message", exact: true });
  await field.fill("a question I have not sent");

  // Another page of the same site: the panel is open, the draft is there.
  await page.goto(`/embed.html?user=${user}&page=pricing`);
  await expect(chat).toBeVisible();
  await expect(field).toHaveValue("a question I have not sent");
  await page.reload();
  await expect(field).toHaveValue("a question I have not sent");

  // Sent, the draft is gone; minimised, the next page starts with the launcher alone.
  await field.press("Enter");
  await expect(field).toHaveValue("");
  await chat.getByRole("button", { name: "Minimise chat" }).click();
  await page.goto(`/embed.html?user=${user}&page=contact`);
  await expect(page.getByRole("button", { name: "Open chat" })).toBeVisible();
  await expect(chat).toBeHidden();
  await page.getByRole("button", { name: "Open chat" }).click();
  await expect(field).toHaveValue("");
});
