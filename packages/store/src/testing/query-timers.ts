import type { Scheduler, TimerHandle } from "@kore-chat/transport";
import { type ManagedTimerId, type TimeoutProvider, timeoutManager } from "@tanstack/query-core";

let current: Scheduler | undefined;
const intervals = new Map<number, TimerHandle>();
let nextInterval = 1;

const scheduler = (): Scheduler => {
  if (current === undefined) throw new Error("driveQueryTimersWith(scheduler) was not called");
  return current;
};

// One provider for the whole test run (query-core warns when its provider is swapped), which
// forwards to whichever scheduler the current test gave.
const provider: TimeoutProvider<ManagedTimerId> = {
  setTimeout: (callback, delay) => scheduler().setTimeout(callback, delay) as ManagedTimerId,
  clearTimeout: (id) => {
    if (id !== undefined) scheduler().clearTimeout(id as TimerHandle);
  },
  setInterval(callback, delay) {
    const id = nextInterval++;
    const tick = () => {
      intervals.set(id, scheduler().setTimeout(tick, delay));
      callback();
    };
    intervals.set(id, scheduler().setTimeout(tick, delay));
    return id;
  },
  clearInterval(id) {
    const handle = intervals.get(Number(id));
    if (handle !== undefined) scheduler().clearTimeout(handle);
    intervals.delete(Number(id));
  },
};

/**
 * Runs TanStack Query's timers (retry delays, `gcTime`) on `scheduler`, e.g. a fake clock's
 * (`createFakeScheduler`), so history retries happen when the test ticks the clock. Call it in
 * `beforeEach`; it replaces query-core's global timeout provider, so use it in tests only.
 *
 * @example
 * const { clock, scheduler } = createFakeScheduler(0);
 * driveQueryTimersWith(scheduler);
 */
export function driveQueryTimersWith(next: Scheduler): void {
  current = next;
  timeoutManager.setTimeoutProvider(provider);
}
