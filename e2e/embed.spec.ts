import { expect, test, uniqueText } from "./support/fixtures.js";

test("the embed script alone puts a working widget in a shadow root on a plain page", async ({
  page,
  identity,
}) => {
  await page.goto(`/embed.html?user=${encodeURIComponent(identity)}`);
  await page.waitForFunction(() => "koreChatWidget" in window);
  expect(
    await page.evaluate(() => Object.isFrozen((window as { KoreChat?: object }).KoreChat)),
  ).toBe(true);

  // Isolated both ways: the widget lives in an open shadow root, styled by adopted sheets only.
  const styling = await page.evaluate(() => {
    const host = [...document.querySelectorAll("*")].find((element) => element.shadowRoot);
    return {
      mode: host?.shadowRoot?.mode,
      adopted: host?.shadowRoot?.adoptedStyleSheets.length ?? 0,
      styleElements: host?.shadowRoot?.querySelectorAll("style").length ?? -1,
    };
  });
  expect(styling).toMatchObject({ mode: "open", styleElements: 0 });
  expect(styling.adopted).toBeGreaterThan(0);

  const launcher = page.getByRole("button", { name: "Open chat" });
  await launcher.click();
  const chat = page.locator("[data-kore-chat]");
  await expect(chat).toHaveAttribute("data-connection", "open");
  const text = uniqueText("from a plain page");
  await chat.getByRole("textbox", { name: "Message" }).fill(text);
  await chat.getByRole("button", { name: "Send" }).click();
  const log = chat.getByRole("log");
  await expect(log.locator('[data-author="user"]', { hasText: text })).toHaveAttribute(
    "data-status",
    "delivered",
  );
  await expect(log.locator('[data-author="bot"]', { hasText: `You said: ${text}` })).toHaveCount(1);

  await page.locator(".kce-launcher").click();
  await expect(page.getByRole("button", { name: "Open chat" })).toBeFocused();
});
