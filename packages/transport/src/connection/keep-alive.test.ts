import type FakeTimers from "@sinonjs/fake-timers";
import { beforeEach, describe, expect, it } from "vitest";
import type { Scheduler } from "../environment.js";
import { createFakeScheduler } from "../testing/fake-scheduler.js";
import { createKeepAlive } from "./keep-alive.js";

describe("createKeepAlive", () => {
  let clock: FakeTimers.Clock;
  let scheduler: Scheduler;
  let pings: number[];
  let deaths: string[];

  beforeEach(() => {
    ({ clock, scheduler } = createFakeScheduler(0));
    pings = [];
    deaths = [];
  });

  const create = () =>
    createKeepAlive({
      scheduler,
      intervalMs: 30_000,
      sendPing: () => pings.push(clock.now),
      onDead: (reason) => deaths.push(reason),
    });

  it("pings every interval while frames keep arriving", () => {
    const keepAlive = create();
    keepAlive.start();
    for (let i = 0; i < 4; i += 1) {
      clock.tick(29_000);
      keepAlive.noteActivity();
      clock.tick(1_000);
    }
    expect(pings).toEqual([30_000, 60_000, 90_000, 120_000]);
    expect(deaths).toEqual([]);
  });

  it("declares the socket dead after two silent intervals, not before", () => {
    const keepAlive = create();
    keepAlive.start();
    clock.tick(59_999);
    expect(deaths).toEqual([]);
    clock.tick(1);
    expect(deaths).toHaveLength(1);
    expect(pings).toEqual([30_000]);
  });

  it("catches a socket that went half-open during a sleep as soon as timers run again", () => {
    const keepAlive = create();
    keepAlive.start();
    // A sleeping machine runs no timers; on wake the clock has jumped.
    clock.setSystemTime(10 * 60_000);
    clock.tick(30_000);
    expect(deaths).toHaveLength(1);
  });

  it("a probe with no answer kills the socket; any frame answers it", () => {
    const keepAlive = create();
    keepAlive.start();
    keepAlive.probe(5_000);
    expect(pings).toEqual([0]);
    clock.tick(4_000);
    keepAlive.noteActivity();
    clock.tick(2_000);
    expect(deaths).toEqual([]);
    keepAlive.probe(5_000);
    clock.tick(5_000);
    expect(deaths).toEqual(["no answer to a liveness probe"]);
  });

  it("does nothing once stopped", () => {
    const keepAlive = create();
    keepAlive.start();
    keepAlive.stop();
    clock.tick(300_000);
    expect(pings).toEqual([]);
    expect(deaths).toEqual([]);
  });
});
