import { expect, test } from "./support/fixtures.js";

test("loading earlier messages keeps the message being read in place", async ({
  page,
  identity,
  simulator,
  chatPageFor,
}) => {
  // 30 turns: more than the first page of 20.
  for (let n = 1; n <= 30; n += 1) await simulator.push(identity, `Turn number ${n}.`);
  const chat = chatPageFor(page);
  await chat.open(identity);
  await chat.expectConnection("open");

  const loadEarlier = chat.log.getByRole("button", { name: "Load earlier messages" });
  await chat.log.evaluate((element) => {
    element.scrollTop = 0;
  });
  await expect(loadEarlier).toBeVisible();
  // The oldest message of the first page (newest first: turns 30 … 11).
  const anchor = chat.messagesBy("bot", "Turn number 11.");
  await expect(anchor).toBeVisible();
  const before = await anchor.boundingBox();

  await loadEarlier.click();
  await expect(chat.log).not.toHaveAttribute("aria-busy", "true");
  await expect(loadEarlier).toHaveCount(0); // that was the last page
  await expect(anchor).toBeVisible();
  const after = await anchor.boundingBox();
  expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0))).toBeLessThanOrEqual(2);

  // The older page is there, each message once.
  await chat.log.evaluate((element) => {
    element.scrollTop = 0;
  });
  await expect(chat.messagesBy("bot", "Turn number 1.")).toHaveCount(1);
  await expect(chat.messagesBy("bot", "Turn number 10.")).toHaveCount(1);
});
