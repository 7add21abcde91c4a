import type { Scheduler } from "@kore-chat/transport";

/** Times for live messages that keep a reply after its question whatever the browser's clock says. */
export interface LiveClock {
  /** A live frame's `createdOn` (platform time, ms): the clocks' offset follows it. */
  observe(serverTime: number): void;
  /** The time of the next live message: `serverTime` if known, else now on the platform's clock, never before the last one. */
  stamp(serverTime?: number): number;
  /** Now, on the platform's clock (as far as we know it). */
  platformNow(): number;
}

/**
 * Live events carry the platform's clock, local sends the browser's: an offset learnt from
 * each bot frame keeps a skewed browser clock from putting a reply before its question, and
 * stamps never go backwards, so arrival order is kept among equals.
 *
 * @example
 * const clock = createLiveClock(scheduler, 0);
 * clock.observe(Date.parse(frame.createdOn));
 * const at = clock.stamp();
 */
export function createLiveClock(scheduler: Scheduler, floor: number): LiveClock {
  let offsetMs = 0;
  let last = floor;
  const platformNow = () => scheduler.now() + offsetMs;
  return {
    observe(serverTime) {
      offsetMs = serverTime - scheduler.now();
    },
    stamp(serverTime) {
      last = Math.max(serverTime ?? platformNow(), last + 1);
      return last;
    },
    platformNow,
  };
}
