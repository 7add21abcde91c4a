import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ChatHeader } from "./chat-header.js";

afterEach(cleanup);

describe("ChatHeader", () => {
  it("shows only the buttons it has callbacks for", () => {
    render(<ChatHeader title="Support" />);
    expect(screen.queryAllByRole("button")).toHaveLength(0);
  });

  it("minimises, closes and toggles the larger window", () => {
    const onMinimize = vi.fn();
    const onClose = vi.fn();
    const onExpandedChange = vi.fn();
    const { rerender } = render(
      <ChatHeader
        title="Support"
        status="Online"
        onMinimize={onMinimize}
        onClose={onClose}
        expanded={false}
        onExpandedChange={onExpandedChange}
      />,
    );
    expect(screen.getByText("Online")).toBeTruthy();
    const expand = screen.getByRole("button", { name: "Larger window" });
    expect(expand.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(expand);
    expect(onExpandedChange).toHaveBeenCalledWith(true);
    rerender(
      <ChatHeader
        title="Support"
        onMinimize={onMinimize}
        onClose={onClose}
        expanded
        onExpandedChange={onExpandedChange}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Larger window" }));
    expect(onExpandedChange).toHaveBeenLastCalledWith(false);
    fireEvent.click(screen.getByRole("button", { name: "Minimise chat" }));
    fireEvent.click(screen.getByRole("button", { name: "Close chat" }));
    expect(onMinimize).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it("keeps Download transcript available while the connection's actions are disabled", () => {
    const onDownloadTranscript = vi.fn();
    render(
      <ChatHeader
        onEndConversation={() => {}}
        onDownloadTranscript={onDownloadTranscript}
        actionsDisabled
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Chat options" }));
    const end = screen.getByRole("button", { name: "End conversation" }) as HTMLButtonElement;
    const download = screen.getByRole("button", {
      name: "Download transcript",
    }) as HTMLButtonElement;
    expect(end.disabled).toBe(true);
    expect(download.disabled).toBe(false);
    fireEvent.click(download);
    expect(onDownloadTranscript).toHaveBeenCalledTimes(1);
  });

  it("shows the bot's picture only when its URL is safe", () => {
    const { container, rerender } = render(<ChatHeader avatar="javascript:alert(1)" />);
    expect(container.querySelector("img")).toBeNull();
    rerender(<ChatHeader avatar="https://cdn.example.com/bot.png" />);
    expect(container.querySelector("img")?.getAttribute("src")).toBe(
      "https://cdn.example.com/bot.png",
    );
  });

  it("has a Message sound toggle only with onSoundChange, pressed while on", () => {
    const onSoundChange = vi.fn();
    const { rerender } = render(<ChatHeader sound />);
    expect(screen.queryByRole("button", { name: "Message sound" })).toBeNull();
    rerender(<ChatHeader sound={false} onSoundChange={onSoundChange} />);
    const toggle = screen.getByRole("button", { name: "Message sound" });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(toggle);
    expect(onSoundChange).toHaveBeenLastCalledWith(true);
    rerender(<ChatHeader sound onSoundChange={onSoundChange} />);
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(toggle);
    expect(onSoundChange).toHaveBeenLastCalledWith(false);
  });
});
