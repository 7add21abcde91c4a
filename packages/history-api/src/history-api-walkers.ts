import { splitDateRange } from "./date-windows.js";
import { messageTime } from "./decode-history-api-response.js";
import type {
  HistoryApiDate,
  HistoryApiGetParams,
  HistoryApiMessage,
  HistoryApiPostParams,
  HistoryApiResponse,
} from "./history-api-types.js";

/**
 * Parameters of a range walk: any request parameters except the ones the walk sets itself
 * (dates per window, paging, direction), plus the whole range.
 *
 * @example
 * const params: HistoryApiRangeParams<HistoryApiGetParams> = {
 *   userId: "u-1", dateFrom: "2024-01-01", dateTo: "2024-02-01", channelType: "rtm",
 * };
 */
export type HistoryApiRangeParams<Params extends HistoryApiGetParams | HistoryApiPostParams> = Omit<
  Params,
  "dateFrom" | "dateTo" | "skip" | "offset" | "msgId" | "direction" | "forward"
> & { readonly dateFrom: HistoryApiDate; readonly dateTo: HistoryApiDate };

/**
 * What a range walk reports after fetching each window, before yielding its rows.
 *
 * @example
 * const onWindow = (p: HistoryWindowProgress) =>
 *   console.error(`window ${p.index + 1}/${p.windowCount}: ${p.messageCount} messages`);
 */
export interface HistoryWindowProgress {
  /** 0-based. */
  readonly index: number;
  readonly windowCount: number;
  readonly dateFrom: string;
  readonly dateTo: string;
  /** New rows in this window (rows already yielded from the previous window not counted). */
  readonly messageCount: number;
  readonly pageCount: number;
}

/**
 * Options of a range walk.
 *
 * @example
 * const options: HistoryApiRangeOptions = { maxWindowMs: 24 * 3_600_000, onWindow: console.error };
 */
export interface HistoryApiRangeOptions {
  /** Longest window sent; see `splitDateRange`. */
  readonly maxWindowMs?: number;
  readonly onWindow?: (progress: HistoryWindowProgress) => void;
}

/**
 * Walks every page from the params' `skip` / `offset` (0 if neither). Advances by the rows
 * received (malformed ones included), and stops when `moreAvailable` is false or a page is
 * empty, so a platform that keeps saying `moreAvailable: true` cannot make it loop forever.
 *
 * @example
 * for await (const page of walkHistoryPages({ userId: "u-1" }, (p) => client.getMessages(p))) {
 *   console.log(page.messages.length);
 * }
 */
export async function* walkHistoryPages<Params extends HistoryApiGetParams | HistoryApiPostParams>(
  params: Params,
  fetchPage: (params: Params) => Promise<HistoryApiResponse>,
): AsyncGenerator<HistoryApiResponse, void, undefined> {
  const useOffset = params.offset !== undefined;
  let position = (useOffset ? params.offset : params.skip) ?? 0;
  while (true) {
    const page = await fetchPage(
      useOffset ? { ...params, offset: position } : { ...params, skip: position },
    );
    yield page;
    if (!page.moreAvailable || page.receivedCount === 0) return;
    position += page.receivedCount;
  }
}

/**
 * Walks a date range of any length window by window (see `splitDateRange`), every page of each,
 * and yields rows oldest → newest, each `_id` once (a row on a window edge can come back in
 * both windows; a row can also repeat across pages when new messages shift `skip`).
 *
 * @example
 * const rows = walkHistoryRange({ userId: "u-1", dateFrom: "2024-01-01", dateTo: "2024-02-01" }, {},
 *   (params) => walkHistoryPages(params, (p) => client.getMessages(p)));
 */
export async function* walkHistoryRange<Params extends HistoryApiGetParams | HistoryApiPostParams>(
  params: HistoryApiRangeParams<Params>,
  options: HistoryApiRangeOptions,
  pagesOf: (params: Params) => AsyncIterable<HistoryApiResponse>,
): AsyncGenerator<HistoryApiMessage, void, undefined> {
  const windows = splitDateRange(
    params.dateFrom,
    params.dateTo,
    options.maxWindowMs === undefined ? {} : { maxWindowMs: options.maxWindowMs },
  );
  let previousIds = new Set<string>();
  for (const [index, window] of windows.entries()) {
    const ids = new Set<string>();
    const rows: HistoryApiMessage[] = [];
    let pageCount = 0;
    const windowParams = { ...params, ...window, forward: true } as HistoryApiRangeParams<Params> &
      Params;
    for await (const page of pagesOf(windowParams)) {
      pageCount += 1;
      for (const row of page.messages) {
        if (ids.has(row._id) || previousIds.has(row._id)) continue;
        ids.add(row._id);
        rows.push(row);
      }
    }
    const windowStart = Date.parse(window.dateFrom);
    const sortKey = (row: HistoryApiMessage): number => {
      const time = messageTime(row);
      return Number.isNaN(time) ? windowStart : time;
    };
    // Wire order is not guaranteed (PROTOCOL.md § 5); Array#sort is stable for equal times.
    rows.sort((a, b) => sortKey(a) - sortKey(b));
    options.onWindow?.({
      index,
      windowCount: windows.length,
      dateFrom: window.dateFrom,
      dateTo: window.dateTo,
      messageCount: rows.length,
      pageCount,
    });
    yield* rows;
    previousIds = ids;
  }
}
