import { describe, expect, it, vi } from "vitest";
import { createFaultControls, malformedFrames } from "./fault-controls.js";
import { FaultState } from "./faults.js";

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
    expect(actions.expireTokens).toHaveBeenCalledWith({});
    controls.silenceSockets(true);
    expect(state.isSilent("u-1")).toBe(true);
    expect(controls.halfOpenSockets({ userId: "u-1" })).toBe(1);
    expect(actions.halfOpenSockets).toHaveBeenCalledWith({ userId: "u-1" });
    controls.expireSocketUrls(1);
    expect(state.takeSocketUrlExpiry("u-1")).toBe(true);
  });

  it("resolves each filter's identity to its user, and keeps the fault to that user", () => {
    const actions = {
      dropSockets: vi.fn(() => 0),
      halfOpenSockets: vi.fn(() => 0),
      sendRaw: vi.fn(() => 0),
      expireTokens: vi.fn(),
      resolveUser: (identity: string) => (identity.startsWith("u-") ? identity : `u-${identity}`),
    };
    const state = new FaultState();
    const controls = createFaultControls(state, actions);
    controls.failNext("rtm/start", { status: 503 }, { userId: "alice" });
    controls.setAckDelay(250, { userId: "alice" });
    controls.expireTokens({ userId: "alice" });
    controls.dropSockets({ userId: "u-bob" });
    expect(state.takeFailure("rtm/start", "u-bob")).toBeNull();
    expect(state.takeFailure("rtm/start", "u-alice")).toEqual({ status: 503 });
    expect([state.ackDelayFor("u-alice"), state.ackDelayFor("u-bob")]).toEqual([250, 0]);
    expect(actions.expireTokens).toHaveBeenCalledWith({ userId: "u-alice" });
    expect(actions.dropSockets).toHaveBeenCalledWith({ userId: "u-bob" });
    controls.reset({ userId: "alice" });
    expect(state.ackDelayFor("u-alice")).toBe(0);
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
