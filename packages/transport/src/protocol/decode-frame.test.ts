import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeFrame } from "./decode-frame.js";

describe("decodeFrame", () => {
  it("decodes each known frame type", () => {
    const frames = [
      { ok: true, replyto: 1466692440896, message: "delivered", type: "ack" },
      {
        type: "bot_response",
        from: "bot",
        messageId: "ms-1",
        message: [{ type: "text", cInfo: { body: " Hi. " } }],
        botInfo: { chatBot: "CNN", taskBotId: "st-1" },
        createdOn: "2016-06-23T14:34:00.025Z",
      },
      {
        type: "user_message",
        from: "self",
        message: { body: "how are you", attachments: [] },
        id: 1466692871803,
      },
      { type: "events", message: { type: "message_read", clientMessageId: "all" } },
      { type: "pong" },
      { type: "hello" },
      { type: "Session_Start", sessionId: "s1" },
      { type: "Bot_Active" },
    ];
    for (const frame of frames) {
      const result = decodeFrame(JSON.stringify(frame));
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (result.ok) expect(result.frame.type).toBe(frame.type);
    }
  });

  it("keeps fields it does not know about (loose)", () => {
    const result = decodeFrame({ type: "ack", ok: true, replyto: 5, future: { x: 1 } });
    expect(result).toMatchObject({ ok: true, frame: { future: { x: 1 } } });
  });

  it("reads a digits-only `replyto` string as the number it names", () => {
    const result = decodeFrame({ type: "ack", ok: true, replyto: "1466692440896" });
    expect(result.ok && result.frame.type === "ack" && result.frame.replyto).toBe(1466692440896);
  });

  it("names the reason for each kind of bad frame", () => {
    expect(decodeFrame("{not json")).toMatchObject({ ok: false, reason: "invalid_json" });
    expect(decodeFrame("[1,2]")).toMatchObject({ ok: false, reason: "not_an_object" });
    expect(decodeFrame("null")).toMatchObject({ ok: false, reason: "not_an_object" });
    expect(decodeFrame({ type: "brand_new" })).toMatchObject({
      ok: false,
      reason: "unknown_type",
      type: "brand_new",
    });
    expect(decodeFrame({ type: "ack", ok: "yes", replyto: 1 })).toMatchObject({
      ok: false,
      reason: "invalid_shape",
      type: "ack",
    });
    expect(decodeFrame({ type: "bot_response", message: "not an array" })).toMatchObject({
      ok: false,
      reason: "invalid_shape",
    });
    expect(decodeFrame({ type: "toString" })).toMatchObject({ ok: false, reason: "unknown_type" });
    expect(decodeFrame({ ok: true })).toMatchObject({ ok: false, reason: "missing_type" });
    expect(decodeFrame({ type: 7 })).toMatchObject({ ok: false, reason: "missing_type" });
  });

  it("never throws, whatever arrives", () => {
    const knownTypes = fc.constantFrom("ack", "bot_response", "user_message", "events", "pong");
    const frameLike = fc.record(
      { type: fc.oneof(knownTypes, fc.string()), message: fc.anything(), ok: fc.anything() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.anything(),
          frameLike,
          frameLike.map((f) => JSON.stringify(f)),
        ),
        (input) => {
          const result = decodeFrame(input);
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
