import { expect, test, uniqueText } from "./support/fixtures.js";

// A template the user answered is a fact of the conversation (kept in the store), not of the
// row that drew it: the virtualized list unmounts rows far from the viewport, and a submitted
// form must not come back enabled when its row is drawn again — nor after a reload.

test("a submitted form stays read-only after its row is recycled, and after a reload", async ({
  chat,
  simulator,
  identity,
}) => {
  await chat.send("show form_template");
  const form = () => chat.messagesBy("bot", "Please fill the form").last();
  const field = () => form().getByLabel("Enter Password");
  await expect(field()).toBeEnabled();
  await field().fill("hunter2");
  await form().getByRole("button", { name: "Ok" }).click();
  await expect(chat.messagesBy("user", "•••••••").last()).toHaveAttribute(
    "data-status",
    "delivered",
  );
  await expect(field()).toBeDisabled();

  // Enough live turns to make the list windowed (up to 200 messages all stay mounted) and to
  // push the form far out of the rendered rows.
  const last = uniqueText("Turn at the end");
  for (let batch = 0; batch < 9; batch += 1) {
    await Promise.all(
      Array.from({ length: 25 }, (_, n) =>
        simulator.push(identity, `Filler turn ${batch * 25 + n}.`),
      ),
    );
  }
  await simulator.push(identity, last);
  await expect(chat.messagesBy("bot", last)).toBeVisible();
  await expect(chat.messagesBy("bot", "Please fill the form")).toHaveCount(0); // unmounted

  // Back to the top: the form's row is drawn anew, and it is still answered.
  await expect(async () => {
    await chat.log.evaluate((element) => {
      element.scrollTop = 0;
    });
    await expect(field()).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(field()).toBeDisabled();
  await expect(form().getByRole("button", { name: "Ok" })).toBeDisabled();

  // After a reload the form comes from history (an older page): read-only as well.
  await chat.reload();
  await chat.expectConnection("open");
  const loadEarlier = chat.log.getByRole("button", { name: "Load earlier messages" });
  // Twelve pages of 20 to load, one click each: retry briskly, and allow for a machine busy
  // with another worker's test.
  await expect(async () => {
    await chat.log.evaluate((element) => {
      element.scrollTop = 0;
    });
    if (await loadEarlier.isVisible()) await loadEarlier.click();
    await expect(field()).toBeVisible({ timeout: 250 });
  }).toPass({ intervals: [250], timeout: 60_000 });
  await expect(field()).toBeDisabled();
});
