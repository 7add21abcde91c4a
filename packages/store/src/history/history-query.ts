import { type HistoryPage, type KoreClient, KoreTransportError } from "@kore-chat/transport";
import {
  type InfiniteData,
  InfiniteQueryObserver,
  type InfiniteQueryObserverResult,
  type QueryClient,
} from "@tanstack/query-core";
import type { HistoryState } from "../chat/chat-state.js";
import { rowsCovered } from "./history-message.js";
import { historyQueryKey, newestHistoryPageQueryKey } from "./history-query-key.js";

export interface HistoryQueryOptions {
  readonly queryClient: QueryClient;
  readonly client: KoreClient;
  readonly taskBotId: string;
  readonly pageSize: number;
  /** Tries after the first failure of a page; delays double from 1 s unless `Retry-After` says. */
  readonly retries?: number;
  /** Every page that arrived (cached or fetched), each once, for the conversation to merge. */
  readonly onPage: (page: HistoryPage) => void;
  readonly onState: (state: HistoryState) => void;
}

export interface HistoryQuery {
  /** Shows cached pages at once and loads what is missing; later calls do nothing. */
  start(): void;
  /** The next older page (the newest, the first time). Concurrent calls share one request. */
  loadEarlier(): Promise<void>;
  /**
   * The socket (re)opened: after a reconnect the newest page again (not every loaded one); if
   * no page has loaded yet (the first failed, e.g. no JWT until Retry), that first page.
   */
  connectionOpened(reconnected: boolean): Promise<void>;
  /** Cancels requests and lets the cache collect the pages after its `gcTime`. */
  dispose(): void;
}

type HistoryData = InfiniteData<HistoryPage, number>;
type HistoryResult = InfiniteQueryObserverResult<HistoryData, unknown>;
type HistoryObserver = InfiniteQueryObserver<
  HistoryPage,
  unknown,
  HistoryData,
  ReturnType<typeof historyQueryKey>,
  number
>;

const nextOffset = (page: HistoryPage, offset: number) =>
  page.moreAvailable && rowsCovered(page) > 0 ? offset + rowsCovered(page) : undefined;

/** Retrying cannot heal these (the transport says so), and the client is closed or told no. */
const isFatal = (error: unknown) => error instanceof KoreTransportError && error.isFatal;

function stateOf(result: HistoryResult): HistoryState {
  const loaded = result.data !== undefined;
  const status =
    result.isFetchingNextPage || (result.isFetching && !loaded)
      ? "loading"
      : result.isError
        ? "error"
        : loaded
          ? "ready"
          : "idle";
  return { status, hasMore: loaded && result.hasNextPage, error: result.error ?? undefined };
}

/**
 * Chat-window history as TanStack Query queries: the pages are one infinite query keyed per
 * bot and user (`historyQueryKey`), newest first, "load earlier" is its next page, `skip`
 * counts from the newest row so newer rows arriving meanwhile only make pages overlap (merged
 * once), never leave a gap. The transport's error classification decides retries (fatal
 * errors are not retried, `Retry-After` is honoured), and every request takes the query's
 * `AbortSignal`. The query never fetches on its own (focus, reconnect, mount): the store
 * decides, so only the newest page is read again after a reconnect.
 *
 * @example
 * const history = createHistoryQuery({ queryClient, client, taskBotId, pageSize: 20, onPage, onState });
 * history.start();
 */
export function createHistoryQuery(options: HistoryQueryOptions): HistoryQuery {
  const { queryClient, client, taskBotId, pageSize } = options;
  const retries = options.retries ?? 2;
  const abort = new AbortController();
  const merged = new WeakSet<HistoryPage>();
  let identity: Promise<string> | undefined;
  let observer: HistoryObserver | undefined;
  let stopObserving: (() => void) | undefined;
  let pending: Promise<void> | undefined;
  let revalidated = false;
  let started = false;
  let disposed = false;

  const retryPolicy = {
    retry: (failureCount: number, error: unknown) => failureCount < retries && !isFatal(error),
    retryDelay: (failureCount: number, error: unknown) =>
      error instanceof KoreTransportError && error.retryAfterMs !== undefined
        ? error.retryAfterMs
        : 1_000 * 2 ** failureCount,
    // The transport knows when the network is back; a paused query would hide the failure.
    networkMode: "always",
  } as const;

  const fetchPage = (offset: number, signal: AbortSignal) =>
    client.fetchHistory({ offset, limit: pageSize, signal });

  // Called by the observer for every change of the query (synchronously), and with the result
  // of each fetch: pages already merged are skipped, so it may run twice for one change.
  const publish = (result: HistoryResult) => {
    if (disposed) return;
    for (const page of result.data?.pages ?? []) {
      if (merged.has(page)) continue;
      merged.add(page);
      options.onPage(page);
    }
    options.onState(stateOf(result));
  };

  const failed = (error: unknown) => {
    if (!disposed) options.onState({ status: "error", hasMore: false, error });
  };

  async function observe(): Promise<HistoryObserver | undefined> {
    if (observer !== undefined) return observer;
    identity ??= client.identify(abort.signal).then(
      (user) => user.userId,
      (error: unknown) => {
        identity = undefined; // the next try asks again (the host may sign by then)
        throw error;
      },
    );
    const userId = await identity;
    if (observer !== undefined || disposed) return observer;
    const created: HistoryObserver = new InfiniteQueryObserver(queryClient, {
      queryKey: historyQueryKey(taskBotId, userId),
      queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
      initialPageParam: 0,
      getNextPageParam: (lastPage, _pages, lastOffset) => nextOffset(lastPage, lastOffset),
      enabled: false,
      staleTime: Number.POSITIVE_INFINITY,
      ...retryPolicy,
    });
    observer = created;
    // Subscribed, the query is active: kept in the cache and shown as such in React Query
    // Devtools, and changes the host makes through the cache reach the conversation too.
    stopObserving = created.subscribe(publish);
    return created;
  }

  async function loadNext() {
    // Disposed, the observer is unsubscribed but still works: it would send requests nobody reads.
    if (disposed) return;
    if (observer === undefined) {
      options.onState({ status: "loading", hasMore: false, error: undefined });
    }
    let current: HistoryObserver | undefined;
    try {
      current = await observe();
    } catch (error) {
      return failed(error);
    }
    if (current === undefined || disposed) return;
    const before = current.getCurrentResult();
    if (before.data !== undefined && !revalidated) {
      // Pages an earlier mount left in the cache: drawn at once, then read again (that mount
      // may have been long ago), TanStack's stale-while-revalidate.
      revalidated = true;
      publish(before);
      await current.refetch({ cancelRefetch: false });
      return publish(current.getCurrentResult());
    }
    revalidated = true;
    if (before.data !== undefined && !before.hasNextPage) return publish(before);
    publish(await current.fetchNextPage({ cancelRefetch: false }));
  }

  function loadEarlier(): Promise<void> {
    started = true;
    // The page arrived and is shown (the button is enabled again), but its load has not wound
    // up yet: a click now asks for the next page after it, instead of being swallowed.
    if (pending !== undefined && observer?.getCurrentResult().isFetching === false) {
      return pending.then(loadEarlier);
    }
    pending ??= loadNext().finally(() => {
      pending = undefined;
    });
    return pending;
  }

  async function refetchNewest(current: HistoryObserver) {
    const userId = await identity;
    if (userId === undefined || disposed) return;
    try {
      const page = await queryClient.fetchQuery({
        queryKey: newestHistoryPageQueryKey(taskBotId, userId),
        queryFn: ({ signal }) => fetchPage(0, signal),
        staleTime: 0,
        ...retryPolicy,
      });
      if (!disposed) options.onPage(page);
    } catch {
      // The next reconnect or "load earlier" tries again; live messages are unaffected.
      publish(current.getCurrentResult());
    }
  }

  return {
    start() {
      if (!started && !disposed) void loadEarlier();
    },
    loadEarlier,
    async connectionOpened(reconnected) {
      // A request already under way was sent before whatever made us refetch: let it land,
      // then ask again, so what arrived meanwhile is not missed.
      if (pending !== undefined) await pending;
      if (disposed) return;
      const current = observer;
      if (current === undefined || current.getCurrentResult().data === undefined) {
        return loadEarlier();
      }
      if (reconnected) await refetchNewest(current);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      abort.abort();
      stopObserving?.(); // the last observer leaving cancels the query's request
      void identity?.then(
        (userId) =>
          queryClient.cancelQueries({ queryKey: newestHistoryPageQueryKey(taskBotId, userId) }),
        () => undefined,
      );
    },
  };
}
