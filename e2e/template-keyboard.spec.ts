import type { Locator, Page } from "@playwright/test";
import type { ChatPage } from "./support/chat-page.js";
import { expect, test } from "./support/fixtures.js";
import type { SimulatorControl } from "./support/simulator-control.js";

// Each interactive template, operated with keys only (Enter, Space, arrows) on its focused
// controls, and what the platform received for the resulting message.

async function press(page: Page, control: Locator, ...keys: string[]) {
  await control.focus();
  for (const key of keys) await page.keyboard.press(key);
}

async function expectReceived(
  chat: ChatPage,
  simulator: SimulatorControl,
  shown: string,
  sent: { body: string; renderMsg: string },
) {
  const bubble = chat.messagesBy("user", shown).last();
  await expect(bubble).toHaveAttribute("data-status", "delivered");
  const id = Number(await bubble.getAttribute("data-message-id"));
  const received = (await simulator.received()).filter((m) => Number(m.clientMessageId) === id);
  expect(received).toEqual([expect.objectContaining(sent)]);
}

test("quick replies: Enter on a chip sends its payload", async ({ chat, simulator, page }) => {
  await chat.send("show quick_replies");
  const template = chat.messagesBy("bot", "Pick a color:").last();
  await press(page, template.getByRole("button", { name: "Green" }), "Enter");
  await expectReceived(chat, simulator, "Green", { body: "green", renderMsg: "Green" });
});

test("carousel: arrows move, Space on a card's button sends its payload", async ({
  chat,
  simulator,
  page,
}) => {
  await chat.send("show carousel");
  const template = chat.messagesBy("bot", "Summer collection").last();
  await press(page, template.getByRole("button", { name: /next/i }), "Enter");
  await press(page, template.getByRole("button", { name: "Buy now" }).nth(1), "Space");
  await expectReceived(chat, simulator, "Buy now", {
    body: "DEVELOPER_DEFINED_PAYLOAD_1",
    renderMsg: "Buy now",
  });
});

test("list: Enter on the footer button sends its payload", async ({ chat, simulator, page }) => {
  await chat.send("show list");
  const template = chat.messagesBy("bot", "Classic T-Shirt").last();
  await press(page, template.getByRole("button", { name: "View More" }), "Enter");
  await expectReceived(chat, simulator, "View More", {
    body: "show table",
    renderMsg: "View More",
  });
});

test("dropdown: arrow to an option, Enter on Submit sends its value", async ({
  chat,
  simulator,
  page,
}) => {
  await chat.send("show dropdown_template");
  const template = chat.messagesBy("bot", "Australian Dollar").last();
  await press(page, template.getByRole("combobox"), "ArrowDown");
  await press(page, template.getByRole("button", { name: "Submit" }), "Enter");
  await expectReceived(chat, simulator, "Euro", { body: "EUR", renderMsg: "Euro" });
});

test("multi select: Space ticks boxes, Done sends the values joined by commas", async ({
  chat,
  simulator,
  page,
}) => {
  await chat.send("show multi_select");
  const template = chat.messagesBy("bot", "Classic Shorts Collection").last();
  await press(
    page,
    template.getByRole("checkbox", { name: "Classic T-Shirt Collection" }),
    "Space",
  );
  await press(page, template.getByRole("checkbox", { name: "Classic Shorts Collection" }), "Space");
  await press(page, template.getByRole("button", { name: "Done" }), "Enter");
  await expectReceived(chat, simulator, "Classic T-Shirt Collection, Classic Shorts Collection", {
    body: "tShirt,shorts",
    renderMsg: "Classic T-Shirt Collection, Classic Shorts Collection",
  });
});

test("star rating: arrows choose four stars, Enter on Submit sends 4", async ({
  chat,
  simulator,
  page,
}) => {
  await chat.send("show feedbackTemplate");
  const template = chat.messagesBy("bot", "How would you rate this conversation?").last();
  await press(
    page,
    template.getByRole("radio", { name: "1 star" }),
    "Space",
    "ArrowRight",
    "ArrowRight",
    "ArrowRight",
  );
  await expect(template.getByRole("radio", { name: "4 stars" })).toBeChecked();
  await press(page, template.getByRole("button", { name: "Submit" }), "Enter");
  await expectReceived(chat, simulator, "★★★★☆", { body: "4", renderMsg: "★★★★☆" });
});
