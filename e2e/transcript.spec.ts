import { readFile } from "node:fs/promises";
import { expect, test, uniqueText } from "./support/fixtures.js";

test("Download transcript saves the conversation as a text file, from the keyboard", async ({
  page,
  identity,
  chatPageFor,
}) => {
  const chat = chatPageFor(page);
  await chat.open(identity);
  await chat.expectConnection("open");
  const text = uniqueText("for the record");
  await chat.send(text);
  await expect(chat.messagesBy("bot", `You said: ${text}`)).toHaveCount(1);

  await chat.root.getByRole("button", { name: "Chat options" }).focus();
  await page.keyboard.press("Enter");
  const item = chat.root.getByRole("button", { name: "Download transcript" });
  await expect(item).toBeVisible();
  const downloading = page.waitForEvent("download");
  await item.focus();
  await page.keyboard.press("Enter");
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^conversation-\d{4}-\d{2}-\d{2}\.txt$/);
  const saved = await readFile(await download.path(), "utf8");
  expect(saved).toContain(`You said: ${text}`);
  expect(saved).toContain(`Bot said: You said: ${text}`);
  // Each paragraph starts with its full date and time.
  expect(saved.split("\n\n")[0]).toMatch(/\d{4}.* — /);
});

test("the chat options menu has focus on its first item as soon as it is shown", async ({
  chat,
}) => {
  const toggle = chat.root.getByRole("button", { name: "Chat options" });
  // Looked at before the next frame: a key pressed meanwhile must already reach the menu.
  const focused = await toggle.evaluate(async (button: HTMLElement) => {
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const menu = button.parentElement?.querySelector(".kc-menu");
    const active = (button.getRootNode() as Document | ShadowRoot).activeElement;
    const first = menu?.querySelector("button:not([disabled])");
    return { shown: menu?.hasAttribute("hidden") === false, onFirstItem: active === first };
  });
  expect(focused).toEqual({ shown: true, onFirstItem: true });
});
