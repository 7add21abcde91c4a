import type { ChatMessage } from "@kore-chat/store";
import { act, cleanup, fireEvent, render as renderOnce, screen } from "@testing-library/react";
import type { ReactElement } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { germanStrings } from "../i18n/german-strings.js";
import { testMessage } from "../testing/test-messages.js";
import type { PartViewProps } from "./bot-turn.js";
import { allMountedUpTo, MessageList } from "./message-list.js";

const StubPart = ({ part }: PartViewProps) => <span>{part.kind === "text" ? part.text : ""}</span>;

const conversation: ChatMessage[] = [
  testMessage({ key: "a", author: "user", text: "hi", status: "delivered" }),
  testMessage({ key: "b", author: "bot", text: "hello" }),
  testMessage({ key: "c", author: "system", text: "joined" }),
];

/** Row height (its 8 px gap included) and viewport height of the fake layout (px). */
const rowStride = 58;
const viewport = 400;
/** Height of "Load earlier messages" in the fake layout (px). */
const loadEarlierHeight = 40;

const observers = new Set<FakeResizeObserver>();

/** Reports fixed sizes, but only when `layout()` says so (as a browser would after layout). */
class FakeResizeObserver {
  readonly targets = new Set<Element>();
  constructor(readonly callback: ResizeObserverCallback) {
    observers.add(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
    observers.delete(this);
  }
}

function sizeOf(element: Element): number {
  if (element.classList.contains("kc-scroll")) return viewport;
  if (element.firstElementChild?.classList.contains("kc-row")) return rowStride;
  return 0;
}

/** Lets the observers report every observed element's size, until rendering settles. */
async function layout() {
  // The virtualizer attaches to `scrollRef` in a microtask.
  await act(async () => {});
  act(() => {
    for (let round = 0; round < 8; round++) {
      for (const observer of [...observers]) {
        const entries = [...observer.targets]
          .filter((target) => target.isConnected)
          .map((target) => {
            const height = sizeOf(target);
            return {
              target,
              contentRect: { width: 320, height },
            } as unknown as ResizeObserverEntry;
          });
        if (entries.length > 0) {
          observer.callback(entries, observer as unknown as ResizeObserver);
        }
      }
    }
  });
}

/**
 * happy-dom does no layout. Give the scroller a viewport and a scroll height
 * that follows the virtualizer's track, let a fake ResizeObserver report
 * every row at a fixed height, and let the scroller be scrolled.
 */
function fakeLayout() {
  const defined: string[] = [];
  const define = (name: string, get: (this: HTMLElement) => unknown) => {
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get });
    defined.push(name);
  };
  const isScroller = (element: HTMLElement) => element.classList.contains("kc-scroll");
  define("clientHeight", function () {
    return isScroller(this) ? viewport : 0;
  });
  define("offsetParent", function () {
    return this.parentElement;
  });
  define("offsetTop", function () {
    if (!this.classList.contains("kc-rows")) return 0;
    // Only "Load earlier messages" takes room above the rows (the first day's separator none).
    const above = this.parentElement?.querySelector(":scope > .kc-load-earlier");
    return above === null || above === undefined ? 0 : loadEarlierHeight;
  });
  define("scrollHeight", function () {
    if (!isScroller(this)) return 0;
    const rows = this.querySelector<HTMLElement>(".kc-rows");
    const track = rows?.firstElementChild as HTMLElement | null | undefined;
    return (rows?.offsetTop ?? 0) + (Number.parseFloat(track?.style.height ?? "0") || 0);
  });
  // A browser keeps scrollTop within the scroll range as the content shrinks.
  const offsets = new WeakMap<HTMLElement, number>();
  Object.defineProperty(HTMLElement.prototype, "scrollTop", {
    configurable: true,
    get(this: HTMLElement) {
      const max = Math.max(0, this.scrollHeight - this.clientHeight);
      return Math.min(offsets.get(this) ?? 0, max);
    },
    set(this: HTMLElement, value: number) {
      offsets.set(this, Math.max(0, value));
    },
  });
  defined.push("scrollTop");
  // The virtualizer takes ResizeObserver from the document's window.
  const view = document.defaultView ?? window;
  const original = view.ResizeObserver;
  view.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
  return () => {
    for (const name of defined) Reflect.deleteProperty(HTMLElement.prototype, name);
    view.ResizeObserver = original;
    observers.clear();
  };
}

/** Renders, then lets the (fake) browser lay out and measure; so does `rerender`. */
async function render(ui: ReactElement) {
  const result = renderOnce(ui);
  await layout();
  return {
    ...result,
    async rerender(next: ReactElement) {
      result.rerender(next);
      await layout();
    },
  };
}

let restoreLayout: () => void = () => {};
beforeEach(() => {
  restoreLayout = fakeLayout();
});
afterEach(() => {
  cleanup();
  restoreLayout();
});

function many(count: number, prefix = "m"): ChatMessage[] {
  return Array.from({ length: count }, (_, index) =>
    testMessage({ key: `${prefix}${index}`, text: `message ${index}` }),
  );
}

function renderedIds(log: HTMLElement): string[] {
  return [...log.querySelectorAll("[data-message-id]")].map(
    (node) => node.getAttribute("data-message-id") ?? "",
  );
}

function maxScrollTop(log: HTMLElement): number {
  return log.scrollHeight - log.clientHeight;
}

/** Where a row sits relative to the top of the viewport (px). */
function screenTop(log: HTMLElement, key: string): number {
  const row = log.querySelector<HTMLElement>(`[data-row-key="${key}"]`);
  const item = row?.parentElement;
  if (row === null || item == null) throw new Error(`row ${key} is not rendered`);
  const rowsTop = log.querySelector<HTMLElement>(".kc-rows")?.offsetTop ?? 0;
  return rowsTop + Number.parseFloat(item.style.top) - log.scrollTop;
}

/** A browser reports a programmatic scroll with a scroll event, and lays out new rows. */
async function settle(log: HTMLElement) {
  act(() => {
    fireEvent.scroll(log);
  });
  await layout();
}

/** Moves the scroller as a user would: set the offset, then the scroll event. */
async function userScrollTo(log: HTMLElement, top: number) {
  act(() => {
    log.scrollTop = top;
    fireEvent.scroll(log);
  });
  await layout();
}

describe("MessageList", () => {
  it("is a polite log of the messages, in order, each row keeping its data attributes", async () => {
    await render(<MessageList messages={conversation} onSend={() => {}} renderPart={StubPart} />);
    const log = screen.getByRole("log", { name: "Conversation" });
    expect(log.getAttribute("aria-live")).toBe("polite");
    expect(log.getAttribute("aria-relevant")).toBe("additions");
    expect(renderedIds(log)).toEqual(["a", "b", "c"]);
    const user = log.querySelector('[data-message-id="a"]');
    expect(user?.getAttribute("data-author")).toBe("user");
    expect(user?.getAttribute("data-status")).toBe("delivered");
    expect(log.querySelector('[data-message-id="b"]')?.getAttribute("data-author")).toBe("bot");
  });

  it("separates days (Heute, Gestern, a date) and times each run of one author's minute, in the locale", async () => {
    const local = (day: number, hour: number, minute: number) =>
      new Date(2026, 11, day, hour, minute).getTime();
    const messages = [
      testMessage({ key: "d1", author: "user", text: "alt", createdAt: local(1, 9, 0) }),
      testMessage({ key: "y1", author: "user", text: "eins", createdAt: local(2, 18, 30) }),
      testMessage({
        key: "y2",
        author: "user",
        text: "zwei",
        createdAt: local(2, 18, 30) + 20_000,
      }),
      testMessage({ key: "y3", author: "bot", text: "drei", createdAt: local(2, 18, 31) }),
      testMessage({ key: "t1", author: "bot", text: "vier", createdAt: local(3, 8, 5) }),
    ];
    const { container } = await render(
      <MessageList
        messages={messages}
        onSend={() => {}}
        renderPart={StubPart}
        strings={germanStrings}
        now={local(3, 12, 0)}
      />,
    );
    const days = [...container.querySelectorAll(".kc-day time")].map((day) => day.textContent);
    expect(days).toEqual(["Dienstag", "Gestern", "Heute"]);
    expect(container.querySelector(".kc-day time")?.getAttribute("dateTime")).toBe("2026-12-01");
    // y1 and y2: one author within one minute, one time under y2 only.
    const timeOf = (key: string) =>
      container.querySelector(`[data-row-key="${key}"] .kc-message-time`);
    expect(timeOf("y1")).toBeNull();
    expect(timeOf("y2")?.querySelector('[aria-hidden="true"]')?.textContent).toBe("18:30");
    expect(timeOf("y2")?.textContent).toContain("Mittwoch, 2. Dezember 2026 um 18:30");
    expect(timeOf("y2")?.classList.contains("kc-message-time--own")).toBe(true);
    expect(timeOf("y3")?.classList.contains("kc-message-time--own")).toBe(false);
    expect(timeOf("t1")?.getAttribute("dateTime")).toBe(new Date(local(3, 8, 5)).toISOString());
  });

  it("renders only the rows near the viewport of a 10,000-message conversation, at the end", async () => {
    const messages = many(10_000);
    await render(<MessageList messages={messages} onSend={() => {}} renderPart={StubPart} />);
    const log = screen.getByRole("log");
    await settle(log);
    const ids = renderedIds(log);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(200);
    // Opens at the newest message, and the track is as tall as the whole list.
    expect(ids.at(-1)).toBe("m9999");
    expect(log.scrollTop).toBe(maxScrollTop(log));
    // The track stands in for every message (unmeasured ones at the estimate).
    expect(log.scrollHeight).toBeGreaterThanOrEqual(10_000 * rowStride);
  });

  it("keeps every row of a conversation up to 200 messages mounted, scrolled anywhere", async () => {
    const messages = many(allMountedUpTo);
    await render(<MessageList messages={messages} onSend={() => {}} renderPart={StubPart} />);
    const log = screen.getByRole("log");
    await settle(log);
    expect(renderedIds(log)).toHaveLength(allMountedUpTo);
    act(() => {
      log.scrollTop = 0;
      fireEvent.scroll(log);
    });
    await layout();
    expect(renderedIds(log)).toHaveLength(allMountedUpTo);
  });

  it("windows a conversation one message longer than that", async () => {
    const messages = many(allMountedUpTo + 1);
    await render(<MessageList messages={messages} onSend={() => {}} renderPart={StubPart} />);
    const log = screen.getByRole("log");
    await settle(log);
    expect(renderedIds(log).length).toBeLessThan(50);
  });

  it("offers Load earlier messages only when there is more, first and keyboard-reachable", async () => {
    const onLoadEarlier = vi.fn();
    const { rerender } = await render(
      <MessageList messages={conversation} onSend={() => {}} renderPart={StubPart} />,
    );
    expect(screen.queryByRole("button", { name: "Load earlier messages" })).toBeNull();

    await rerender(
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
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(onLoadEarlier).toHaveBeenCalledOnce();

    await rerender(
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

  it("shows a failed history load as an error line whose Retry loads again", async () => {
    const onLoadEarlier = vi.fn();
    await render(
      <MessageList
        messages={[]}
        onSend={() => {}}
        renderPart={StubPart}
        hasMore
        historyFailed
        onLoadEarlier={onLoadEarlier}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Couldn't load earlier messages");
    // One way to try again, not two: the Load earlier button waits for the retry.
    expect(screen.queryByRole("button", { name: "Load earlier messages" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(onLoadEarlier).toHaveBeenCalledOnce();
  });

  it('says "Start of the conversation" once every history page is loaded, not before', async () => {
    const list = (complete: boolean, hasMore: boolean) => (
      <MessageList
        messages={[]}
        onSend={() => {}}
        renderPart={StubPart}
        hasMore={hasMore}
        historyComplete={complete}
      />
    );
    const view = await render(list(false, false));
    expect(screen.queryByText("Start of the conversation")).toBeNull();
    await view.rerender(list(true, false));
    expect(screen.getByText("Start of the conversation")).toBeTruthy();
    await view.rerender(list(true, true));
    expect(screen.queryByText("Start of the conversation")).toBeNull();
  });

  it("keeps keyboard focus in the log when the focused load-earlier button goes away", async () => {
    const list = (hasMore: boolean) => (
      <MessageList
        messages={conversation}
        onSend={() => {}}
        renderPart={StubPart}
        hasMore={hasMore}
        onLoadEarlier={() => {}}
      />
    );
    const { rerender } = await render(list(true));
    screen.getByRole("button", { name: "Load earlier messages" }).focus();

    await rerender(list(false));
    expect(screen.queryByRole("button", { name: "Load earlier messages" })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("log"));
  });

  it("passes retries through to user messages", async () => {
    const onRetry = vi.fn();
    await render(
      <MessageList
        messages={[testMessage({ key: "f", author: "user", status: "failed" })]}
        onSend={() => {}}
        onRetry={onRetry}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalledWith("f");
  });

  it("shows the typing indicator after the messages", async () => {
    await render(
      <MessageList messages={conversation} onSend={() => {}} renderPart={StubPart} typing />,
    );
    expect(screen.getByRole("log").lastElementChild?.textContent).toBe("Bot is typing");
  });

  it("follows new messages at the bottom, and offers New messages once scrolled up", async () => {
    const start = many(40);
    const { rerender } = await render(
      <MessageList messages={start} onSend={() => {}} renderPart={StubPart} />,
    );
    const log = screen.getByRole("log");
    expect(log.scrollTop).toBe(maxScrollTop(log));

    const withOneMore = [...start, testMessage({ key: "d", text: "more" })];
    await rerender(<MessageList messages={withOneMore} onSend={() => {}} renderPart={StubPart} />);
    await settle(log);
    expect(log.scrollTop).toBe(maxScrollTop(log));
    expect(renderedIds(log).at(-1)).toBe("d");
    expect(screen.queryByRole("button", { name: "New messages" })).toBeNull();

    await userScrollTo(log, 100);
    const withTwoMore = [...withOneMore, testMessage({ key: "e", text: "again" })];
    await rerender(<MessageList messages={withTwoMore} onSend={() => {}} renderPart={StubPart} />);
    expect(log.scrollTop).toBe(100);
    const pill = screen.getByRole("button", { name: "New messages" });
    expect(pill.tagName).toBe("BUTTON");

    act(() => {
      fireEvent.click(pill);
    });
    expect(log.scrollTop).toBe(maxScrollTop(log));
    expect(screen.queryByRole("button", { name: "New messages" })).toBeNull();
  });

  it("counts a position within 40 px of the end as the bottom", async () => {
    const start = many(40);
    const { rerender } = await render(
      <MessageList messages={start} onSend={() => {}} renderPart={StubPart} />,
    );
    const log = screen.getByRole("log");
    await userScrollTo(log, maxScrollTop(log) - 30);
    const next = [...start, testMessage({ key: "n", text: "next" })];
    await rerender(<MessageList messages={next} onSend={() => {}} renderPart={StubPart} />);
    expect(log.scrollTop).toBe(maxScrollTop(log));
    expect(screen.queryByRole("button", { name: "New messages" })).toBeNull();
  });

  it("brings the user's own message into view even when scrolled up", async () => {
    const start = many(40);
    const { rerender } = await render(
      <MessageList messages={start} onSend={() => {}} renderPart={StubPart} />,
    );
    const log = screen.getByRole("log");
    await userScrollTo(log, 100);
    const sent = [...start, testMessage({ key: "mine", author: "user", text: "question" })];
    await rerender(<MessageList messages={sent} onSend={() => {}} renderPart={StubPart} />);
    await settle(log);
    expect(log.scrollTop).toBe(maxScrollTop(log));
    expect(renderedIds(log)).toContain("mine");
    expect(screen.queryByRole("button", { name: "New messages" })).toBeNull();
  });

  it("keeps the message being read in place when earlier messages are prepended", async () => {
    const page = many(40, "p");
    const { rerender } = await render(
      <MessageList messages={page} onSend={() => {}} renderPart={StubPart} hasMore />,
    );
    const log = screen.getByRole("log");
    await userScrollTo(log, loadEarlierHeight + 5 * rowStride + 10);
    expect(screenTop(log, "p5")).toBe(-10);
    const before = log.scrollTop;

    const earlier = many(20, "e");
    await rerender(
      <MessageList messages={[...earlier, ...page]} onSend={() => {}} renderPart={StubPart} />,
    );
    await settle(log);
    // Twenty rows went in above: the scroller moved down past them, and p5
    // (not yet measured rows above it are at their estimated size) stays put.
    // (less the "Load earlier messages" button that went away).
    expect(log.scrollTop).toBeGreaterThanOrEqual(before + 20 * rowStride - loadEarlierHeight);
    expect(screenTop(log, "p5")).toBe(-10);
    expect(screen.queryByRole("button", { name: "New messages" })).toBeNull();
  });

  it("keeps a focused row rendered while it is scrolled out of view", async () => {
    const messages = [
      testMessage({ key: "failed", author: "user", status: "failed" }),
      ...many(200),
    ];
    await render(
      <MessageList
        messages={messages}
        onSend={() => {}}
        onRetry={() => {}}
        renderPart={StubPart}
      />,
    );
    const log = screen.getByRole("log");
    await settle(log);
    await userScrollTo(log, 0);
    const retry = screen.getByRole("button", { name: "Retry" });
    act(() => retry.focus());
    await userScrollTo(log, maxScrollTop(log));
    expect(renderedIds(log)).toContain("failed");
    expect(renderedIds(log)).toContain("m199");
    expect(document.activeElement).toBe(retry);
  });

  it("renders the newest rows unvirtualized where nothing is laid out", async () => {
    restoreLayout();
    restoreLayout = () => {};
    renderOnce(<MessageList messages={many(100)} onSend={() => {}} renderPart={StubPart} />);
    await act(async () => {});
    const ids = renderedIds(screen.getByRole("log"));
    expect(ids).toHaveLength(30);
    expect(ids.at(-1)).toBe("m99");
  });
});
