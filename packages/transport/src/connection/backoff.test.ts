import { describe, expect, it } from "vitest";
import { createBackoff, defaultBackoffPolicy } from "./backoff.js";

describe("createBackoff", () => {
  const policy = { initialDelayMs: 100, maxDelayMs: 1_000, multiplier: 2, jitter: 0.5 };

  it("grows exponentially up to the cap", () => {
    const backoff = createBackoff({ ...policy, jitter: 0 }, () => 0.5);
    expect(Array.from({ length: 6 }, () => backoff.next())).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });

  it("randomises the jittered share of each delay", () => {
    const low = createBackoff(policy, () => 0);
    const high = createBackoff(policy, () => 0.999_999);
    expect(low.next()).toBe(50);
    expect(high.next()).toBe(100);
  });

  it("starts over after reset", () => {
    const backoff = createBackoff({ ...policy, jitter: 0 }, Math.random);
    backoff.next();
    backoff.next();
    expect(backoff.attempts).toBe(2);
    backoff.reset();
    expect(backoff.next()).toBe(100);
  });

  it("has sane defaults", () => {
    expect(defaultBackoffPolicy.maxDelayMs).toBeGreaterThan(defaultBackoffPolicy.initialDelayMs);
  });
});
