import { describe, expect, it } from "vitest";
import { FaultState } from "./faults.js";

const alice = { userId: "u-alice" };
const bob = { userId: "u-bob" };

describe("FaultState", () => {
  it("fails an endpoint the given number of times, then recovers", () => {
    const faults = new FaultState();
    faults.setFailure("rtm/start", { status: 503, times: 2 });
    expect(faults.takeFailure("jwtgrant", "u-1")).toBeNull();
    expect(faults.takeFailure("rtm/start", "u-1")).toEqual({ status: 503 });
    expect(faults.takeFailure("rtm/start", undefined)).toEqual({ status: 503 });
    expect(faults.takeFailure("rtm/start", "u-1")).toBeNull();
  });

  it("keeps Retry-After with the failure", () => {
    const faults = new FaultState();
    faults.setFailure("jwtgrant", { status: 429, retryAfterSeconds: 3 });
    expect(faults.takeFailure("jwtgrant", "u-1")).toEqual({ status: 429, retryAfterSeconds: 3 });
  });

  it("rejects non-error statuses and bad counts", () => {
    const faults = new FaultState();
    expect(() => faults.setFailure("history", { status: 200 })).toThrow(RangeError);
    expect(() => faults.setFailure("history", { status: 500, times: -1 })).toThrow(RangeError);
    expect(() => faults.dropAcks(1.5)).toThrow(RangeError);
    expect(() => faults.setAckDelay(-1)).toThrow(RangeError);
    expect(() => faults.expireSocketUrls(-1)).toThrow(RangeError);
  });

  it("drops exactly the requested number of acks", () => {
    const faults = new FaultState();
    faults.dropAcks(2);
    expect([
      faults.takeAckDrop("u-1"),
      faults.takeAckDrop("u-2"),
      faults.takeAckDrop("u-1"),
    ]).toEqual([true, true, false]);
  });

  it("expires exactly the requested number of socket URLs", () => {
    const faults = new FaultState();
    faults.expireSocketUrls(2);
    expect([
      faults.takeSocketUrlExpiry("u-1"),
      faults.takeSocketUrlExpiry("u-1"),
      faults.takeSocketUrlExpiry("u-1"),
    ]).toEqual([true, true, false]);
    faults.expireSocketUrls(5);
    faults.reset();
    expect(faults.takeSocketUrlExpiry("u-1")).toBe(false);
  });

  it("keeps one user's faults from every other user", () => {
    const faults = new FaultState();
    faults.setFailure("rtm/start", { status: 503, times: 5 }, alice);
    faults.setFailure("socket", { status: 503 }, alice);
    faults.setAckDelay(300, alice);
    faults.dropAcks(1, alice);
    faults.expireSocketUrls(1, alice);
    faults.setSilent(true, alice);
    faults.setSecureRtmRequired(true, alice);
    faults.setLegacyRtm(true, alice);
    faults.cutNextStream(alice);

    expect([
      faults.takeFailure("rtm/start", bob.userId),
      faults.takeFailure("rtm/start", undefined),
      faults.takeFailure("socket", bob.userId),
      faults.ackDelayFor(bob.userId),
      faults.takeAckDrop(bob.userId),
      faults.takeSocketUrlExpiry(bob.userId),
      faults.isSilent(bob.userId),
      faults.secureRtmRequiredFor(bob.userId),
      faults.legacyRtmFor(bob.userId),
      faults.takeStreamCut(bob.userId),
    ]).toEqual([null, null, null, 0, false, false, false, false, false, false]);
    expect([
      faults.takeFailure("rtm/start", alice.userId),
      faults.takeFailure("socket", alice.userId),
      faults.ackDelayFor(alice.userId),
      faults.takeAckDrop(alice.userId),
      faults.takeSocketUrlExpiry(alice.userId),
      faults.isSilent(alice.userId),
      faults.secureRtmRequiredFor(alice.userId),
      faults.legacyRtmFor(alice.userId),
      faults.takeStreamCut(alice.userId),
    ]).toEqual([{ status: 503 }, { status: 503 }, 300, true, true, true, true, true, true]);
  });

  it("lets a user's own switch win over anyone's, and takes a user's counted faults first", () => {
    const faults = new FaultState({ requireSecureRtm: true });
    faults.setAckDelay(100);
    faults.setAckDelay(0, alice);
    faults.setSecureRtmRequired(false, alice);
    expect([faults.ackDelayFor(alice.userId), faults.ackDelayFor(bob.userId)]).toEqual([0, 100]);
    expect([
      faults.secureRtmRequiredFor(alice.userId),
      faults.secureRtmRequiredFor(bob.userId),
    ]).toEqual([false, true]);

    faults.setFailure("history", { status: 500 });
    faults.setFailure("history", { status: 429 }, alice);
    expect(faults.takeFailure("history", alice.userId)).toEqual({ status: 429 });
    expect(faults.takeFailure("history", alice.userId)).toEqual({ status: 500 });
    expect(faults.takeFailure("history", bob.userId)).toBeNull();
  });

  it("resets one user's faults alone, or every fault", () => {
    const faults = new FaultState({ requireSecureRtm: true });
    for (const filter of [alice, bob, {}]) {
      faults.setAckDelay(100, filter);
      faults.setFailure("jwtgrant", { status: 500, times: 2 }, filter);
      faults.uploads.setUploadDelay(50, filter);
    }
    faults.setSecureRtmRequired(false, alice);

    faults.reset(alice);
    // Alice is back to anyone's faults; Bob keeps his own.
    expect(faults.secureRtmRequiredFor(alice.userId)).toBe(true);
    expect(faults.takeFailure("jwtgrant", alice.userId)).toEqual({ status: 500 });
    expect(faults.uploads.uploadDelayFor(alice.userId)).toBe(50);
    faults.setAckDelay(0);
    expect([faults.ackDelayFor(alice.userId), faults.ackDelayFor(bob.userId)]).toEqual([0, 100]);

    faults.reset();
    expect([
      faults.ackDelayFor(bob.userId),
      faults.takeFailure("jwtgrant", bob.userId),
      faults.uploads.uploadDelayFor(bob.userId),
      faults.secureRtmRequiredFor(bob.userId),
    ]).toEqual([0, null, 0, true]);
  });

  it("clears everything on reset", () => {
    const faults = new FaultState();
    faults.setSilent(true);
    faults.setAckDelay(100);
    faults.dropAcks(1);
    faults.setFailure("socket", { status: 500 });
    faults.reset();
    expect([
      faults.isSilent("u-1"),
      faults.ackDelayFor("u-1"),
      faults.takeAckDrop("u-1"),
      faults.takeFailure("socket", "u-1"),
    ]).toEqual([false, 0, false, null]);
  });
});
