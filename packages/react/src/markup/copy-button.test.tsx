import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BotTurn } from "../components/bot-turn.js";
import { MessageItem } from "../components/message-item.js";
import { germanStrings } from "../i18n/german-strings.js";
import { testMessage } from "../testing/test-messages.js";
import { CopyButton } from "./copy-button.js";

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, "clipboard", { value, configurable: true });
}

let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;
beforeEach(() => {
  writeText = vi.fn(async (_text: string) => undefined);
  setClipboard({ writeText });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const copyButton = () => screen.getByRole<HTMLButtonElement>("button", { name: "Copy message" });
const press = async (button: HTMLElement) => {
  await act(async () => {
    fireEvent.click(button);
  });
};
const turn = (overrides: Parameters<typeof testMessage>[0]) =>
  render(<BotTurn message={testMessage(overrides)} onSend={() => {}} />);

describe("CopyButton", () => {
  it("writes its text, says Copied politely, then its label again after two seconds", async () => {
    vi.useFakeTimers();
    render(<CopyButton text="the text" label="Copy it" className="c" />);
    const button = screen.getByRole("button", { name: "Copy it" });
    expect(button.getAttribute("aria-live")).toBe("polite");
    await press(button);
    expect(writeText).toHaveBeenCalledWith("the text");
    expect(button.textContent).toBe("Copied");
    act(() => {
      vi.advanceTimersByTime(1_999);
    });
    expect(button.textContent).toBe("Copied");
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(button.textContent).toBe("Copy it");
  });

  it("clears its timer when unmounted", async () => {
    vi.useFakeTimers();
    const { unmount } = render(<CopyButton text="x" label="Copy" className="c" />);
    await press(screen.getByRole("button"));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("says it could not copy when the clipboard refuses, or throws", async () => {
    writeText.mockRejectedValueOnce(new Error("denied"));
    render(<CopyButton text="x" label="Copy" className="c" />);
    const button = screen.getByRole("button");
    await press(button);
    expect(button.textContent).toBe("Couldn't copy");
    cleanup();
    setClipboard({
      writeText: () => {
        throw new Error("not allowed");
      },
    });
    render(<CopyButton text="x" label="Copy" className="c" strings={germanStrings} />);
    await press(screen.getByRole("button"));
    expect(screen.getByRole("button").textContent).toBe("Kopieren fehlgeschlagen");
  });

  it("is not drawn without a clipboard", () => {
    setClipboard(undefined);
    const { container } = render(<CopyButton text="x" label="Copy" className="c" />);
    expect(container.innerHTML).toBe("");
  });
});

describe("a bot message's Copy button", () => {
  it("copies the message's text parts as written, its icon decorative", async () => {
    turn({
      parts: [
        { kind: "text", text: "First *part*" },
        {
          kind: "template",
          templateType: "mystery",
          payload: { template_type: "mystery" },
          fallbackText: "not copied",
        },
        { kind: "text", text: "Second part" },
      ],
    });
    const button = copyButton();
    expect(button.className).toBe("kc-copy-message");
    expect(button.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
    await press(button);
    expect(writeText).toHaveBeenCalledWith("First *part*\nSecond part");
    expect(button.textContent).toBe("Copied");
  });

  it("is there for a live agent's message too, in its strings", () => {
    render(
      <BotTurn
        message={testMessage({ author: "agent" })}
        onSend={() => {}}
        strings={germanStrings}
      />,
    );
    expect(screen.getByRole("button", { name: "Nachricht kopieren" })).toBeTruthy();
  });

  it("is not there for the user's own message, a turn without text, or a streaming answer", () => {
    render(
      <MessageItem
        message={testMessage({ author: "user", status: "delivered" })}
        onSend={() => {}}
      />,
    );
    turn({
      parts: [
        {
          kind: "template",
          templateType: "like_dislike",
          payload: { template_type: "like_dislike" },
          fallbackText: "x",
        },
      ],
    });
    turn({ key: "s", streaming: "open", text: "half an ans" });
    turn({ key: "blank", text: "  " });
    expect(screen.queryByRole("button", { name: "Copy message" })).toBeNull();
  });

  it("does not throw, and is not drawn, without a clipboard", () => {
    setClipboard(undefined);
    turn({ text: "hello" });
    expect(screen.getByText("hello")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Copy message" })).toBeNull();
  });
});
