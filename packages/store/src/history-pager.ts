import type { HistoryPage, Scheduler } from "@kore-chat/transport";
import { rowsCovered } from "./history-message.js";

export interface HistoryPagerState {
  readonly status: "idle" | "loading" | "ready" | "error";
  readonly hasMore: boolean;
  readonly error: unknown;
}

export interface HistoryPagerOptions {
  readonly fetchPage: (page: { offset: number; limit: number }) => Promise<HistoryPage>;
  readonly pageSize: number;
  readonly scheduler: Scheduler;
  /** Every page that arrived, for the conversation to merge. */
  readonly onPage: (page: HistoryPage) => void;
  readonly onState: (state: HistoryPagerState) => void;
  /** Tries after the first failure; delays double from `retryDelayMs`. Default 2 and 1 s. */
  readonly retries?: number;
  readonly retryDelayMs?: number;
}

export interface HistoryPager {
  /** The next older page (the newest, the first time). Concurrent calls share one request. */
  loadEarlier(): Promise<void>;
  /**
   * The newest page again (after a reconnect), merged by the same rules. While no page has
   * loaded yet (the first one failed), it loads the first page, paging state included.
   */
  refetchNewest(): Promise<void>;
  dispose(): void;
}

/**
 * Pages through chat-window history, newest first: `skip` counts from the
 * newest row, so the next page starts after every row seen so far. Newer rows
 * arriving meanwhile only make pages overlap (merged once), never leave a gap.
 *
 * @example
 * const pager = createHistoryPager({ fetchPage: client.fetchHistory, pageSize: 20, scheduler, onPage, onState });
 * await pager.loadEarlier();
 */
export function createHistoryPager(options: HistoryPagerOptions): HistoryPager {
  const { scheduler } = options;
  const retries = options.retries ?? 2;
  const retryDelayMs = options.retryDelayMs ?? 1_000;
  let offset = 0;
  let hasMore = true;
  let loaded = false;
  let pending: Promise<void> | undefined;
  let disposed = false;

  const report = (status: HistoryPagerState["status"], error: unknown = undefined) => {
    if (!disposed) options.onState({ status, hasMore: loaded && hasMore, error });
  };

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      scheduler.setTimeout(resolve, ms);
    });

  async function fetchWithRetry(pageOffset: number): Promise<HistoryPage> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await options.fetchPage({ offset: pageOffset, limit: options.pageSize });
      } catch (error) {
        if (attempt >= retries || disposed) throw error;
        await wait(retryDelayMs * 2 ** attempt);
      }
    }
  }

  async function loadNext() {
    report("loading");
    try {
      const page = await fetchWithRetry(offset);
      if (disposed) return;
      loaded = true;
      offset += rowsCovered(page);
      hasMore = page.moreAvailable && rowsCovered(page) > 0;
      options.onPage(page);
      report("ready");
    } catch (error) {
      report("error", error);
    }
  }

  function loadEarlier(): Promise<void> {
    if (loaded && !hasMore) return Promise.resolve();
    pending ??= loadNext().finally(() => {
      pending = undefined;
    });
    return pending;
  }

  return {
    loadEarlier,
    async refetchNewest() {
      // A request already under way was sent before whatever made us refetch: let it land,
      // then ask again, so what arrived meanwhile is not missed.
      if (pending !== undefined) await pending;
      if (!loaded) return loadEarlier();
      try {
        const page = await fetchWithRetry(0);
        if (!disposed) options.onPage(page);
      } catch (error) {
        // The next reconnect or "load earlier" tries again; live messages are unaffected.
        report("ready", error);
      }
    },
    dispose() {
      disposed = true;
    },
  };
}
