import type { Locator, Page } from "@playwright/test";
import { playgroundUrl } from "./environment.js";
import { axeFindings } from "./support/axe.js";
import { expect, test, uniqueText } from "./support/fixtures.js";
import { expectReceived, press } from "./support/template-keys.js";

// The web SDK's input templates (one-time code, reset PIN, like / dislike) and a bot message's
// Copy button, operated with the keyboard only; codes reach the platform wrapped in the
// payload's `piiReductionChar`, and the user's bubble shows only dots.

/** Presses `key` until `target` has focus, failing after `limit` presses. */
async function tabTo(page: Page, key: "Tab" | "Shift+Tab", target: Locator, limit = 10) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element.matches(":focus"))) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** Everything the page keeps in Web Storage, as text. */
const storedText = (page: Page) =>
  page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));

test("one-time code: typed, checked, shown on demand, sent masked and never stored", async ({
  chat,
  simulator,
  page,
}) => {
  await chat.send("show otpValidationTemplate");
  const template = chat.messagesBy("bot", "We sent a 6-digit code").last();
  const field = template.getByLabel("Enter the one-time code");
  await expect(field).toHaveAttribute("type", "password");
  await expect(field).toHaveAttribute("autocomplete", "one-time-code");

  // Five digits and Enter: an alert, linked to the field, which keeps the focus.
  // Keys sent to the field itself (it is focused first), so a redraw of the row between
  // focusing and typing cannot send them elsewhere.
  await expect(field).toBeEnabled();
  await field.pressSequentially("12345");
  await field.press("Enter");
  const alert = template.getByRole("alert");
  await expect(alert).toHaveText("Enter exactly 6 digits");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/Enter exactly 6 digits/);
  await expect(field).toBeFocused();

  // Space on "Show digits" unmasks it; back to the field, the sixth digit, Enter.
  await page.keyboard.type("6");
  await page.keyboard.press("Tab");
  await expect(template.getByRole("checkbox", { name: "Show digits" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(field).toHaveAttribute("type", "text");
  await expect(field).toHaveValue("123456");
  await page.keyboard.press("Shift+Tab");
  await expect(field).toBeFocused();
  await page.keyboard.press("Enter");

  await expectReceived(chat, simulator, "••••••", { body: "#123456#", renderMsg: "••••••" });
  await expect(chat.messagesBy("bot", "that code checks out").last()).toBeVisible();
  await expect(field).toBeDisabled();
  await expect(field).toHaveValue("");
  await expect(chat.log).not.toContainText("123456");
  expect(await storedText(page)).not.toContain("123456");
});

test("one-time code: Enter on Resend sends its payload, and the bot sends a new code form", async ({
  chat,
  simulator,
  page,
}) => {
  await chat.send("show otpValidationTemplate");
  // The first of two: the bot answers Resend with a new form.
  const first = chat.messagesBy("bot", "We sent a 6-digit code").first();
  await press(page, first.getByRole("button", { name: "Resend code" }), "Enter");
  await expectReceived(chat, simulator, "Resend code", {
    body: "resend otp",
    renderMsg: "Resend code",
  });
  await expect(chat.messagesBy("bot", "I've sent you a new code.")).toBeVisible();
  await expect(first.getByLabel("Enter the one-time code")).toBeDisabled();
  const second = chat.messagesBy("bot", "I've sent you a new code.").last();
  await expect(second.getByLabel("Enter the one-time code")).toBeEnabled();
});

test("reset PIN: a mismatch is announced on the repeated field; a match is sent masked", async ({
  chat,
  simulator,
  page,
}) => {
  await chat.send("show resetPinTemplate");
  const template = chat.messagesBy("bot", "Reset your card PIN").last();
  const pin = template.getByLabel("Enter your new PIN", { exact: true });
  const repeat = template.getByLabel("Re-enter your new PIN");
  // Keys sent to the fields themselves (each is focused first), as in the one-time-code test:
  // under load the row was once found redrawn between focusing and typing (the keys went
  // nowhere); the keyboard path is Tab from one field to the next, still checked here.
  await press(page, pin);
  await pin.pressSequentially("1234");
  await pin.press("Tab");
  await expect(repeat).toBeFocused();
  await repeat.pressSequentially("1243");
  await repeat.press("Enter");
  await expect(template.getByRole("alert")).toHaveText("The two PINs don't match");
  await expect(repeat).toHaveAttribute("aria-invalid", "true");
  await expect(repeat).toBeFocused();

  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("34");
  await tabTo(page, "Tab", template.getByRole("button", { name: "Reset PIN" }));
  await page.keyboard.press("Enter");
  await expectReceived(chat, simulator, "••••", { body: "#1234#", renderMsg: "••••" });
  await expect(chat.messagesBy("bot", "your new PIN is set")).toBeVisible();
  await expect(pin).toBeDisabled();
  await expect(repeat).toBeDisabled();
  expect(await storedText(page)).not.toContain("#1234#");
});

test("like / dislike: Space on Like sends like, once", async ({ chat, simulator, page }) => {
  await chat.send("show like_dislike");
  const template = chat.messagesBy("bot", "Was this answer helpful?").last();
  const group = template.getByRole("group", { name: "Was this answer helpful?" });
  const like = group.getByRole("button", { name: "Like", exact: true });
  const dislike = group.getByRole("button", { name: "Dislike" });
  await expect(like).toHaveAttribute("aria-pressed", "false");
  await press(page, like, "Space");
  await expectReceived(chat, simulator, "Like", { body: "like", renderMsg: "Like" });
  await expect(chat.messagesBy("bot", "Glad it helped!")).toBeVisible();
  await expect(like).toHaveAttribute("aria-pressed", "true");
  await expect(like).toBeDisabled();
  await expect(dislike).toBeDisabled();
});

test("the three templates, an error and a Copy button have no WCAG 2.2 AA violations, light and dark", async ({
  chat,
  page,
}) => {
  for (const [command, text] of [
    ["show otpValidationTemplate", "We sent a 6-digit code"],
    ["show resetPinTemplate", "Reset your card PIN"],
    ["show like_dislike", "Was this answer helpful?"],
  ] as const) {
    await chat.send(command);
    await expect(chat.messagesBy("bot", text).last()).toBeVisible();
  }
  const reset = chat.messagesBy("bot", "Reset your card PIN").last();
  await press(page, reset.getByRole("button", { name: "Reset PIN" }), "Enter");
  await expect(reset.getByRole("alert")).toHaveText("Enter exactly 4 digits");
  await chat.messagesBy("bot").first().getByRole("button", { name: "Copy message" }).focus();
  expect(await axeFindings(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await axeFindings(page)).toEqual([]);
});

test("Copy: reached with Shift+Tab from the composer, Enter puts the bot's text on the clipboard", async ({
  chat,
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(playgroundUrl).origin,
  });
  const text = uniqueText("copy me");
  await chat.send(text);
  const reply = chat.messagesBy("bot", `You said: ${text}`);
  await expect(reply).toBeVisible();
  const copy = reply.locator(".kc-copy-message");
  await expect(copy).toHaveAccessibleName("Copy message");
  // In the layout but unseen until the turn is hovered or focused.
  await expect(copy).toHaveCSS("opacity", "0");
  await chat.input.focus();
  await tabTo(page, "Shift+Tab", copy);
  await expect(copy).toHaveCSS("opacity", "1");
  await page.keyboard.press("Enter");
  await expect(copy).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`You said: ${text}`);
  // The label comes back; the user's own messages have no Copy button.
  await expect(reply.getByRole("button", { name: "Copy message" })).toBeVisible();
  await expect(chat.messagesBy("user", text).getByRole("button")).toHaveCount(0);
});
