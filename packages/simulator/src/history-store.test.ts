import { describe, expect, it } from "vitest";
import { HistoryStore } from "./history-store.js";

const platform = { orgId: "o-1", accountId: "acc" };
const USER = "u-1";
const BOT = "st-1";

function storeWith(count: number): HistoryStore {
  const store = new HistoryStore(platform);
  for (let index = 0; index < count; index++) {
    store.append({
      userId: USER,
      botId: BOT,
      type: index % 2 === 0 ? "incoming" : "outgoing",
      texts: [`m${index}`],
      createdOnMs: 1_000 + index,
    });
  }
  return store;
}

const textsOf = (rows: ReadonlyArray<{ components: ReadonlyArray<{ data: { text: string } }> }>) =>
  rows.map((row) => row.components[0]?.data.text);

describe("HistoryStore", () => {
  it("builds rows in the exact §5 shape", () => {
    const store = new HistoryStore(platform);
    const row = store.append({
      userId: USER,
      botId: BOT,
      type: "incoming",
      texts: ["Hi"],
      createdOnMs: 1_575_349_664_097,
    });
    expect(row).toEqual({
      _id: expect.stringMatching(/^ms-[0-9a-f-]{36}$/),
      channels: [{ type: "rtm" }],
      type: "incoming",
      status: "received",
      createdBy: USER,
      lmodifiedBy: USER,
      lmodifiedOn: "2019-12-03T05:07:44.097Z",
      botId: BOT,
      orgId: "o-1",
      accountId: "acc",
      isBB: 0,
      ms: 1,
      chnl: "rtm",
      components: [
        {
          _id: expect.stringMatching(/^cp-[0-9a-f-]{36}$/),
          cT: "text",
          data: { text: "Hi" },
          thumbnails: [],
        },
      ],
      createdOn: "2019-12-03T05:07:44.097Z",
      timestampValue: 1_575_349_664_097,
      __v: 0,
      lang: "en",
      sessionId: expect.stringMatching(/^[0-9a-f]{24}$/),
      resourceid: "messagestore",
      tags: { messageTags: [], userTags: [], sessionTags: [] },
    });
  });

  it("uses the given id for a bot turn and the bot as author", () => {
    const store = new HistoryStore(platform);
    const row = store.append({
      userId: USER,
      botId: BOT,
      type: "outgoing",
      texts: ["a", "b"],
      createdOnMs: 5,
      id: "ms-x",
    });
    expect(row).toMatchObject({ _id: "ms-x", createdBy: BOT, status: "delivered" });
    expect(row.components).toHaveLength(2);
  });

  it("pages newest first, skip counting from the newest", () => {
    const store = storeWith(5);
    const first = store.page(USER, BOT, { skip: 0, limit: 2 });
    expect(textsOf(first.messages)).toEqual(["m4", "m3"]);
    expect(first).toMatchObject({ total: 5, moreAvailable: true });
    const second = store.page(USER, BOT, { skip: 2, limit: 2 });
    expect(textsOf(second.messages)).toEqual(["m2", "m1"]);
    expect(second.moreAvailable).toBe(true);
    const last = store.page(USER, BOT, { skip: 4, limit: 2 });
    expect(textsOf(last.messages)).toEqual(["m0"]);
    expect(last.moreAvailable).toBe(false);
    expect(store.page(USER, BOT, { skip: 9, limit: 2 })).toEqual({
      total: 5,
      moreAvailable: false,
      messages: [],
    });
  });

  it("says no more is available when the page reaches the oldest row exactly", () => {
    expect(storeWith(4).page(USER, BOT, { skip: 2, limit: 2 }).moreAvailable).toBe(false);
  });

  it("keeps rows chronological when older rows are seeded after live ones", () => {
    const store = storeWith(2);
    store.seed(USER, BOT, [
      { type: "incoming", text: "old", createdOn: new Date(500) },
      { type: "outgoing", text: "between", createdOn: new Date(1_000).toISOString() },
    ]);
    expect(textsOf(store.rows(USER, BOT))).toEqual(["old", "m0", "between", "m1"]);
  });

  it("rejects a seed row with an invalid date", () => {
    expect(() =>
      new HistoryStore(platform).seed(USER, BOT, [
        { type: "incoming", text: "x", createdOn: "nope" },
      ]),
    ).toThrow(RangeError);
  });

  it("separates users and bots", () => {
    const store = storeWith(1);
    expect(store.rows("u-2", BOT)).toEqual([]);
    expect(store.rows(USER, "st-2")).toEqual([]);
    expect(store.rowsOfBot(BOT)).toHaveLength(1);
  });

  it("starts a new session id on request", () => {
    const store = new HistoryStore(platform);
    const first = store.sessionIdFor(USER);
    expect(store.sessionIdFor(USER)).toBe(first);
    store.startNewSession(USER);
    expect(store.sessionIdFor(USER)).not.toBe(first);
  });

  it("clears one user's rows with one bot", () => {
    const store = storeWith(3);
    store.append({ userId: "u-2", botId: BOT, type: "incoming", texts: ["x"], createdOnMs: 1 });
    expect(store.clear(USER, BOT)).toBe(3);
    expect(store.rows(USER, BOT)).toEqual([]);
    expect(store.page(USER, BOT, { skip: 0, limit: 10 })).toEqual({
      total: 0,
      moreAvailable: false,
      messages: [],
    });
    expect(store.rows("u-2", BOT)).toHaveLength(1);
  });
});
