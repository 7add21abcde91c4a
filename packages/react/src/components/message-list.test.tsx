import type { ChatMessage } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { testMessage } from "../testing/test-messages.js";
import type { PartViewProps } from "./bot-turn.js";
import { MessageList } from "./message-list.js";

afterEach(cleanup);

const StubPart = ({ part }: PartViewProps) => <span>{part.kind === "text" ? part.text : ""}</span>;

const conversation: ChatMessage[] = [
  testMessage({ key: "a", author: "user", text: "hi", status: "delivered" }),
  testMessage({ key: "b", author: "bot", text: "hello" }),
  testMessage({ key: "c", author: "system", text: "joined" }),
];

/** happy-dom does no layout: give the scroller a size to scroll in. */
function sizeScroller(element: HTMLElement, scrollHeight: number, clientHeight: number) {
  Object.defineProperty(element, "scrollHeight", { configurable: true, get: () => scrollHeight });
  Object.defineProperty(element, "clientHeight", { configurable: true, get: () => clientHeight });
}

describe("MessageList", () => {
  it("is a polite log of the messages, in order", () => {
    render(<MessageList messages={conversation} onSend={() => {}} renderPart={StubPart} />);
    const log = screen.getByRole("log", { name: "Conversation" });
    expect(log.getAttribute("aria-live")).toBe("polite");
    expect(log.getAttribute("aria-relevant")).toBe("additions");
    const ids = [...log.querySelectorAll("[data-message-id]")].map((node) =>
      node.getAttribute("data-message-id"),
    );
    expect(ids).toEqual(["a", "b", "c"]);
  });

  it("offers Load earlier messages only when there is more, disabled while loading", () => {
    const onLoadEarlier = vi.fn();
    const { rerender } = render(
      <MessageList messages={conversation} onSend={() => {}} renderPart={StubPart} />,
    );
    expect(screen.queryByRole("button", { name: "Load earlier messages" })).toBeNull();

    rerender(
      <MessageList
        messages={conversation}
        onSend={() => {}}
        renderPart={StubPart}
        hasMore
        onLoadEarlier={onLoadEarlier}
      />,
    );
    const button = screen.getByRole("button", {
      name: "Load earlier messages",
    }) as HTMLButtonElement;
    const log = screen.getByRole("log");
    expect(log.firstElementChild).toBe(button);
    fireEvent.click(button);
    expect(onLoadEarlier).toHaveBeenCalledOnce();

    rerender(
      <MessageList
        messages={conversation}
        onSend={() => {}}
        renderPart={StubPart}
        hasMore
        loadingEarlier
        onLoadEarlier={onLoadEarlier}
      />,
    );
    expect(
      (screen.getByRole("button", { name: "Load earlier messages" }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(log.getAttribute("aria-busy")).toBe("true");
  });

  it("passes retries through to user messages", () => {
    const onRetry = vi.fn();
    render(
      <MessageList
        messages={[testMessage({ key: "f", author: "user", status: "failed" })]}
        onSend={() => {}}
        onRetry={onRetry}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalledWith("f");
  });

  it("shows the typing indicator after the messages", () => {
    render(<MessageList messages={conversation} onSend={() => {}} renderPart={StubPart} typing />);
    expect(screen.getByRole("log").lastElementChild?.textContent).toBe("Bot is typing");
  });

  it("follows new messages at the bottom, and offers New messages once scrolled up", () => {
    const { rerender } = render(
      <MessageList messages={conversation} onSend={() => {}} renderPart={StubPart} />,
    );
    const log = screen.getByRole("log");
    sizeScroller(log, 1000, 200);

    const withOneMore = [...conversation, testMessage({ key: "d", text: "more" })];
    rerender(<MessageList messages={withOneMore} onSend={() => {}} renderPart={StubPart} />);
    expect(log.scrollTop).toBeGreaterThan(0);
    expect(screen.queryByRole("button", { name: "New messages" })).toBeNull();

    log.scrollTop = 100;
    fireEvent.scroll(log);
    const withTwoMore = [...withOneMore, testMessage({ key: "e", text: "again" })];
    rerender(<MessageList messages={withTwoMore} onSend={() => {}} renderPart={StubPart} />);
    expect(log.scrollTop).toBe(100);
    fireEvent.click(screen.getByRole("button", { name: "New messages" }));
    expect(log.scrollTop).toBeGreaterThan(100);
    expect(screen.queryByRole("button", { name: "New messages" })).toBeNull();
  });
});
