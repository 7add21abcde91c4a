import { expect, test, welcomeHistory } from "./support/fixtures.js";

test("connects and shows the seeded history, oldest first", async ({
  page,
  identity,
  chatPageFor,
}) => {
  const chat = chatPageFor(page);
  await chat.open(identity);

  await chat.expectConnection("open");
  await chat.expectNoConnectionBanner();
  await expect(chat.messages).toHaveCount(welcomeHistory.length);
  // The whole (short) history is loaded: nothing earlier to load, and the log says so.
  await expect(chat.log.getByText("Start of the conversation", { exact: true })).toBeVisible();
  await expect(chat.root.getByRole("button", { name: "Load earlier messages" })).toHaveCount(0);
  for (const [index, expected] of welcomeHistory.entries()) {
    const message = chat.messages.nth(index);
    await expect(message).toHaveAttribute("data-author", expected.author);
    await expect(message).toContainText(expected.text);
    if (expected.author === "user")
      await expect(message).toHaveAttribute("data-status", "delivered");
  }
  // Every message is keyed, and no two share a key.
  const ids = await chat.messages.evaluateAll((items) =>
    items.map((item) => item.getAttribute("data-message-id")),
  );
  expect(ids.every((id) => id !== null && id !== "")).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
});
