import { expect, test } from "./support/fixtures.js";
import { expectReceived, press } from "./support/template-keys.js";

// Each interactive template, operated with keys only (Enter, Space, arrows) on its focused
// controls, and what the platform received for the resulting message.

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

test("date picker: digits typed into the date field, Enter on Confirm sends it in the payload's format", async ({
  chat,
  simulator,
  page,
}) => {
  await chat.send("show dateTemplate");
  const template = chat.messagesBy("bot", "When would you like to travel?").last();
  const field = template.getByLabel("Select a date");
  await expect(field).toHaveAttribute("min", "2025-01-01");
  // Chromium's date field takes month, day and year as typed digits (en-US order).
  await press(page, field, ..."03052025".split(""));
  await expect(field).toHaveValue("2025-03-05");
  await press(page, template.getByRole("button", { name: "Confirm" }), "Enter");
  await expectReceived(chat, simulator, "Mar 5, 2025", {
    body: "03-05-2025",
    renderMsg: "Mar 5, 2025",
  });
  // Sent once: the picker is read-only now.
  await expect(field).toBeDisabled();
  await expect(template.getByRole("button", { name: "Confirm" })).toBeDisabled();
});

test("pie chart: an image with an accessible name; Enter on Show data opens its table, sending nothing", async ({
  chat,
  simulator,
  page,
}) => {
  await chat.send("show piechart");
  const template = chat.messagesBy("bot", "Travelling expenses report chart").last();
  await expect(
    template.getByRole("img", {
      name: "Pie chart, Travelling expenses report chart: Airlines: $ 1,264 (59%); Hotels: $ 568 (26%); Food: $ 324 (15%)",
    }),
  ).toBeVisible();
  const table = template.getByRole("table", { name: "Travelling expenses report chart" });
  await expect(table).toBeHidden();
  await press(page, template.getByText("Show data"), "Enter");
  await expect(table).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table.getByRole("row", { name: "Hotels $ 568 26%" })).toBeVisible();

  // The platform got the command, and nothing from the chart.
  const command = chat.messagesBy("user", "show piechart").last();
  await expect(command).toHaveAttribute("data-status", "delivered");
  const id = Number(await command.getAttribute("data-message-id"));
  const received = await simulator.received(chat.identity);
  const sent = received.find((m) => Number(m.clientMessageId) === id);
  expect(sent).toMatchObject({ body: "show piechart" });
  expect(
    received.filter((m) => m.userId === sent?.userId && m.receivedAt > (sent?.receivedAt ?? 0)),
  ).toEqual([]);
});
