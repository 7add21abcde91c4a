import FakeTimers from "@sinonjs/fake-timers";
import type { Scheduler } from "../environment.js";

/**
 * A `Scheduler` on a fake clock, for tests (entry `@kore-chat/transport/testing`):
 * time moves only when the test calls `clock.tick()`.
 *
 * @example
 * const { clock, scheduler } = createFakeScheduler(0);
 * createKeepAlive({ scheduler, intervalMs: 30_000, sendPing, onDead });
 * clock.tick(30_000);
 */
export function createFakeScheduler(start: number): {
  clock: FakeTimers.Clock;
  scheduler: Scheduler;
} {
  const clock = FakeTimers.createClock(start);
  return {
    clock,
    scheduler: {
      setTimeout: (callback, ms) => clock.setTimeout(callback, ms),
      clearTimeout: (handle) => clock.clearTimeout(handle as FakeTimers.TimerId),
      now: () => clock.now,
    },
  };
}
