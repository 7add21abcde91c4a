import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_HISTORY_WINDOW_MS, splitDateRange } from "./date-windows.js";
import { HistoryApiParameterError } from "./history-api-errors.js";
import { HISTORY_API_WINDOW_LIMIT_MS, validateHistoryApiParams } from "./validate-params.js";

const DAY = 86_400_000;

describe("splitDateRange", () => {
  it("splits two weeks into windows just under 7 days, edge to edge", () => {
    expect(splitDateRange("2024-01-01", "2024-01-15")).toEqual([
      { dateFrom: "2024-01-01T00:00:00.000Z", dateTo: "2024-01-07T23:59:59.000Z" },
      { dateFrom: "2024-01-07T23:59:59.000Z", dateTo: "2024-01-14T23:59:58.000Z" },
      { dateFrom: "2024-01-14T23:59:58.000Z", dateTo: "2024-01-15T00:00:00.000Z" },
    ]);
  });

  it("keeps a short range in one window, and an empty range as one empty window", () => {
    expect(splitDateRange("2024-01-01T10:00:00Z", new Date("2024-01-03T10:00:00.250Z"))).toEqual([
      { dateFrom: "2024-01-01T10:00:00.000Z", dateTo: "2024-01-03T10:00:00.250Z" },
    ]);
    expect(splitDateRange("2024-01-01", "2024-01-01")).toEqual([
      { dateFrom: "2024-01-01T00:00:00.000Z", dateTo: "2024-01-01T00:00:00.000Z" },
    ]);
  });

  it("honours maxWindowMs", () => {
    expect(splitDateRange("2024-01-01", "2024-01-03T12:00:00Z", { maxWindowMs: DAY })).toEqual([
      { dateFrom: "2024-01-01T00:00:00.000Z", dateTo: "2024-01-02T00:00:00.000Z" },
      { dateFrom: "2024-01-02T00:00:00.000Z", dateTo: "2024-01-03T00:00:00.000Z" },
      { dateFrom: "2024-01-03T00:00:00.000Z", dateTo: "2024-01-03T12:00:00.000Z" },
    ]);
  });

  it("refuses a window the API would refuse, a reversed range and a bad date", () => {
    expect(() => splitDateRange("2024-01-01", "2024-02-01", { maxWindowMs: 7 * DAY })).toThrow(
      RangeError,
    );
    expect(() => splitDateRange("2024-01-01", "2024-02-01", { maxWindowMs: 0 })).toThrow(
      RangeError,
    );
    expect(() => splitDateRange("2024-01-01", "2024-02-01", { maxWindowMs: 1 })).toThrow(
      /more than 100000/,
    );
    expect(() => splitDateRange("2024-01-02", "2024-01-01")).toThrow(HistoryApiParameterError);
    expect(() => splitDateRange("2024-13-01", "2024-12-01")).toThrow(/dateFrom: .* not a calendar/);
  });

  it("covers any range contiguously with windows every request accepts", () => {
    const instant = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 0, 1) });
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 120 * DAY }),
        fc.option(fc.integer({ min: 12 * 3_600_000, max: HISTORY_API_WINDOW_LIMIT_MS - 1 }), {
          nil: undefined,
        }),
        (start, length, maxWindowMs) => {
          const from = new Date(start);
          const to = new Date(start + length);
          const windows = splitDateRange(
            from,
            to,
            maxWindowMs === undefined ? {} : { maxWindowMs },
          );
          const limit = maxWindowMs ?? DEFAULT_HISTORY_WINDOW_MS;
          expect(windows[0]?.dateFrom).toBe(from.toISOString());
          expect(windows.at(-1)?.dateTo).toBe(to.toISOString());
          expect(windows).toHaveLength(Math.max(1, Math.ceil(length / limit)));
          for (const [index, window] of windows.entries()) {
            const span = Date.parse(window.dateTo) - Date.parse(window.dateFrom);
            expect(span).toBeLessThanOrEqual(limit);
            expect(window.dateFrom).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
            if (index > 0) expect(window.dateFrom).toBe(windows[index - 1]?.dateTo);
            expect(() =>
              validateHistoryApiParams({ userId: "u-1", ...window }, "GET"),
            ).not.toThrow();
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
