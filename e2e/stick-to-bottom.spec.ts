import { expect, test } from "./support/fixtures.js";

test("at the bottom, the list follows a card that grows after it is drawn (images loading)", async ({
  chat,
}) => {
  await chat.send("show carousel");
  await expect(chat.root.getByRole("button", { name: "Next card" })).toBeVisible();
  // Its images load after the row was drawn and scrolled to: the end is followed, not left
  // 150 px below the fold as if the visitor had scrolled up.
  await expect
    .poll(() => chat.log.evaluate((log) => log.scrollHeight - log.scrollTop - log.clientHeight))
    .toBeLessThanOrEqual(2);
  await expect(chat.root.getByRole("button", { name: "New messages" })).toHaveCount(0);
});
