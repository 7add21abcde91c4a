import type { AttachmentDraft } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Composer, type ComposerAttachments } from "../components/composer.js";
import { germanStrings } from "../i18n/german-strings.js";
import { AttachmentTray } from "./attachment-tray.js";
import { formatFileSize } from "./file-size.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function draft(overrides: Partial<AttachmentDraft> = {}): AttachmentDraft {
  return {
    id: "a1",
    file: new Blob(["x"]),
    fileName: "report.pdf",
    fileType: "attachment",
    size: 2048,
    sentBytes: 0,
    status: "uploading",
    ...overrides,
  };
}

function attachments(overrides: Partial<ComposerAttachments> = {}) {
  return {
    drafts: [],
    rejections: [],
    onAttach: vi.fn(),
    onRemove: vi.fn(),
    onDismissRejections: vi.fn(),
    ...overrides,
  } satisfies ComposerAttachments;
}

describe("Composer with attachments", () => {
  it("has an 'Attach a file' button that opens a real multiple file input", () => {
    const props = attachments({ accept: ".pdf,.png" });
    const { container } = render(<Composer onSend={vi.fn()} attachments={props} />);
    const input = container.querySelector<HTMLInputElement>("input[type=file]");
    expect(input?.multiple).toBe(true);
    expect(input?.accept).toBe(".pdf,.png");
    const click = vi.spyOn(input as HTMLInputElement, "click");
    fireEvent.click(screen.getByRole("button", { name: "Attach a file" }));
    expect(click).toHaveBeenCalledTimes(1);
    const file = new File(["%PDF"], "a.pdf");
    fireEvent.change(input as HTMLInputElement, { target: { files: [file] } });
    expect(props.onAttach).toHaveBeenCalledWith([file]);
  });

  it("attaches a pasted image instead of inserting text", () => {
    const props = attachments();
    render(<Composer onSend={vi.fn()} attachments={props} />);
    const image = new File(["png"], "image.png", { type: "image/png" });
    fireEvent.paste(screen.getByRole("textbox"), { clipboardData: { files: [image] } });
    expect(props.onAttach).toHaveBeenCalledWith([image]);
    fireEvent.paste(screen.getByRole("textbox"), { clipboardData: { files: [] } });
    expect(props.onAttach).toHaveBeenCalledTimes(1);
  });

  it("disables Send until every attachment has uploaded, then sends even with no text", () => {
    const onSend = vi.fn();
    const { rerender } = render(
      <Composer onSend={onSend} attachments={attachments({ drafts: [draft()] })} />,
    );
    const send = screen.getByRole("button", { name: "Send" }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.keyDown(screen.getByRole("textbox"), { key: "Enter" });
    expect(onSend).not.toHaveBeenCalled();
    rerender(
      <Composer
        onSend={onSend}
        attachments={attachments({ drafts: [draft({ status: "uploaded", sentBytes: 2048 })] })}
      />,
    );
    expect(send.disabled).toBe(false);
    fireEvent.click(send);
    expect(onSend).toHaveBeenCalledWith("");
  });

  it("without files an empty text still sends nothing", () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} attachments={attachments()} />);
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    expect(onSend).not.toHaveBeenCalled();
  });
});

describe("AttachmentTray", () => {
  it("shows each file's name, size, progress and a remove button", () => {
    const onRemove = vi.fn();
    render(
      <AttachmentTray
        drafts={[
          draft({ sentBytes: 1024 }),
          draft({ id: "a2", fileName: "b.txt", status: "failed" }),
        ]}
        rejections={[]}
        onRemove={onRemove}
        onDismissRejections={vi.fn()}
      />,
    );
    const list = screen.getByRole("list", { name: "Attached files" });
    expect(list.textContent).toContain("report.pdf");
    expect(list.textContent).toContain("2 kB");
    const progress = screen.getByRole("progressbar", { name: "Uploading report.pdf" });
    expect(progress.getAttribute("value")).toBe("1024");
    expect(progress.getAttribute("max")).toBe("2048");
    expect(screen.getByRole("alert").textContent).toBe("b.txt could not be uploaded");
    fireEvent.click(screen.getByRole("button", { name: "Remove b.txt" }));
    expect(onRemove).toHaveBeenCalledWith("a2");
  });

  it("shows an image's thumbnail from an object URL and revokes it when removed", () => {
    const create = vi.fn(() => "blob:thumb-1");
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const image = draft({ fileName: "cat.png", fileType: "image" });
    const { container, rerender } = render(
      <AttachmentTray
        drafts={[image]}
        rejections={[]}
        onRemove={vi.fn()}
        onDismissRejections={vi.fn()}
      />,
    );
    expect(container.querySelector("img")?.getAttribute("src")).toBe("blob:thumb-1");
    expect(create).toHaveBeenCalledWith(image.file);
    rerender(
      <AttachmentTray
        drafts={[]}
        rejections={[]}
        onRemove={vi.fn()}
        onDismissRejections={vi.fn()}
      />,
    );
    expect(revoke).toHaveBeenCalledWith("blob:thumb-1");
  });

  it("names each refused file and why, in the widget's language, as text", () => {
    const onDismiss = vi.fn();
    render(
      <AttachmentTray
        drafts={[]}
        rejections={[
          { reason: "too_large", fileName: "big.mov", limit: 25 * 1024 * 1024 },
          { reason: "type_not_allowed", fileName: '<img src=x onerror="alert(1)">.exe' },
          { reason: "too_many", fileName: "11.txt", limit: 10 },
          { reason: "empty", fileName: "empty.txt" },
        ]}
        onRemove={vi.fn()}
        onDismissRejections={onDismiss}
        strings={germanStrings}
      />,
    );
    const alert = screen.getByRole("alert");
    const items = Array.from(alert.querySelectorAll("li")).map((item) => item.textContent);
    expect(items).toEqual([
      "big.mov ist größer als 25 MB",
      '<img src=x onerror="alert(1)">.exe: Dateien dieses Typs können nicht gesendet werden',
      "11.txt wurde nicht hinzugefügt: höchstens 10 Dateien pro Nachricht",
      "empty.txt ist leer",
    ]);
    expect(alert.querySelector("img")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Schließen" }));
    expect(onDismiss).toHaveBeenCalled();
  });
});

describe("formatFileSize", () => {
  it("reads in the widget's locale, in binary steps", () => {
    expect(formatFileSize(512, "en")).toBe("0.5 kB");
    expect(formatFileSize(1536, "en")).toBe("1.5 kB");
    expect(formatFileSize(25 * 1024 * 1024, "de")).toBe("25 MB");
    expect(formatFileSize(Number.NaN, "en")).toBe("0 kB");
  });
});
