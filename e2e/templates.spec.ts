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

test("a template button takes a click while the conversation is still scrolling", async ({
  chat,
  page,
}) => {
  await chat.send("show button");
  const button = chat
    .messagesBy("bot", "What would you like to see next?")
    .getByRole("button", { name: "Show carousel" });
  await expect(button).toBeVisible();

  // The list scrolls by itself whenever a message arrives; here it scrolls a little, and the
  // point under the button is looked at before that scroll has settled.
  const hit = await button.evaluate(async (element) => {
    const log = element.closest('[role="log"]') as HTMLElement;
    const scrolled = new Promise((resolve) =>
      log.addEventListener("scroll", resolve, { once: true }),
    );
    log.scrollTop -= 12;
    await scrolled;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const root = element.getRootNode() as Document | ShadowRoot;
    const target = root.elementFromPoint(x, y);
    return { x, y, onButton: target !== null && element.contains(target) };
  });
  expect(hit.onButton, "the button is what a click at its centre reaches").toBe(true);

  await page.mouse.click(hit.x, hit.y);
  await expect(chat.messagesBy("user", "Show carousel")).toHaveAttribute(
    "data-status",
    "delivered",
  );
});
