import type { Page } from "@playwright/test";
import { axeFindings } from "./support/axe.js";
import type { ChatPage } from "./support/chat-page.js";
import { expect, openChat, test, uniqueText } from "./support/fixtures.js";

// PROTOCOL.md §10: files attached by the button, by drop and by paste, uploaded through the
// simulator's attachment endpoints, sent once with the message, and shown again in a second
// tab and after a reload.

/** A 4×4 red PNG. */
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEklEQVR4nGP4z8AARAwMDAwMAAAi8AP9w6nDSAAAAABJRU5ErkJggg==",
  "base64",
);

const fileInput = (chat: ChatPage) => chat.root.locator("input[type=file]");
const chips = (chat: ChatPage) => chat.root.getByRole("list", { name: "Attached files" });

/** Attaches `files` the way a user drops them on the panel. */
async function dropFiles(page: Page, chat: ChatPage, files: { name: string; base64: string }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name, { type: "image/png" }));
    }
    return transfer;
  }, files);
  await chat.log.dispatchEvent("dragenter", { dataTransfer });
  await expect(chat.root.getByText("Drop files to attach them")).toBeVisible();
  await chat.log.dispatchEvent("dragover", { dataTransfer });
  await chat.log.dispatchEvent("drop", { dataTransfer });
}

/** Pastes an image into the message field, as a screenshot from the clipboard. */
async function pasteImage(chat: ChatPage, name: string) {
  await chat.input.evaluate(
    (field, { name, base64 }) => {
      const transfer = new DataTransfer();
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], name, { type: "image/png" }));
      field.dispatchEvent(
        new ClipboardEvent("paste", {
          clipboardData: transfer,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
    },
    { name, base64: png.toString("base64") },
  );
}

/** The sent message's image has loaded from the simulator. */
async function expectImageShown(chat: ChatPage, text: string, name: string) {
  const bubble = chat.messagesBy("user", text);
  await expect(bubble).toHaveCount(1);
  const image = bubble.getByRole("button", { name: `Open image ${name}` }).locator("img");
  await expect(image).toHaveAttribute("src", /\/__files\//);
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
    .toBe(4);
}

test("a picture attached by the button is uploaded, sent once, and shown in a second tab and after a reload", async ({
  chat,
  simulator,
  identity,
  page,
  chatPageFor,
}) => {
  const second = await openChat(chatPageFor(await page.context().newPage()), identity);
  await fileInput(chat).setInputFiles({ name: "receipt.png", mimeType: "image/png", buffer: png });
  await expect(chips(chat).getByText("receipt.png")).toBeVisible();
  await expect(chat.sendButton).toBeEnabled();
  const text = uniqueText("my receipt");
  await chat.send(text);
  await expect(chips(chat)).toHaveCount(0);

  await expectImageShown(chat, text, "receipt.png");
  await expect(chat.messagesBy("user", text)).toHaveAttribute("data-status", "delivered");
  await expect(chat.messagesBy("bot", text)).toHaveCount(1);
  const received = (await simulator.received(identity)).filter((message) => message.body === text);
  expect(received).toHaveLength(1);
  const uploads = await simulator.uploads(identity);
  expect(uploads.map((upload) => upload.fileName)).toEqual(["receipt.png"]);
  expect(received[0]?.attachments?.[0]).toMatchObject({
    fileId: uploads[0]?.fileId,
    fileName: "receipt.png",
    fileType: "image",
  });

  await expectImageShown(second, text, "receipt.png");
  await chat.reload();
  await chat.expectConnection("open");
  await expectImageShown(chat, text, "receipt.png");
});

test("files dropped on the panel and an image pasted into the field are attached", async ({
  chat,
  simulator,
  identity,
  page,
}) => {
  await dropFiles(page, chat, [{ name: "dropped.png", base64: png.toString("base64") }]);
  await expect(chat.root.getByText("Drop files to attach them")).toHaveCount(0);
  await pasteImage(chat, "pasted.png");
  await expect(chips(chat).getByRole("listitem")).toHaveCount(2);
  await expect(chips(chat)).toContainText("dropped.png");
  await expect(chips(chat)).toContainText("pasted.png");
  await expect(chat.input).toHaveValue("");
  await expect(chat.sendButton).toBeEnabled();
  await chat.sendButton.click();
  const sent = chat.messagesBy("user").last();
  await expect(sent.getByRole("button", { name: /Open image/ })).toHaveCount(2);
  await expect(sent).toHaveAttribute("data-status", "delivered");
  expect((await simulator.uploads(identity)).map((upload) => upload.fileName).sort()).toEqual([
    "dropped.png",
    "pasted.png",
  ]);
});

test("a large file shows its progress, Send waits for it, and it goes in chunks", async ({
  chat,
  simulator,
  identity,
}) => {
  await simulator.setUploadDelay(300, identity);
  const size = 3.5 * 1024 * 1024;
  await fileInput(chat).setInputFiles({
    name: "manual.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.alloc(size, 7),
  });
  const progress = chips(chat).getByRole("progressbar", { name: "Uploading manual.pdf" });
  await expect(progress).toBeVisible();
  await expect(chat.sendButton).toBeDisabled();
  await expect
    .poll(() => progress.evaluate((bar: HTMLProgressElement) => bar.value))
    .toBeGreaterThan(0);
  await expect(progress).toHaveCount(0, { timeout: 15_000 });
  await expect(chat.sendButton).toBeEnabled();
  await chat.sendButton.click();
  const sent = chat.messagesBy("user").last();
  await expect(sent.getByRole("link", { name: "Download manual.pdf" })).toBeVisible();
  await expect(sent).toContainText("3.5 MB");
  const uploads = await simulator.uploads(identity);
  expect(uploads).toMatchObject([{ fileName: "manual.pdf", size, chunks: 4 }]);
});

test("an .exe and a 30 MB file are refused with a visible reason, and nothing is sent", async ({
  chat,
  simulator,
  identity,
}) => {
  await fileInput(chat).setInputFiles([
    { name: "setup.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") },
    { name: "movie.mp4", mimeType: "video/mp4", buffer: Buffer.alloc(30 * 1024 * 1024) },
  ]);
  const alert = chat.root.getByRole("alert");
  await expect(alert).toContainText("setup.exe: files of this type can't be sent");
  await expect(alert).toContainText("movie.mp4 is larger than 25 MB");
  await expect(chips(chat)).toHaveCount(0);
  await alert.getByRole("button", { name: "Dismiss" }).click();
  await expect(alert).toHaveCount(0);
  expect(await simulator.uploadRequests(identity)).toEqual([]);
  await expect(chat.sendButton).toBeEnabled();
});

test("keyboard only: attach from the file chooser, remove, attach again and send; axe clean", async ({
  chat,
  simulator,
  identity,
  page,
}) => {
  const attach = chat.root.getByRole("button", { name: "Attach a file" });
  await chat.input.focus();
  await page.keyboard.press("Shift+Tab");
  await expect(attach).toBeFocused();
  let chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Enter");
  await (await chooser).setFiles({
    name: "first.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("one"),
  });
  const remove = chat.root.getByRole("button", { name: "Remove first.txt" });
  await expect(remove).toBeVisible();
  await expect(chat.sendButton).toBeEnabled();

  expect(await axeFindings(page)).toEqual([]);

  await remove.focus();
  await page.keyboard.press("Enter");
  await expect(chips(chat)).toHaveCount(0);
  chooser = page.waitForEvent("filechooser");
  await attach.focus();
  await page.keyboard.press("Space");
  await (await chooser).setFiles({
    name: "second.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("two"),
  });
  await expect(chips(chat)).toContainText("second.txt");
  await chat.input.focus();
  const text = uniqueText("by keyboard");
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  const sent = chat.messagesBy("user", text);
  await expect(sent).toHaveAttribute("data-status", "delivered");
  await expect(sent.getByRole("link", { name: "Download second.txt" })).toBeVisible();
  expect((await simulator.uploads(identity)).map((upload) => upload.fileName)).toEqual([
    "first.txt",
    "second.txt",
  ]);
});

test("an image from the bot opens in a lightbox; Esc closes it and focus returns", async ({
  chat,
  page,
}) => {
  await chat.send("show image");
  const open = chat
    .messagesBy("bot")
    .last()
    .getByRole("button", { name: /Open image/ });
  await open.click();
  const dialog = chat.root.locator("dialog.kc-lightbox");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Close image" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();
});

test("the lightbox is open, with focus on Close, before the next frame", async ({ chat }) => {
  await chat.send("show image");
  const open = chat
    .messagesBy("bot")
    .last()
    .getByRole("button", { name: /Open image/ });
  await expect(open).toBeVisible();
  // Looked at before the next frame: an Escape pressed meanwhile must already reach the dialog.
  const shown = await open.evaluate(async (button: HTMLElement) => {
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const root = button.getRootNode() as Document | ShadowRoot;
    const dialog = root.querySelector<HTMLDialogElement>("dialog.kc-lightbox");
    return {
      open: dialog?.open === true,
      onClose: root.activeElement === dialog?.querySelector(".kc-lightbox__close"),
    };
  });
  expect(shown).toEqual({ open: true, onClose: true });
});

test("a file from the bot downloads through a safe link", async ({ chat }) => {
  await chat.send("send me a file");
  const link = chat
    .messagesBy("bot")
    .last()
    .getByRole("link", { name: /Download kore-chat-guide\.txt/ });
  await expect(link).toHaveAttribute("href", /^http:\/\/.*\/__files\//);
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
});
