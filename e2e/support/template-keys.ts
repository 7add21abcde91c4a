import { expect, type Locator, type Page } from "@playwright/test";
import type { ChatPage } from "./chat-page.js";
import type { SimulatorControl } from "./simulator-control.js";

/** Focuses `control` once it is enabled, then presses `keys` on it, one after the other. */
export async function press(page: Page, control: Locator, ...keys: string[]): Promise<void> {
  // `.last()` may still be the history's read-only copy of the template until the bot's new
  // one arrives: wait for a live (enabled) control before pressing.
  await expect(control).toBeEnabled();
  await control.focus();
  for (const key of keys) await page.keyboard.press(key);
}

/**
 * The user's newest bubble showing `shown` was delivered, and the simulator received exactly
 * one message for it, with `sent`'s fields.
 */
export async function expectReceived(
  chat: ChatPage,
  simulator: SimulatorControl,
  shown: string,
  sent: { body: string; renderMsg: string },
): Promise<void> {
  const bubble = chat.messagesBy("user", shown).last();
  await expect(bubble).toHaveAttribute("data-status", "delivered");
  const id = Number(await bubble.getAttribute("data-message-id"));
  const received = (await simulator.received(chat.identity)).filter(
    (m) => Number(m.clientMessageId) === id,
  );
  expect(received).toEqual([expect.objectContaining(sent)]);
}
