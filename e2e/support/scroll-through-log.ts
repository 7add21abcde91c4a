import type { Locator } from "@playwright/test";

/** One message row as the DOM contract shows it. */
export interface LogRow {
  /** `data-message-id`. */
  readonly id: string;
  /** `data-author`. */
  readonly author: string;
  /** `data-status` (user messages), or null. */
  readonly status: string | null;
  readonly text: string;
  /** Distance from the top of the scrolled content, in px: the row's place in the log. */
  readonly offset: number;
}

/** Every row the log rendered while scrolled from top to bottom, and how sound the pass was. */
export interface LogReading {
  /** Each row once per `data-message-id`, top to bottom. */
  readonly rows: readonly LogRow[];
  /** Ids rendered by two DOM rows at the same time (a duplicate under one React key). */
  readonly idsRenderedTwice: readonly string[];
  /**
   * Scroll steps whose visible rows shared none with the step before: rows may have been
   * skipped there, so the reading is incomplete (0 for a sound pass).
   */
  readonly gaps: number;
  readonly steps: number;
}

/**
 * Reads the whole conversation of a virtualized log through its DOM, the way a user sees it:
 * scrolls the `role="log"` scroller from the top to the bottom by half a viewport at a time,
 * lets the list render each position (until two frames in a row show the same rows), and
 * collects every `[data-message-id]` row. Consecutive positions must share a visible row, so a
 * skipped stretch shows as a gap instead of as fewer messages. Leaves the log at the bottom.
 *
 * @example
 * const { rows, gaps } = await scrollThroughLog(chat.log);
 */
export async function scrollThroughLog(log: Locator): Promise<LogReading> {
  return log.evaluate(async (scroller) => {
    const nextFrame = () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => resolve());
      });
    const rendered = () => [...scroller.querySelectorAll<HTMLElement>("[data-message-id]")];
    const signature = () =>
      `${scroller.scrollTop}|${scroller.scrollHeight}|${rendered()
        .map((row) => row.dataset.messageId)
        .join(",")}`;
    // Rendering after a scroll is asynchronous (scroll event → virtualizer → commit): wait
    // until a frame shows what the frame before did.
    const settle = async () => {
      let previous = "";
      for (let frame = 0; frame < 120; frame += 1) {
        await nextFrame();
        const current = signature();
        if (current === previous) return;
        previous = current;
      }
    };

    const seen = new Map<string, LogRow>();
    const idsRenderedTwice = new Set<string>();
    const read = (): Set<string> => {
      const viewport = scroller.getBoundingClientRect();
      const ids = new Set<string>();
      const visible = new Set<string>();
      for (const row of rendered()) {
        const id = row.dataset.messageId ?? "";
        if (ids.has(id)) idsRenderedTwice.add(id);
        ids.add(id);
        const box = row.getBoundingClientRect();
        if (box.bottom > viewport.top && box.top < viewport.bottom) visible.add(id);
        seen.set(id, {
          id,
          author: row.dataset.author ?? "",
          status: row.dataset.status ?? null,
          text: row.textContent ?? "",
          offset: box.top - viewport.top + scroller.scrollTop,
        });
      }
      return visible;
    };

    let gaps = 0;
    let steps = 0;
    let previousVisible = new Set<string>();
    scroller.scrollTop = 0;
    for (;;) {
      await settle();
      const visible = read();
      if (steps > 0 && ![...visible].some((id) => previousVisible.has(id))) gaps += 1;
      previousVisible = visible;
      steps += 1;
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      const before = scroller.scrollTop;
      scroller.scrollTop = before + Math.max(1, Math.floor(scroller.clientHeight / 2));
      if (scroller.scrollTop <= before) break;
    }
    scroller.scrollTop = scroller.scrollHeight;
    const rows = [...seen.values()].sort((a, b) => a.offset - b.offset);
    return { rows, idsRenderedTwice: [...idsRenderedTwice], gaps, steps };
  });
}
