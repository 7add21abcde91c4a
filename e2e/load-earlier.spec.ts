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

test("a conversation of 60 messages is all in the page once its history is loaded", async ({
  page,
  identity,
  simulator,
  chatPageFor,
}) => {
  for (let n = 1; n <= 32; n += 1) await simulator.push(identity, `Row ${n}.`);
  const chat = chatPageFor(page);
  await chat.open(identity);
  await chat.expectConnection("open");
  const loadEarlier = chat.log.getByRole("button", { name: "Load earlier messages" });
  // "open" can come before the first history page is drawn: wait for that page
  // (and its Load earlier button) before counting what is left to load.
  await expect(chat.messagesBy("bot", "Row 32.")).toHaveCount(1);
  await expect(loadEarlier).toHaveCount(1);
  while ((await loadEarlier.count()) > 0) {
    await chat.log.evaluate((element) => {
      element.scrollTop = 0;
    });
    await loadEarlier.click();
    await expect(chat.log).not.toHaveAttribute("aria-busy", "true");
  }
  // 32 pushed + 14 sent and their 14 echoes = 60, every one mounted wherever the
  // list is scrolled (find in page, a screen reader's browse mode), none windowed away.
  for (let n = 1; n <= 14; n += 1) await chat.send(`Question ${n}`);
  await expect(chat.messagesBy("bot", "You said: Question 14")).toHaveCount(1);
  await chat.log.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(chat.messages).toHaveCount(60);
  await expect(chat.messagesBy("bot", "Row 1.")).toHaveCount(1);
  // Live pushes after that, and the list scrolled to its middle: still every row.
  for (let n = 33; n <= 36; n += 1) await simulator.push(identity, `Row ${n}.`);
  await expect(chat.messagesBy("bot", "Row 36.")).toHaveCount(1);
  await chat.log.evaluate((element) => {
    element.scrollTop = element.scrollHeight / 2;
  });
  await expect(chat.messages).toHaveCount(64);
  await expect(chat.messagesBy("bot", "Row 1.")).toHaveCount(1);
});
