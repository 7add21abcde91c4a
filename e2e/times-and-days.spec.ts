import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures.js";

/** Opens the widget in `locale` on this project's surface (the embed from its launcher). */
async function openIn(page: Page, surface: string, identity: string, locale: string) {
  const query = new URLSearchParams({ user: identity, locale });
  await page.goto(surface === "embed" ? `/embed.html?${query}` : `/?${query}`);
  if (surface === "embed") await page.locator("button.kce-launcher").click();
  const chat = page.locator("[data-kore-chat]");
  await expect(chat).toHaveAttribute("data-connection", "open");
  await expect(chat.locator("[data-message-id]")).toHaveCount(4); // the seeded history
  return chat;
}

const germanWeekday = "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)";

test("in German: a day separator over the history, and each run's time, with its full date for screen readers", async ({
  page,
  identity,
  surface,
}) => {
  const chat = await openIn(page, surface, identity, "de");
  // The seeded history: an exchange two days ago (its weekday), one an hour ago.
  await expect(chat.locator(".kc-day").first()).toHaveText(new RegExp(`^${germanWeekday}$`));
  const time = chat.locator(".kc-message-time").first();
  await expect(time.locator('[aria-hidden="true"]')).toHaveText(/^\d{1,2}:\d{2}$/); // 24-hour clock, "9:05" or "09:05"
  await expect(time.locator(".kc-visually-hidden")).toHaveText(
    new RegExp(`^${germanWeekday}, \\d{1,2}\\. \\p{L}+ \\d{4} um \\d{1,2}:\\d{2}$`, "u"),
  );
  expect(await time.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}T/);

  // A message sent now ends up under today's separator, with a time of its own.
  await chat.getByRole("textbox", { name: "Nachricht" }).fill("Guten Tag");
  await chat.getByRole("button", { name: "Senden" }).click();
  const row = chat.locator(".kc-row", { hasText: "Guten Tag" });
  await expect(row.locator(".kc-message-time--own")).toHaveCount(1);
  await expect(chat.locator(".kc-day").last()).toHaveText("Heute");
});

test("in Arabic: the separators and times in Arabic, right to left", async ({
  page,
  identity,
  surface,
}) => {
  const chat = await openIn(page, surface, identity, "ar");
  await expect(chat).toHaveAttribute("dir", "rtl");
  await expect(chat.locator(".kc-day").first()).toHaveText(
    /^(الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)$/,
  );
  const shown = await chat.locator('.kc-message-time [aria-hidden="true"]').first().textContent();
  // The 12-hour clock with the Arabic day period (ص/م), as Intl writes it for "ar".
  expect(shown).toMatch(/^[\d٠-٩]{1,2}:[\d٠-٩]{2}\s[صم]$/u);
  await chat.getByRole("textbox", { name: "رسالة" }).fill("مرحبا");
  await chat.getByRole("button", { name: "إرسال" }).click();
  await expect(chat.locator(".kc-day").last()).toHaveText("اليوم");
});
