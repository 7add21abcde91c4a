import { type HistoryPage, KoreTransportError, type Scheduler } from "@kore-chat/transport";
import { createFakeScheduler } from "@kore-chat/transport/testing";
import type FakeTimers from "@sinonjs/fake-timers";
import { type InfiniteData, QueryClient } from "@tanstack/query-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { HistoryState } from "../chat/chat-state.js";
import { driveQueryTimersWith, FakeKoreClient, historyPage } from "../testing/fake-kore-client.js";
import { createHistoryQuery, type HistoryQueryOptions } from "./history-query.js";
import { historyQueryKey, newestHistoryPageQueryKey } from "./history-query-key.js";

const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
};
/** Moves the fake clock on by `ms`, lets the promises run, and counts the history requests so far. */
const requestsAfter = async (ms: number) => {
  clock.tick(ms);
  await settle();
  return client.historyRequests.length;
};
const rows = (ids: string[]) =>
  ids.map((id, i) => ({ id, type: "outgoing" as const, text: id, at: 1_000 - i }));
const page = (ids: string[], moreAvailable: boolean, rejectedRows = 0): HistoryPage => ({
  ...historyPage(rows(ids), moreAvailable),
  rejectedRows,
});
const ids = (p: HistoryPage | undefined) => p?.messages.map((row) => row._id);

let clock: FakeTimers.Clock;
let scheduler: Scheduler;
let client: FakeKoreClient;
let queryClient: QueryClient;
let pages: HistoryPage[];
let states: HistoryState[];
let identifyCalls: number;

beforeEach(() => {
  ({ clock, scheduler } = createFakeScheduler(0));
  driveQueryTimersWith(scheduler);
  client = new FakeKoreClient();
  identifyCalls = 0;
  const identify = client.answerIdentify;
  client.answerIdentify = () => {
    identifyCalls += 1;
    return identify();
  };
  queryClient = new QueryClient();
  pages = [];
  states = [];
});

afterEach(() => {
  queryClient.clear();
});

function historyQuery(overrides: Partial<HistoryQueryOptions> = {}) {
  return createHistoryQuery({
    queryClient,
    client,
    taskBotId: "st-test",
    pageSize: 2,
    onPage: (arrived) => pages.push(arrived),
    onState: (state) => states.push(state),
    ...overrides,
  });
}

const offsets = () => client.historyRequests.map((request) => request.offset);
/** The statuses published, repeats of the same status in a row counted once. */
const statuses = () =>
  states.map((state) => state.status).filter((status, i, all) => status !== all[i - 1]);
/** Answers every request by hand: `answers[i]` resolves the i-th request. */
function answerByHand() {
  const answers: Array<{ resolve: (p: HistoryPage) => void; reject: (e: unknown) => void }> = [];
  client.answerHistory = () =>
    new Promise<HistoryPage>((resolve, reject) => {
      answers.push({ resolve, reject });
    });
  return answers;
}

describe("createHistoryQuery: paging", () => {
  it("pages back from the newest until moreAvailable is false, then stops asking", async () => {
    client.answerHistory = async ({ offset }) =>
      offset === 0 ? page(["m5", "m4"], true, 1) : page(["m2"], false);
    const history = historyQuery();
    await history.loadEarlier();
    expect(statuses()).toEqual(["loading", "ready"]);
    expect(states.at(-1)).toEqual({ status: "ready", hasMore: true, error: undefined });
    await history.loadEarlier();
    expect(states.at(-1)).toEqual({ status: "ready", hasMore: false, error: undefined });
    await history.loadEarlier();
    await history.loadEarlier();
    // The second page starts after every row the first covered, unreadable ones included.
    expect(client.historyRequests).toEqual([
      { offset: 0, limit: 2 },
      { offset: 3, limit: 2 },
    ]);
    expect(pages.map(ids)).toEqual([["m5", "m4"], ["m2"]]);
  });

  it("stops when a page covers no rows, whatever moreAvailable says", async () => {
    client.answerHistory = async () => page([], true);
    const history = historyQuery();
    await history.loadEarlier();
    await history.loadEarlier();
    expect(offsets()).toEqual([0]);
    expect(states.at(-1)).toEqual({ status: "ready", hasMore: false, error: undefined });
  });

  it("is idle until asked, and start() loads the newest page once", async () => {
    const history = historyQuery();
    await settle();
    expect(identifyCalls).toBe(0);
    expect(client.historyRequests).toEqual([]);
    expect(states).toEqual([]);
    history.start();
    history.start();
    await settle();
    history.start();
    await settle();
    expect(offsets()).toEqual([0]);
    expect(identifyCalls).toBe(1);
  });

  it("shares one request between concurrent calls", async () => {
    const answers = answerByHand();
    const history = historyQuery();
    const first = history.loadEarlier();
    const second = history.loadEarlier();
    expect(second).toBe(first);
    await settle();
    expect(client.historyRequests).toHaveLength(1);
    answers[0]?.resolve(page(["m4", "m3"], true));
    await Promise.all([first, second]);
    expect(pages).toHaveLength(1);

    // The same for an older page.
    const third = history.loadEarlier();
    const fourth = history.loadEarlier();
    await settle();
    expect(offsets()).toEqual([0, 2]);
    answers[1]?.resolve(page(["m2"], false));
    await Promise.all([third, fourth]);
    expect(offsets()).toEqual([0, 2]);
    expect(pages.map(ids)).toEqual([["m4", "m3"], ["m2"]]);
  });

  it("a call made the moment a page is shown (its load not wound up yet) asks for the next page", async () => {
    const answers = answerByHand();
    let clicked: Promise<void> | undefined;
    const history = historyQuery({
      onState: (state) => {
        states.push(state);
        // A user (or a benchmark) pressing "Load earlier" as soon as it is enabled again.
        if (clicked === undefined && state.status === "ready" && state.hasMore) {
          clicked = history.loadEarlier();
        }
      },
    });
    void history.loadEarlier();
    await settle();
    answers[0]?.resolve(page(["m4", "m3"], true));
    await settle();
    expect(clicked).toBeDefined();
    expect(offsets()).toEqual([0, 2]);
    answers[1]?.resolve(page(["m2"], false));
    await clicked;
    expect(pages.map(ids)).toEqual([["m4", "m3"], ["m2"]]);
  });

  it("is loading while a page is on its way, with hasMore from the pages loaded so far", async () => {
    const answers = answerByHand();
    const history = historyQuery();
    void history.loadEarlier();
    await settle();
    expect(states.at(-1)).toMatchObject({ status: "loading", hasMore: false });
    answers[0]?.resolve(page(["m4", "m3"], true));
    await settle();
    expect(states.at(-1)).toMatchObject({ status: "ready", hasMore: true });
    void history.loadEarlier();
    await settle();
    expect(states.at(-1)).toMatchObject({ status: "loading" });
    answers[1]?.resolve(page(["m2"], false));
    await settle();
    expect(states.at(-1)).toMatchObject({ status: "ready", hasMore: false });
  });
});

describe("createHistoryQuery: retries", () => {
  it("retries a failed page after 1 s and 2 s, then reports the error", async () => {
    client.answerHistory = async () => {
      throw new Error("503");
    };
    const history = historyQuery();
    const done = history.loadEarlier();
    await settle();
    expect(client.historyRequests).toHaveLength(1);
    expect(await requestsAfter(999)).toBe(1);
    expect(await requestsAfter(1)).toBe(2);
    expect(await requestsAfter(1_999)).toBe(2);
    expect(states.at(-1)?.status).toBe("loading"); // still trying
    clock.tick(1);
    await settle();
    await done;
    expect(client.historyRequests).toHaveLength(3);
    expect(states.at(-1)).toMatchObject({ status: "error", hasMore: false });
    expect(String(states.at(-1)?.error)).toContain("503");
    expect(await requestsAfter(60_000)).toBe(3);
  });

  it("recovers on the next try after an error", async () => {
    let failing = true;
    client.answerHistory = async () => {
      if (failing) throw new Error("offline");
      return page(["m1"], false);
    };
    const history = historyQuery();
    const first = history.loadEarlier();
    for (const delay of [1_000, 2_000]) {
      await settle();
      clock.tick(delay);
    }
    await first;
    expect(states.at(-1)?.status).toBe("error");
    failing = false;
    await history.loadEarlier();
    expect(states.at(-1)).toEqual({ status: "ready", hasMore: false, error: undefined });
    expect(pages.map(ids)).toEqual([["m1"]]);
  });

  it("does not retry an error the transport calls fatal", async () => {
    const forbidden = new KoreTransportError("forbidden", "the platform said no", { status: 403 });
    client.answerHistory = async () => {
      throw forbidden;
    };
    const history = historyQuery();
    await history.loadEarlier();
    expect(client.historyRequests).toHaveLength(1);
    expect(states.at(-1)).toEqual({ status: "error", hasMore: false, error: forbidden });
    expect(await requestsAfter(60_000)).toBe(1);
  });

  it("waits as long as Retry-After says before retrying (not 1 s)", async () => {
    let calls = 0;
    client.answerHistory = async () => {
      calls += 1;
      if (calls === 1) {
        throw new KoreTransportError("http", "Too Many Requests", {
          status: 429,
          retryAfterMs: 5_000,
        });
      }
      return page(["m1"], false);
    };
    const history = historyQuery();
    const done = history.loadEarlier();
    await settle();
    expect(client.historyRequests).toHaveLength(1);
    expect(await requestsAfter(1_000)).toBe(1);
    expect(await requestsAfter(3_999)).toBe(1);
    clock.tick(1);
    await settle();
    await done;
    expect(client.historyRequests).toHaveLength(2);
    expect(states.at(-1)).toEqual({ status: "ready", hasMore: false, error: undefined });
  });

  it("keeps the loaded pages when an older page fails, and asks for it again on the next call", async () => {
    let failing = false;
    client.answerHistory = async ({ offset }) => {
      if (offset === 0) return page(["m4", "m3"], true);
      if (failing) throw new Error("503");
      return page(["m2"], false);
    };
    const history = historyQuery({ retries: 0 });
    await history.loadEarlier();
    failing = true;
    await history.loadEarlier();
    expect(offsets()).toEqual([0, 2]);
    expect(states.at(-1)).toMatchObject({ status: "error", hasMore: true });
    expect(
      queryClient.getQueryData<InfiniteData<HistoryPage>>(historyQueryKey("st-test", "u-me")),
    ).toMatchObject({ pageParams: [0] });
    failing = false;
    await history.loadEarlier();
    expect(offsets()).toEqual([0, 2, 2]);
    expect(states.at(-1)).toEqual({ status: "ready", hasMore: false, error: undefined });
    expect(pages.map(ids)).toEqual([["m4", "m3"], ["m2"]]);
  });
});

describe("createHistoryQuery: the socket (re)opening", () => {
  it("after a reconnect fetches only the newest page, once, and keeps the paging position", async () => {
    let newest = ["m9", "m8"];
    client.answerHistory = async ({ offset }) =>
      offset === 0 ? page(newest, true) : page([`m${7 - offset}`, `m${6 - offset}`], true);
    const history = historyQuery();
    await history.loadEarlier();
    await history.loadEarlier();
    expect(offsets()).toEqual([0, 2]);
    newest = ["m10", "m9"]; // arrived while the socket was down
    await history.connectionOpened(true);
    expect(offsets()).toEqual([0, 2, 0]);
    expect(ids(pages.at(-1))).toEqual(["m10", "m9"]);
    await history.loadEarlier();
    expect(offsets()).toEqual([0, 2, 0, 4]);
    expect(pages).toHaveLength(4);
    expect(states.at(-1)).toEqual({ status: "ready", hasMore: true, error: undefined });
  });

  it("asks nothing when the socket first opens after the pages loaded", async () => {
    client.answerHistory = async () => page(["m2", "m1"], true);
    const history = historyQuery();
    await history.loadEarlier();
    await history.connectionOpened(false);
    await settle();
    expect(offsets()).toEqual([0]);
    expect(pages).toHaveLength(1);
  });

  it("loads the first page, paging state included, when opened before any page loaded", async () => {
    let failing = true;
    client.answerHistory = async ({ offset }) => {
      if (failing) throw new Error("no JWT");
      return page(offset === 0 ? ["m9", "m8"] : ["m7"], true);
    };
    const history = historyQuery();
    const first = history.loadEarlier();
    for (const delay of [1_000, 2_000]) {
      await settle();
      clock.tick(delay);
    }
    await first;
    expect(states.at(-1)).toMatchObject({ status: "error", hasMore: false });
    failing = false;
    await history.connectionOpened(false);
    expect(states.at(-1)).toEqual({ status: "ready", hasMore: true, error: undefined });
    expect(pages.map(ids)).toEqual([["m9", "m8"]]);
    await history.loadEarlier();
    expect(offsets().slice(-2)).toEqual([0, 2]);
    expect(offsets()).toHaveLength(5);
  });

  it("refetches after a first page that was already under way, not instead of it", async () => {
    const answers = answerByHand();
    const history = historyQuery();
    const first = history.loadEarlier();
    await settle();
    const refetch = history.connectionOpened(true); // e.g. the socket dropped and came back
    await settle();
    expect(offsets()).toEqual([0]); // waits for the page under way
    answers[0]?.resolve(page(["m9", "m8"], true));
    await first;
    await settle();
    expect(offsets()).toEqual([0, 0]);
    answers[1]?.resolve(page(["m10", "m9"], true));
    await refetch;
    expect(pages.map(ids)).toEqual([
      ["m9", "m8"],
      ["m10", "m9"],
    ]);
  });

  it("keeps the pages and their paging state when the newest page cannot be fetched again", async () => {
    let failing = false;
    client.answerHistory = async () => {
      if (failing) throw new KoreTransportError("forbidden", "no");
      return page(["m2", "m1"], true);
    };
    const history = historyQuery();
    await history.loadEarlier();
    failing = true;
    await history.connectionOpened(true);
    expect(offsets()).toEqual([0, 0]);
    expect(pages).toHaveLength(1);
    expect(states.at(-1)).toMatchObject({ status: "ready", hasMore: true });
  });
});

describe("createHistoryQuery: the QueryClient's cache", () => {
  it("keeps the pages under historyQueryKey, and the newest page under its own key", async () => {
    client.answerHistory = async ({ offset }) =>
      offset === 0 ? page(["m4", "m3"], true) : page(["m2"], false);
    const history = historyQuery();
    await history.loadEarlier();
    await history.loadEarlier();
    const cached = queryClient.getQueryData<InfiniteData<HistoryPage, number>>(
      historyQueryKey("st-test", "u-me"),
    );
    expect(cached?.pageParams).toEqual([0, 2]);
    expect(cached?.pages.map(ids)).toEqual([["m4", "m3"], ["m2"]]);
    expect(cached?.pages[0]).toBe(pages[0]);
    expect(queryClient.getQueryData(newestHistoryPageQueryKey("st-test", "u-me"))).toBeUndefined();

    client.answerHistory = async () => page(["m5", "m4"], true);
    await history.connectionOpened(true);
    const newest = queryClient.getQueryData<HistoryPage>(
      newestHistoryPageQueryKey("st-test", "u-me"),
    );
    expect(ids(newest)).toEqual(["m5", "m4"]);
    expect(newest).toBe(pages.at(-1));
  });

  it("shows the cached pages at once on a remount, then reads them again", async () => {
    client.answerHistory = async ({ offset }) =>
      offset === 0 ? page(["m4", "m3"], true) : page(["m2", "m1"], true);
    const first = historyQuery();
    await first.loadEarlier();
    await first.loadEarlier();
    first.dispose();
    const cached = pages.slice();
    pages = [];
    states = [];

    const answers = answerByHand();
    const second = historyQuery();
    second.start();
    await settle();
    // Drawn before any request of the second mount was answered.
    expect(pages).toEqual(cached);
    expect(states.at(-1)).toMatchObject({ status: "ready", hasMore: true });
    expect(offsets()).toEqual([0, 2, 0]);
    answers[0]?.resolve(page(["m5", "m4"], true));
    await settle();
    expect(offsets()).toEqual([0, 2, 0, 2]);
    answers[1]?.resolve(page(["m3", "m2"], true));
    await settle();
    expect(pages.slice(2).map(ids)).toEqual([
      ["m5", "m4"],
      ["m3", "m2"],
    ]);
    expect(states.at(-1)).toEqual({ status: "ready", hasMore: true, error: undefined });
    // Paging goes on after the pages read again.
    client.answerHistory = async () => page(["m1"], false);
    await second.loadEarlier();
    expect(offsets().at(-1)).toBe(4);
  });

  it("keeps one user's cached history from another", async () => {
    client.answerHistory = async () => page(["m2", "m1"], false);
    await historyQuery().loadEarlier();
    pages = [];
    client.answerIdentify = async () => ({ userId: "u-other" });
    const answers = answerByHand();
    historyQuery().start();
    await settle();
    expect(pages).toEqual([]);
    expect(offsets()).toEqual([0, 0]);
    answers[0]?.resolve(page(["o1"], false));
    await settle();
    expect(pages.map(ids)).toEqual([["o1"]]);
    expect(
      queryClient.getQueryData<InfiniteData<HistoryPage>>(historyQueryKey("st-test", "u-me"))
        ?.pages[0]?.messages[0]?._id,
    ).toBe("m2");
  });
});

describe("createHistoryQuery: dispose and identify", () => {
  it("dispose() aborts the request in flight and publishes nothing after", async () => {
    const answers = answerByHand();
    const history = historyQuery();
    void history.loadEarlier();
    await settle();
    expect(client.historySignals).toHaveLength(1);
    expect(client.historySignals[0]?.aborted).toBe(false);
    const published = states.length;
    history.dispose();
    expect(client.historySignals[0]?.aborted).toBe(true);
    answers[0]?.resolve(page(["m1"], true));
    await settle();
    expect(pages).toEqual([]);
    expect(states).toHaveLength(published);
  });

  it("after dispose() asks nothing more: no retry, no identify, no older page", async () => {
    let failing = true;
    client.answerHistory = async () => {
      if (failing) throw new Error("503");
      return page(["m2", "m1"], true);
    };
    const failed = historyQuery();
    void failed.loadEarlier();
    await settle();
    failed.dispose();
    expect(await requestsAfter(10_000)).toBe(1);

    failing = false;
    const loaded = historyQuery();
    await loaded.loadEarlier();
    loaded.dispose();
    const published = states.length;
    const calls = identifyCalls;
    await loaded.loadEarlier();
    await loaded.connectionOpened(true);
    failed.start();
    await failed.loadEarlier();
    await settle();
    expect(client.historyRequests).toHaveLength(2);
    expect(identifyCalls).toBe(calls);
    expect(states).toHaveLength(published);
  });

  it("dispose() right after loadEarlier() sends no request for the older page", async () => {
    client.answerHistory = async () => page(["m2", "m1"], true);
    const history = historyQuery();
    await history.loadEarlier();
    const published = states.length;
    const older = history.loadEarlier();
    history.dispose();
    await older;
    await settle();
    expect(offsets()).toEqual([0]);
    expect(states).toHaveLength(published);
  });

  it("after dispose() a failed identify is not asked again", async () => {
    client.answerIdentify = async () => {
      identifyCalls += 1;
      throw new KoreTransportError("jwt_unavailable", "the host could not sign");
    };
    const history = historyQuery();
    await history.loadEarlier();
    history.dispose();
    const published = states.length;
    await history.loadEarlier();
    await history.connectionOpened(false);
    expect(identifyCalls).toBe(1);
    expect(states).toHaveLength(published);
  });

  it("dispose() while identify is on its way sends no request", async () => {
    let identified: (user: { userId: string }) => void = () => {};
    client.answerIdentify = () => new Promise((resolve) => (identified = resolve));
    const history = historyQuery();
    void history.loadEarlier();
    await settle();
    const published = states.length;
    history.dispose();
    identified({ userId: "u-me" });
    await settle();
    expect(client.historyRequests).toEqual([]);
    expect(states).toHaveLength(published);
  });

  it("reports an identify failure as an error, and asks identify again on the next call", async () => {
    const unsigned = new KoreTransportError("jwt_unavailable", "the host could not sign");
    client.answerIdentify = async () => {
      identifyCalls += 1;
      throw unsigned;
    };
    const history = historyQuery();
    await history.loadEarlier();
    expect(identifyCalls).toBe(1);
    expect(client.historyRequests).toEqual([]);
    expect(states.at(-1)).toEqual({ status: "error", hasMore: false, error: unsigned });

    client.answerIdentify = async () => {
      identifyCalls += 1;
      return { userId: "u-me" };
    };
    client.answerHistory = async () => page(["m1"], false);
    await history.loadEarlier();
    expect(identifyCalls).toBe(2);
    expect(offsets()).toEqual([0]);
    expect(states.at(-1)).toEqual({ status: "ready", hasMore: false, error: undefined });
    await history.loadEarlier();
    expect(identifyCalls).toBe(2); // known from then on
  });
});
