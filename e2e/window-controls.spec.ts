import { ChatPage } from "./support/chat-page.js";
import { expect, test, uniqueText } from "./support/fixtures.js";

// The header's window buttons in a React host (the playground with `?windowControls=1`, which
// passes onMinimize, onClose, expanded and onExpandedChange): by mouse and by keyboard. The
// embed's panel has its own spec (embed-panel.spec.ts).

test("a React host's header minimises, enlarges and closes the chat, by mouse and by keyboard", async ({
  page,
  identity,
  simulator,
}) => {
  await page.goto(`/?${new URLSearchParams({ user: identity, windowControls: "1" })}`);
  const chat = new ChatPage(page, "page");
  await chat.expectConnection("open");
  const header = chat.root.locator(".kc-header");
  const frame = page.locator("#chat");

  // Larger window, by mouse, and back by keyboard.
  const usual = (await frame.boundingBox())?.height ?? 0;
  const expand = header.getByRole("button", { name: "Larger window" });
  await expand.click();
  await expect(expand).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => (await frame.boundingBox())?.height ?? 0).toBeGreaterThan(usual);
  await expand.focus();
  await page.keyboard.press("Enter");
  await expect(expand).toHaveAttribute("aria-pressed", "false");

  // Minimise: hidden behind the host's button, which takes focus; the connection stays.
  await header.getByRole("button", { name: "Minimise chat" }).click();
  await expect(chat.root).toBeHidden();
  const reopen = page.getByRole("button", { name: "Open chat" });
  await expect(reopen).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(chat.root).toBeVisible();
  await expect(chat.root.getByRole("textbox", { name: "Message", exact: true })).toBeFocused();
  const text = uniqueText("before closing");
  await chat.send(text);
  await expect(chat.messagesBy("bot", `You said: ${text}`)).toHaveCount(1);

  // Close chat, by keyboard: the platform session ends, the host hides the chat.
  await header.getByRole("button", { name: "Close chat" }).focus();
  await page.keyboard.press("Space");
  await expect(chat.root).toBeHidden();
  await expect.poll(async () => (await simulator.closedSessions(identity)).length).toBe(1);
});
