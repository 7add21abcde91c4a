import type { Scheduler } from "@kore-chat/transport";
import { createFakeScheduler } from "@kore-chat/transport/testing";
import type FakeTimers from "@sinonjs/fake-timers";
import { beforeEach, describe, expect, it } from "vitest";
import { createLiveClock } from "./live-clock.js";

const t0 = Date.parse("2026-03-01T10:00:00Z");
let clock: FakeTimers.Clock;
let scheduler: Scheduler;

beforeEach(() => {
  ({ clock, scheduler } = createFakeScheduler(t0));
});

describe("createLiveClock", () => {
  it("stamps now, and never the same or an earlier time twice", () => {
    const live = createLiveClock(scheduler, 0);
    expect(live.stamp()).toBe(t0);
    expect(live.stamp()).toBe(t0 + 1); // same millisecond: arrival order kept
    expect(live.stamp(t0 - 5_000)).toBe(t0 + 2); // a platform time behind the last stamp
    clock.tick(10);
    expect(live.stamp()).toBe(t0 + 10);
    expect(live.stamp(t0 + 60_000)).toBe(t0 + 60_000); // a platform time ahead is taken
    expect(live.stamp()).toBe(t0 + 60_001);
  });

  it("starts after the floor (restored messages)", () => {
    const live = createLiveClock(scheduler, t0 + 30_000);
    expect(live.stamp()).toBe(t0 + 30_001);
  });

  it("shifts local stamps to the platform's clock once it observed a platform time", () => {
    const live = createLiveClock(scheduler, 0);
    expect(live.platformNow()).toBe(t0);
    // The browser's clock is 2 minutes behind the platform's.
    live.observe(t0 + 120_000);
    expect(live.platformNow()).toBe(t0 + 120_000);
    clock.tick(500);
    expect(live.platformNow()).toBe(t0 + 120_500);
    expect(live.stamp()).toBe(t0 + 120_500); // a send after the bot's reply stays after it
  });

  it("follows the latest observation, but its stamps still never go back", () => {
    const live = createLiveClock(scheduler, 0);
    live.observe(t0 + 120_000);
    const ahead = live.stamp();
    // The browser's clock is ahead after all: the offset follows, the stamps do not go back.
    live.observe(t0 - 60_000);
    expect(live.platformNow()).toBe(t0 - 60_000);
    expect(live.stamp()).toBe(ahead + 1);
  });
});
