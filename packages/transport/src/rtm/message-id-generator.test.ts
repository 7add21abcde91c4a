import { describe, expect, it } from "vitest";
import { createMessageIdGenerator } from "./message-id-generator.js";

describe("createMessageIdGenerator", () => {
  it("uses the send time in ms, like the platform's samples", () => {
    expect(createMessageIdGenerator(() => 1466692440896)()).toBe(1466692440896);
  });

  it("never repeats, even within one millisecond or when the clock steps back", () => {
    let now = 1_000;
    const next = createMessageIdGenerator(() => now);
    const ids = [next(), next(), next()];
    now = 500;
    ids.push(next());
    expect(ids).toEqual([1_000, 1_001, 1_002, 1_003]);
  });
});
