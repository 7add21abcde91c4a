import { describe, expect, it, vi } from "vitest";
import { createFaultControls, FaultState, malformedFrames } from "./faults.js";

describe("FaultState", () => {
  it("fails an endpoint the given number of times, then recovers", () => {
    const faults = new FaultState();
    faults.setFailure("rtm/start", { status: 503, times: 2 });
    expect(faults.takeFailure("jwtgrant")).toBeNull();
    expect(faults.takeFailure("rtm/start")).toEqual({ status: 503 });
    expect(faults.takeFailure("rtm/start")).toEqual({ status: 503 });
    expect(faults.takeFailure("rtm/start")).toBeNull();
  });

  it("keeps Retry-After with the failure", () => {
    const faults = new FaultState();
    faults.setFailure("jwtgrant", { status: 429, retryAfterSeconds: 3 });
    expect(faults.takeFailure("jwtgrant")).toEqual({ status: 429, retryAfterSeconds: 3 });
  });

  it("rejects non-error statuses and bad counts", () => {
    const faults = new FaultState();
    expect(() => faults.setFailure("history", { status: 200 })).toThrow(RangeError);
    expect(() => faults.setFailure("history", { status: 500, times: -1 })).toThrow(RangeError);
    expect(() => faults.dropAcks(1.5)).toThrow(RangeError);
    expect(() => faults.setAckDelay(-1)).toThrow(RangeError);
  });

  it("drops exactly the requested number of acks", () => {
    const faults = new FaultState();
    faults.dropAcks(2);
    expect([faults.takeAckDrop(), faults.takeAckDrop(), faults.takeAckDrop()]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("expires exactly the requested number of socket URLs", () => {
    const faults = new FaultState();
    faults.expireSocketUrls(2);
    expect([
      faults.takeSocketUrlExpiry(),
      faults.takeSocketUrlExpiry(),
      faults.takeSocketUrlExpiry(),
    ]).toEqual([true, true, false]);
    expect(() => faults.expireSocketUrls(-1)).toThrow(RangeError);
    faults.expireSocketUrls(5);
    faults.reset();
    expect(faults.takeSocketUrlExpiry()).toBe(false);
  });

  it("clears everything on reset", () => {
    const faults = new FaultState();
    faults.silent = true;
    faults.setAckDelay(100);
    faults.dropAcks(1);
    faults.setFailure("socket", { status: 500 });
    faults.reset();
    expect([
      faults.silent,
      faults.ackDelayMs,
      faults.takeAckDrop(),
      faults.takeFailure("socket"),
    ]).toEqual([false, 0, false, null]);
  });
});

describe("createFaultControls", () => {
  it("routes socket and token actions to the server", () => {
    const actions = {
      dropSockets: vi.fn(() => 2),
      halfOpenSockets: vi.fn(() => 1),
      sendRaw: vi.fn(() => 9),
      expireTokens: vi.fn(),
    };
    const state = new FaultState();
    const controls = createFaultControls(state, actions);
    expect(controls.dropSockets({ userId: "u-1" })).toBe(2);
    expect(actions.dropSockets).toHaveBeenCalledWith({ userId: "u-1" });
    expect(controls.sendMalformedFrames()).toBe(9);
    expect(actions.sendRaw).toHaveBeenCalledWith(malformedFrames, {});
    controls.expireTokens();
    expect(actions.expireTokens).toHaveBeenCalledOnce();
    controls.silenceSockets(true);
    expect(state.silent).toBe(true);
    expect(controls.halfOpenSockets({ userId: "u-1" })).toBe(1);
    expect(actions.halfOpenSockets).toHaveBeenCalledWith({ userId: "u-1" });
    controls.expireSocketUrls(1);
    expect(state.takeSocketUrlExpiry()).toBe(true);
  });
});

describe("malformedFrames", () => {
  it("covers each malformed kind", () => {
    const parsed = malformedFrames.map((frame) => {
      try {
        return JSON.parse(frame) as unknown;
      } catch {
        return "INVALID";
      }
    });
    expect(parsed[0]).toBe("INVALID");
    expect(Array.isArray(parsed[1])).toBe(true);
    expect(parsed[2]).toBeNull();
    expect(typeof parsed[3]).toBe("number");
    expect(parsed[4]).not.toHaveProperty("type");
    expect(parsed[6]).toMatchObject({ type: "bot_response", message: "not an array" });
    expect(parsed[7]).toMatchObject({ type: "ack", ok: "yes" });
    expect((parsed[8] as string).length).toBeGreaterThanOrEqual(1_000_000);
  });
});
