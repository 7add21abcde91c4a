import { describe, expect, it } from "vitest";
import { UploadFaults } from "./upload-faults.js";

describe("UploadFaults", () => {
  it("fails a chunk number once, for the user it names", () => {
    const faults = new UploadFaults();
    faults.failChunkOnce(1, { userId: "u-1" });
    expect(faults.takeChunkFailure("u-1", 0)).toBe(false);
    expect(faults.takeChunkFailure("u-2", 1)).toBe(false);
    expect(faults.takeChunkFailure("u-1", 1)).toBe(true);
    expect(faults.takeChunkFailure("u-1", 1)).toBe(false);
    expect(() => faults.failChunkOnce(-1)).toThrow(RangeError);
  });

  it("rejects the next upload with a status, 413 by default", () => {
    const faults = new UploadFaults();
    faults.rejectNextUpload();
    faults.rejectNextUpload(503, { userId: "u-2" });
    expect(faults.takeUploadRejection("u-2")).toBe(413);
    expect(faults.takeUploadRejection("u-1")).toBeNull();
    expect(faults.takeUploadRejection("u-2")).toBe(503);
    expect(() => faults.rejectNextUpload(200)).toThrow(RangeError);
  });

  it("delays per user, else for everyone, until reset", () => {
    const faults = new UploadFaults();
    faults.setUploadDelay(100);
    faults.setUploadDelay(300, { userId: "u-1" });
    expect(faults.uploadDelayFor("u-1")).toBe(300);
    expect(faults.uploadDelayFor("u-2")).toBe(100);
    faults.failChunkOnce(0);
    faults.rejectNextUpload();
    faults.reset();
    expect(faults.uploadDelayFor("u-1")).toBe(0);
    expect(faults.takeChunkFailure("u-1", 0)).toBe(false);
    expect(faults.takeUploadRejection("u-1")).toBeNull();
  });

  it("resets one user's faults alone", () => {
    const faults = new UploadFaults();
    faults.setUploadDelay(300, { userId: "u-1" });
    faults.setUploadDelay(200, { userId: "u-2" });
    faults.failChunkOnce(0, { userId: "u-1" });
    faults.failChunkOnce(0, { userId: "u-2" });
    faults.rejectNextUpload(413);
    faults.reset({ userId: "u-1" });
    expect([faults.uploadDelayFor("u-1"), faults.uploadDelayFor("u-2")]).toEqual([0, 200]);
    expect(faults.takeChunkFailure("u-1", 0)).toBe(false);
    expect(faults.takeChunkFailure("u-2", 0)).toBe(true);
    // Anyone's fault is not the user's own: it stays armed.
    expect(faults.takeUploadRejection("u-1")).toBe(413);
  });
});
