import type { HistoryPage, Scheduler } from "@kore-chat/transport";
import { createFakeScheduler } from "@kore-chat/transport/testing";
import type FakeTimers from "@sinonjs/fake-timers";
import { beforeEach, describe, expect, it } from "vitest";
import { createHistoryPager, type HistoryPagerState } from "./history-pager.js";
import { historyPage } from "./testing/fake-kore-client.js";

const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
};
const rows = (ids: string[]) =>
  ids.map((id, i) => ({ id, type: "outgoing" as const, text: id, at: 1_000 - i }));

let clock: FakeTimers.Clock;
let scheduler: Scheduler;
let requests: Array<{ offset: number; limit: number }>;
let pages: HistoryPage[];
let states: HistoryPagerState[];

beforeEach(() => {
  ({ clock, scheduler } = createFakeScheduler(0));
  requests = [];
  pages = [];
  states = [];
});

function pager(answer: (offset: number) => Promise<HistoryPage>) {
  return createHistoryPager({
    fetchPage: (page) => {
      requests.push(page);
      return answer(page.offset);
    },
    pageSize: 2,
    scheduler,
    onPage: (page) => pages.push(page),
    onState: (state) => states.push(state),
  });
}

describe("createHistoryPager", () => {
  it("pages back from the newest until moreAvailable is false, then stops asking", async () => {
    const p = pager(async (offset) =>
      offset === 0 ? historyPage(rows(["m4", "m3"]), true) : historyPage(rows(["m2"]), false),
    );
    await p.loadEarlier();
    expect(states.at(-1)).toEqual({ status: "ready", hasMore: true, error: undefined });
    await p.loadEarlier();
    await p.loadEarlier();
    expect(requests).toEqual([
      { offset: 0, limit: 2 },
      { offset: 2, limit: 2 },
    ]);
    expect(pages).toHaveLength(2);
    expect(states.at(-1)?.hasMore).toBe(false);
  });

  it("shares one request between concurrent calls", async () => {
    let resolve: (page: HistoryPage) => void = () => {};
    const p = pager(() => new Promise((r) => (resolve = r)));
    const first = p.loadEarlier();
    const second = p.loadEarlier();
    expect(second).toBe(first);
    resolve(historyPage(rows(["m1"])));
    await first;
    expect(requests).toHaveLength(1);
  });

  it("retries a failed page with growing delays, then reports the error", async () => {
    const p = pager(async () => {
      throw new Error("503");
    });
    const done = p.loadEarlier();
    await settle();
    expect(requests).toHaveLength(1);
    clock.tick(999);
    await settle();
    expect(requests).toHaveLength(1);
    clock.tick(1);
    await settle();
    expect(requests).toHaveLength(2);
    clock.tick(2_000);
    await settle();
    await done;
    expect(requests).toHaveLength(3);
    expect(states.at(-1)).toMatchObject({ status: "error", hasMore: false });
    expect(String(states.at(-1)?.error)).toContain("503");
  });

  it("recovers on the next try after an error", async () => {
    let fail = true;
    const p = pager(async () => {
      if (fail) throw new Error("offline");
      return historyPage(rows(["m1"]));
    });
    const first = p.loadEarlier();
    for (const delay of [1_000, 2_000]) {
      await settle();
      clock.tick(delay);
    }
    await first;
    expect(states.at(-1)?.status).toBe("error");
    fail = false;
    await p.loadEarlier();
    expect(states.at(-1)?.status).toBe("ready");
    expect(pages).toHaveLength(1);
  });

  it("refetches the newest page without moving the paging position", async () => {
    const p = pager(async (offset) =>
      historyPage(rows(offset === 0 ? ["m9", "m8"] : ["m7"]), true),
    );
    await p.loadEarlier();
    await p.refetchNewest();
    await p.loadEarlier();
    expect(requests.map((r) => r.offset)).toEqual([0, 0, 2]);
    expect(pages).toHaveLength(3);
  });

  it("loads the first page, paging state included, when asked to refetch before any page loaded", async () => {
    let fail = true;
    const p = pager(async (offset) => {
      if (fail) throw new Error("no JWT");
      return historyPage(rows(offset === 0 ? ["m9", "m8"] : ["m7"]), true);
    });
    const first = p.loadEarlier();
    for (const delay of [1_000, 2_000]) {
      await settle();
      clock.tick(delay);
    }
    await first;
    expect(states.at(-1)).toMatchObject({ status: "error", hasMore: false });
    fail = false;
    await p.refetchNewest();
    expect(states.at(-1)).toEqual({ status: "ready", hasMore: true, error: undefined });
    await p.loadEarlier();
    expect(requests.map((r) => r.offset).slice(-2)).toEqual([0, 2]);
  });

  it("refetches after a first page that was already under way, not instead of it", async () => {
    const answers: Array<(page: HistoryPage) => void> = [];
    const p = pager(
      () =>
        new Promise<HistoryPage>((resolve) => {
          answers.push(resolve);
        }),
    );
    const first = p.loadEarlier();
    const refetch = p.refetchNewest(); // e.g. the socket dropped and came back meanwhile
    answers[0]?.(historyPage(rows(["m9", "m8"]), true));
    await first;
    await settle();
    expect(requests.map((r) => r.offset)).toEqual([0, 0]);
    answers[1]?.(historyPage(rows(["m10", "m9"]), true));
    await refetch;
    expect(pages).toHaveLength(2);
  });
});
