import type { Locator, Page } from "@playwright/test";
import { axeFindings } from "./support/axe.js";
import type { ChatPage } from "./support/chat-page.js";
import { expect, test } from "./support/fixtures.js";
import { expectReceived } from "./support/template-keys.js";

// The official web SDK's newer templates, each shown by the demo bot and operated with keys
// only (Tab, Enter, Space on focused controls); what the platform received is checked, and
// the rendered template passes axe.

async function press(page: Page, control: Locator, ...keys: string[]) {
  await expect(control).toBeVisible();
  await control.focus();
  for (const key of keys) await page.keyboard.press(key);
}

async function expectAxeClean(chat: ChatPage) {
  expect(await axeFindings(chat.page)).toEqual([]);
}

test.describe("SDK card and list templates", () => {
  test("cardTemplate: Enter opens the heading's menu, Tab and Space send an option", async ({
    chat,
    simulator,
    page,
  }) => {
    await chat.send("show cardTemplate");
    const template = chat.messagesBy("bot", "Flight KC 101").last();
    await expect(template.getByText("Departs 10:40 · gate B12")).toBeVisible();
    const menu = template.getByRole("button", { name: "More actions" });
    await press(page, menu, "Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(template.getByRole("button", { name: "Change seat" })).toBeFocused();
    await expectAxeClean(chat);
    await page.keyboard.press("Space");
    await expectReceived(chat, simulator, "Change seat", {
      body: "show radioOptionTemplate",
      renderMsg: "Change seat",
    });
    await press(page, template.getByRole("button", { name: "Show receipt" }), "Enter");
    await expectReceived(chat, simulator, "Show receipt", {
      body: "show table",
      renderMsg: "Show receipt",
    });
  });

  test("advancedListTemplate: Enter opens an item, Space ticks its options, Enter books them", async ({
    chat,
    simulator,
    page,
  }) => {
    await chat.send("show advancedListTemplate");
    const template = chat.messagesBy("bot", "Upcoming meetings").last();
    const room = template.getByRole("button", { name: "Book a room" });
    await expect(room).toHaveAttribute("aria-expanded", "false");
    await press(page, room, "Enter");
    await expect(room).toHaveAttribute("aria-expanded", "true");
    // Tab from the item's title reaches its first option.
    await page.keyboard.press("Tab");
    await expect(template.getByRole("checkbox", { name: "Room 4.12" })).toBeFocused();
    await page.keyboard.press("Space");
    await press(page, template.getByRole("checkbox", { name: "Roof terrace" }), "Space");
    await expectAxeClean(chat);
    await press(page, template.getByRole("button", { name: "Book", exact: true }), "Enter");
    await expectReceived(chat, simulator, "Book: Room 4.12, Roof terrace", {
      body: "Book: room-412,terrace",
      renderMsg: "Book: Room 4.12, Roof terrace",
    });
  });

  test("advancedListTemplate: See more with Enter, then Space on a hidden item's button", async ({
    chat,
    simulator,
    page,
  }) => {
    await chat.send("show advancedListTemplate");
    const template = chat.messagesBy("bot", "Upcoming meetings").last();
    const planning = template.getByRole("button", { name: "Quarterly planning" });
    await expect(planning).toBeHidden();
    await press(page, template.getByRole("button", { name: "Show all meetings" }), "Enter");
    await press(page, planning, "Enter");
    await expect(planning).toHaveAttribute("aria-expanded", "true");
    await expect(template.getByRole("definition").filter({ hasText: "Room 2.01" })).toBeVisible();
    await press(page, template.getByRole("button", { name: "Accept" }), "Space");
    await expectReceived(chat, simulator, "Accept", { body: "hello", renderMsg: "Accept" });
  });

  test("articleTemplate: Enter opens an article in place, Tab and Enter press its button", async ({
    chat,
    simulator,
    page,
  }) => {
    await chat.send("show articleTemplate");
    const template = chat.messagesBy("bot", "Reset your password").last();
    const plan = template.getByRole("button", { name: "Change your plan" });
    await expect(template.getByRole("button", { name: "Compare plans" })).toHaveCount(0);
    await press(page, plan, "Enter");
    await expect(plan).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(template.getByRole("button", { name: "Compare plans" })).toBeFocused();
    await expectAxeClean(chat);
    await page.keyboard.press("Enter");
    await expectReceived(chat, simulator, "Compare plans", {
      body: "show radioOptionTemplate",
      renderMsg: "Compare plans",
    });
  });

  test("checkListTemplate: Enter on a task sends its action; Enter opens its steps, Tab reaches them", async ({
    chat,
    simulator,
    page,
  }) => {
    await chat.send("show checkListTemplate");
    const template = chat.messagesBy("bot", "Your onboarding").last();
    await expect(
      template.getByRole("progressbar", { name: "Complete your profile" }),
    ).toHaveAttribute("value", "40");
    const steps = template.getByRole("button", { name: "2 steps" }).nth(1);
    await press(page, steps, "Enter");
    await expect(steps).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(template.getByRole("link", { name: "How to" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(template.getByRole("button", { name: "Pick your team" })).toBeFocused();
    await expectAxeClean(chat);
    await page.keyboard.press("Enter");
    await expectReceived(chat, simulator, "Pick my team", {
      body: "show dropdown_template",
      renderMsg: "Pick my team",
    });
    await press(page, template.getByRole("button", { name: "Complete your profile" }), "Space");
    await expectReceived(chat, simulator, "Complete my profile", {
      body: "show form_template",
      renderMsg: "Complete my profile",
    });
  });

  test("in dark mode the four templates, opened, have no WCAG 2.2 AA violations", async ({
    chat,
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    for (const [command, shown, toggle] of [
      ["show cardTemplate", "Flight KC 101", "More actions"],
      ["show advancedListTemplate", "Upcoming meetings", "Book a room"],
      ["show articleTemplate", "Reset your password", "Reset your password"],
      ["show checkListTemplate", "Your onboarding", "2 steps"],
    ] as const) {
      await chat.send(command);
      const template = chat.messagesBy("bot", shown).last();
      await press(page, template.getByRole("button", { name: toggle }).first(), "Enter");
      await expect(template.getByRole("button", { name: toggle }).first()).toHaveAttribute(
        "aria-expanded",
        "true",
      );
    }
    await expectAxeClean(chat);
  });
});
