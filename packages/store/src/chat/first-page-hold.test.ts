import type { Scheduler } from "@kore-chat/transport";
import { createFakeScheduler } from "@kore-chat/transport/testing";
import type FakeTimers from "@sinonjs/fake-timers";
import { beforeEach, describe, expect, it } from "vitest";
import { createFirstPageHold, type FirstPageHold } from "./first-page-hold.js";

let clock: FakeTimers.Clock;
let scheduler: Scheduler;
let drawn: string[];
let hold: FirstPageHold<string>;

beforeEach(() => {
  ({ clock, scheduler } = createFakeScheduler(0));
  drawn = [];
  hold = createFirstPageHold<string>(scheduler, 250, (page) => drawn.push(page));
});

describe("createFirstPageHold", () => {
  it("draws the first page at once when not connecting", () => {
    hold.admit("p1", false);
    expect(drawn).toEqual(["p1"]);
    expect(clock.countTimers()).toBe(0);
  });

  it("holds the first page while connecting, and draws it in the task after the connection settles", () => {
    hold.admit("p1", true);
    expect(drawn).toEqual([]);
    clock.tick(100);
    hold.connectionSettled();
    expect(drawn).toEqual([]); // the status is drawn first
    clock.tick(0);
    expect(drawn).toEqual(["p1"]);
    expect(clock.countTimers()).toBe(0); // the holdMs timer went with it
    clock.tick(1_000);
    expect(drawn).toEqual(["p1"]);
  });

  it("draws the held page after holdMs if the connection is slow", () => {
    hold.admit("p1", true);
    clock.tick(249);
    expect(drawn).toEqual([]);
    clock.tick(1);
    expect(drawn).toEqual(["p1"]);
    hold.connectionSettled();
    clock.tick(1_000);
    expect(drawn).toEqual(["p1"]);
    expect(clock.countTimers()).toBe(0);
  });

  it("lets later pages pass at once, even while connecting", () => {
    hold.admit("p1", false);
    hold.admit("p2", true);
    expect(drawn).toEqual(["p1", "p2"]);
    expect(clock.countTimers()).toBe(0);
  });

  it("draws the held page first when another page arrives meanwhile", () => {
    hold.admit("p1", true);
    hold.admit("p2", true);
    expect(drawn).toEqual(["p1", "p2"]);
    expect(clock.countTimers()).toBe(0);
    hold.connectionSettled();
    clock.tick(1_000);
    expect(drawn).toEqual(["p1", "p2"]);
  });

  it("draws the held page first when another arrives after the connection settled", () => {
    hold.admit("p1", true);
    hold.connectionSettled();
    hold.admit("p2", false);
    expect(drawn).toEqual(["p1", "p2"]);
    clock.tick(0);
    expect(drawn).toEqual(["p1", "p2"]);
  });

  it("starts no timer when the connection settles with nothing held", () => {
    hold.connectionSettled();
    expect(clock.countTimers()).toBe(0);
  });

  it("drops a held page and its timer on dispose()", () => {
    hold.admit("p1", true);
    hold.dispose();
    expect(clock.countTimers()).toBe(0);
    hold.connectionSettled();
    clock.tick(1_000);
    expect(drawn).toEqual([]);
  });
});
