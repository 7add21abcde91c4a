import { expect, test } from "./support/fixtures.js";

test("a template button sends its payload, and the user's bubble shows its title", async ({
  chat,
  simulator,
}) => {
  await chat.send("show button");
  const template = chat.messagesBy("bot", "What would you like to see next?");
  await expect(template).toHaveCount(1);
  const link = template.getByRole("link", { name: "Open the docs" });
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");

  await template.getByRole("button", { name: "Show carousel" }).click();
  const bubble = chat.messagesBy("user", "Show carousel");
  await expect(bubble).toHaveAttribute("data-status", "delivered");
  const id = Number(await bubble.getAttribute("data-message-id"));

  // The platform received the button's payload as the body, and its title to render.
  const received = (await simulator.received(chat.identity)).filter(
    (m) => Number(m.clientMessageId) === id,
  );
  expect(received).toEqual([
    expect.objectContaining({ body: "show carousel", renderMsg: "Show carousel" }),
  ]);
  // …and the bot answered the payload: the carousel arrives.
  await expect(chat.messagesBy("bot").last().getByRole("button", { name: /next/i })).toBeVisible();
});
