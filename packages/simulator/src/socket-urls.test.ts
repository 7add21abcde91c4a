import { describe, expect, it } from "vitest";
import { SocketUrlRegistry } from "./socket-urls.js";

const owner = { userId: "u-1", botId: "st-1" };

function registry() {
  let time = 1_000_000;
  const urls = new SocketUrlRegistry({ ttlMs: 30_000, now: () => time });
  return {
    urls,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

describe("SocketUrlRegistry", () => {
  it("issues a ws URL with a fresh sid each time", () => {
    const { urls } = registry();
    const first = urls.issue("ws://127.0.0.1:4010", owner);
    const second = urls.issue("ws://127.0.0.1:4010", owner);
    expect(first.url).toBe(`ws://127.0.0.1:4010/rtm/bot?sid=${first.sid}`);
    expect(first.sid).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(second.sid).not.toBe(first.sid);
    expect(urls.records).toHaveLength(2);
  });

  it("expires a URL ahead of its time, leaving the others valid", () => {
    const { urls } = registry();
    const early = urls.issue("ws://h", owner);
    const other = urls.issue("ws://h", owner);
    urls.expire(early.sid);
    expect(urls.claim(early.sid, false)).toEqual({ ok: false, reason: "expired" });
    expect(urls.claim(other.sid, false)).toMatchObject({ ok: true });
  });

  it("lets a sid be used once", () => {
    const { urls } = registry();
    const { sid } = urls.issue("ws://h", owner);
    expect(urls.claim(sid, false)).toMatchObject({ ok: true, owner });
    expect(urls.claim(sid, false)).toEqual({ ok: false, reason: "used" });
    expect(urls.records[0]).toMatchObject({ used: true, isReconnect: false });
  });

  it("records whom a URL was issued to and every time it was presented", () => {
    const { urls } = registry();
    const { sid } = urls.issue("ws://h", owner);
    expect(urls.records[0]).toMatchObject({ userId: "u-1", claims: 0 });
    urls.claim(sid, false);
    expect(urls.records[0]?.claims).toBe(1);
    urls.claim(sid, true);
    expect(urls.records[0]).toMatchObject({ claims: 2, used: true, isReconnect: false });
  });

  it("records a reconnect", () => {
    const { urls } = registry();
    const { sid } = urls.issue("ws://h", owner);
    urls.claim(sid, true);
    expect(urls.records[0]?.isReconnect).toBe(true);
  });

  it("expires a sid 30 s after issue", () => {
    const { urls, advance } = registry();
    const early = urls.issue("ws://h", owner);
    const late = urls.issue("ws://h", owner);
    advance(29_999);
    expect(urls.claim(early.sid, false).ok).toBe(true);
    advance(1);
    expect(urls.claim(late.sid, false)).toEqual({ ok: false, reason: "expired" });
    expect(urls.records[1]?.used).toBe(false);
  });

  it("refuses an unknown sid", () => {
    expect(registry().urls.claim("nope", false)).toEqual({ ok: false, reason: "unknown" });
  });
});
