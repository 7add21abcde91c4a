import { expect, test } from "./support/fixtures.js";

// PROTOCOL.md §8: a generative answer streamed in Markdown chunks (`show streaming` in the
// simulator's demo bot: ~30 chunks, ~40 ms apart, one messageId, the last with endChunk).

const HEADING = "Streaming, in short";

test("a streamed answer grows as one message and ends rendered as Markdown", async ({ chat }) => {
  await chat.send("show streaming");
  const answer = chat.messagesBy("bot", HEADING);
  // While chunks arrive: one message, marked as streaming, its growing text hidden from
  // screen readers (announced once, whole, at the end).
  await expect(chat.log.locator('[data-author="bot"][data-streaming="true"]')).toHaveCount(1);
  await expect(chat.log.locator('[data-streaming="true"] .kc-part').first()).toHaveAttribute(
    "aria-hidden",
    "true",
  );
  await expect(chat.root.locator('[data-typing="bot"]')).toHaveCount(0);

  await expect(answer).toHaveCount(1);
  await expect(answer).not.toHaveAttribute("data-streaming", "true");
  await expect(answer.locator(".kc-part").first()).not.toHaveAttribute("aria-hidden", "true");
  await expect(answer).toContainText("Read more in the");
  // Rendered Markdown, not asterisks and pipes.
  await expect(answer.getByRole("heading", { name: HEADING })).toBeVisible();
  await expect(answer.locator("strong", { hasText: "streamed answer" })).toHaveCount(1);
  await expect(answer.getByRole("columnheader", { name: "Frame" })).toBeVisible();
  await expect(answer.getByRole("row")).toHaveCount(3);
  await expect(answer.locator("pre code")).toContainText('client.on("bot_response"');
  await expect(answer.getByRole("button", { name: "Copy code" })).toBeVisible();
  await expect(answer.getByRole("link", { name: "platform documentation" })).toHaveAttribute(
    "href",
    "https://docs.kore.ai/",
  );
  await expect(answer).not.toContainText("**");
  await expect(answer).not.toContainText("| --- |");
  // Thirty frames, one bubble.
  await expect(
    chat.log.locator('[data-author="bot"]', { hasText: "each chunk is appended" }),
  ).toHaveCount(1);
});

test("a stream cut by a dropped socket is completed from history after the reconnect", async ({
  chat,
  simulator,
  identity,
}) => {
  await simulator.cutNextStream(identity);
  await chat.send("show streaming");
  const answer = chat.messagesBy("bot", HEADING);
  await expect(answer).toHaveCount(1);
  // The socket drops half way; the widget reconnects and reads the whole row from history.
  await chat.expectConnection("open");
  await expect(answer).toContainText("Read more in the", { timeout: 15_000 });
  await expect(answer).not.toHaveAttribute("data-streaming", "true");
  await expect(answer).toHaveCount(1);
  await expect(answer.getByRole("columnheader", { name: "Carries" })).toBeVisible();
});
