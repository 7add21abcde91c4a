import type { Scheduler, TimerHandle } from "@kore-chat/transport";

export interface FirstPageHold<Page> {
  /** A history page arrived; the first one is held while `connecting`, the rest pass at once. */
  admit(page: Page, connecting: boolean): void;
  /** The connection left `connecting`: a held page is drawn in the next task. */
  connectionSettled(): void;
  dispose(): void;
}

/**
 * The first history page usually lands while `rtm/start`'s answer is on its way: drawing it
 * takes the main thread for tens of ms, and the socket would wait behind it (bench: mount →
 * open). So while still connecting it is held until the connection settles (drawn in the task
 * after, so the status shows first) or `holdMs` passes, whichever is first.
 *
 * @example
 * const hold = createFirstPageHold(scheduler, 250, (page) => merge(page));
 * hold.admit(page, status === "connecting");
 */
export function createFirstPageHold<Page>(
  scheduler: Scheduler,
  holdMs: number,
  draw: (page: Page) => void,
): FirstPageHold<Page> {
  let seenFirst = false;
  let held: { readonly page: Page } | undefined;
  let timer: TimerHandle | undefined;
  const clear = () => {
    if (timer !== undefined) scheduler.clearTimeout(timer);
    timer = undefined;
  };
  const release = () => {
    clear();
    const page = held;
    held = undefined;
    if (page !== undefined) draw(page.page);
  };
  return {
    admit(page, connecting) {
      const first = !seenFirst;
      seenFirst = true;
      if (held !== undefined) release(); // never reorder: what was held goes first
      if (!first || !connecting) return draw(page);
      held = { page };
      timer = scheduler.setTimeout(release, holdMs);
    },
    connectionSettled() {
      if (held === undefined) return;
      clear();
      timer = scheduler.setTimeout(release, 0);
    },
    dispose() {
      clear();
      held = undefined;
    },
  };
}
