import { KoreTransportError } from "@kore-chat/transport";
import { createFakeScheduler } from "@kore-chat/transport/testing";
import { describe, expect, it } from "vitest";
import { attachmentsReady } from "./chat/attachment-drafts.js";
import { createChatStore } from "./create-chat-store.js";
import { attachmentParts } from "./normalize/attachment-parts.js";
import { normalizeHistoryRow } from "./normalize/normalize-history-row.js";
import { FakeKoreClient } from "./testing/fake-kore-client.js";

const file = (name: string, size: number) => new File([new Uint8Array(size)], name);
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function harness() {
  const { scheduler } = createFakeScheduler(Date.parse("2026-03-01T10:00:00Z"));
  const client = new FakeKoreClient();
  const store = createChatStore({ client, scheduler });
  return { client, store, drafts: () => store.getState().attachments.drafts };
}

describe("createChatStore: the composer's attachments", () => {
  it("uploads an attached file at once, shows its progress, then sends it with the text", async () => {
    const h = harness();
    h.store.actions.attach([file("invoice.pdf", 2_000)]);
    expect(h.drafts()).toMatchObject([
      { fileName: "invoice.pdf", size: 2_000, status: "uploading", sentBytes: 0 },
    ]);
    expect(h.client.uploads.map((upload) => upload.fileName)).toEqual(["invoice.pdf"]);
    h.client.uploads[0]?.progress(1_000);
    expect(h.drafts()[0]?.sentBytes).toBe(1_000);
    expect(attachmentsReady(h.store.getState().attachments)).toBe(false);

    h.client.uploads[0]?.resolve("fi-invoice");
    await settle();
    expect(h.drafts()[0]).toMatchObject({ status: "uploaded", sentBytes: 2_000 });

    const key = h.store.actions.send("Here it is");
    expect(key).not.toBe("");
    expect(h.client.sent.at(-1)).toMatchObject({
      text: "Here it is",
      attachments: [{ fileId: "fi-invoice", fileName: "invoice.pdf", size: 2_000 }],
    });
    expect(h.store.getState().messages.at(-1)?.parts).toEqual([
      { kind: "text", text: "Here it is" },
      { kind: "media", mediaType: "document", url: "", name: "invoice.pdf", size: 2_000 },
    ]);
    expect(h.drafts()).toEqual([]);
  });

  it("sends attachments with no text", async () => {
    const h = harness();
    h.store.actions.attach([file("a.png", 10)]);
    h.client.uploads[0]?.resolve();
    await settle();
    expect(h.store.actions.send("")).not.toBe("");
    expect(h.client.sent.at(-1)?.text).toBe("");
    expect(h.store.getState().messages.at(-1)?.parts).toHaveLength(1);
  });

  it("sends nothing while an attachment still uploads or failed, until it is removed", async () => {
    const h = harness();
    h.store.actions.attach([file("a.pdf", 10), file("b.pdf", 10)]);
    expect(h.store.actions.send("now")).toBe("");
    h.client.uploads[0]?.resolve();
    h.client.uploads[1]?.reject(new KoreTransportError("http", "500", { status: 500 }));
    await settle();
    expect(h.drafts().map((draft) => draft.status)).toEqual(["uploaded", "failed"]);
    expect(h.store.actions.send("now")).toBe("");
    expect(h.client.sent).toEqual([]);
    const failed = h.drafts()[1];
    h.store.actions.removeAttachment(failed?.id ?? "");
    expect(h.store.actions.send("now")).not.toBe("");
    expect(h.client.sent.at(-1)?.attachments).toHaveLength(1);
  });

  it("cancels the upload of a removed attachment", () => {
    const h = harness();
    h.store.actions.attach([file("a.pdf", 10)]);
    const [draft] = h.drafts();
    h.store.actions.removeAttachment(draft?.id ?? "");
    expect(h.client.uploads[0]?.signal?.aborted).toBe(true);
    expect(h.drafts()).toEqual([]);
  });

  it("refuses files before uploading them and says which and why", () => {
    const h = harness();
    h.store.actions.attach([
      file("setup.exe", 10),
      file("huge.mp4", 0),
      file("ok.txt", 5),
      { name: "big.pdf", size: 30_000_000 } as unknown as File,
    ]);
    expect(h.client.uploads.map((upload) => upload.fileName)).toEqual(["ok.txt"]);
    expect(h.store.getState().attachments.rejections).toEqual([
      { reason: "type_not_allowed", fileName: "setup.exe" },
      { reason: "empty", fileName: "huge.mp4" },
      { reason: "too_large", fileName: "big.pdf", limit: 25 * 1024 * 1024 },
    ]);
    h.store.actions.dismissAttachmentRejections();
    expect(h.store.getState().attachments.rejections).toEqual([]);
  });

  it("counts attached files towards maxFiles", () => {
    const h = harness();
    h.client.attachmentRules = { ...h.client.attachmentRules, maxFiles: 2 };
    h.store.actions.attach([file("1.txt", 1)]);
    h.store.actions.attach([file("2.txt", 1), file("3.txt", 1)]);
    expect(h.drafts().map((draft) => draft.fileName)).toEqual(["1.txt", "2.txt"]);
    expect(h.store.getState().attachments.rejections).toEqual([
      { reason: "too_many", fileName: "3.txt", limit: 2 },
    ]);
  });

  it("shows the attachments of an echo from the user's other session", () => {
    const h = harness();
    h.client.emit("user_message", {
      type: "user_message",
      id: 42,
      message: {
        body: "",
        attachments: [
          { fileName: "cat.png", fileType: "image", fileId: "f1", fileUrl: "https://x.test/c.png" },
        ],
      },
    });
    expect(h.store.getState().messages.at(-1)).toMatchObject({
      author: "user",
      parts: [{ kind: "media", mediaType: "image", url: "https://x.test/c.png", name: "cat.png" }],
    });
  });
});

describe("attachmentParts: untrusted attachments", () => {
  it("keeps hostile names as text, skips what is not an attachment, cuts long names", () => {
    const parts = attachmentParts([
      null,
      "file.png",
      { fileName: '<img src=x onerror="alert(1)">.png', fileType: "image" },
      { fileName: `${"a".repeat(400)}.pdf`, fileType: "attachment", size: "12" },
      { fileName: "x.svg", fileType: "image", fileUrl: "javascript:alert(1)" },
      { fileType: "video" },
      { fileName: "clip.mp4", fileType: "<script>", fileUrl: "https://x.test/c.mp4", size: -1 },
    ]);
    expect(parts).toEqual([
      { kind: "media", mediaType: "document", url: "", name: '<img src=x onerror="alert(1)">.png' },
      { kind: "media", mediaType: "document", url: "", name: `${"a".repeat(254)}…`, size: 12 },
      // The URL is kept as sent: the renderer's safe-URL rule refuses it.
      { kind: "media", mediaType: "image", url: "javascript:alert(1)", name: "x.svg" },
      { kind: "media", mediaType: "document", url: "https://x.test/c.mp4", name: "clip.mp4" },
    ]);
    expect(attachmentParts("not a list")).toEqual([]);
  });

  it("reads a history row's image and file components like the live attachments", () => {
    const parts = normalizeHistoryRow({
      _id: "ms-1",
      type: "incoming",
      components: [
        { cT: "text", data: { text: "Two files" } },
        {
          cT: "image",
          data: { text: "", fileName: "cat.png", url: "https://x.test/c.png", size: 9 },
          thumbnails: [],
        },
        { cT: "attachment", data: { text: "", fileName: "notes.txt", size: 3 }, thumbnails: [] },
        { cT: "filelink", data: { text: "", url: "https://x.test/doc.pdf" } },
      ],
    } as never);
    expect(parts).toEqual([
      { kind: "text", text: "Two files" },
      { kind: "media", mediaType: "image", url: "https://x.test/c.png", name: "cat.png", size: 9 },
      { kind: "media", mediaType: "document", url: "", name: "notes.txt", size: 3 },
      { kind: "media", mediaType: "document", url: "https://x.test/doc.pdf" },
    ]);
  });
});
