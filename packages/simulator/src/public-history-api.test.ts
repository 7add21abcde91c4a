import { describe, expect, it } from "vitest";
import { HistoryStore } from "./history-store.js";
import type { PublicHistoryQuery } from "./public-history-api.js";
import {
  parseHistoryDate,
  parsePublicHistoryParams,
  queryPublicHistory,
} from "./public-history-api.js";

const DAY = 86_400_000;
const NOW = Date.parse("2024-03-10T12:00:00.000Z");

function parse(params: Record<string, unknown>, method: "GET" | "POST" = "GET") {
  return parsePublicHistoryParams(method, params, NOW);
}

function query(
  params: Record<string, unknown>,
  method: "GET" | "POST" = "GET",
): PublicHistoryQuery {
  const parsed = parse(params, method);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.query;
}

function error(params: Record<string, unknown>, method: "GET" | "POST" = "GET"): string {
  const parsed = parse(params, method);
  if (parsed.ok) throw new Error("expected a 400");
  return parsed.message;
}

describe("parseHistoryDate", () => {
  it("reads yyyy-mm-dd as UTC midnight and full ISO with ms and Z", () => {
    expect(parseHistoryDate("2024-03-01")).toBe(Date.parse("2024-03-01T00:00:00.000Z"));
    expect(parseHistoryDate("2024-03-01T10:20:30.400Z")).toBe(
      Date.parse("2024-03-01T10:20:30.400Z"),
    );
  });

  it.each([
    "03/01/2024",
    "2024-3-1",
    "2024-03-01T10:20:30Z",
    "2024-03-01T10:20:30.400+01:00",
    "2024-02-31",
    "2024-13-01",
    "",
  ])("rejects %j", (value) => {
    expect(parseHistoryDate(value)).toBeNull();
  });
});

describe("parsePublicHistoryParams", () => {
  it("requires userId for GET only", () => {
    expect(error({ dateTo: "2024-03-10" })).toBe("userId is required");
    expect(query({ dateTo: "2024-03-10", dateFrom: "2024-03-04" }, "POST").userId).toBeNull();
  });

  it("accepts a window under 7 days and refuses 7 days or more", () => {
    expect(
      query({ userId: "u", dateFrom: "2024-03-01", dateTo: "2024-03-07T23:59:59.999Z" }),
    ).toMatchObject({
      dateFrom: Date.parse("2024-03-01T00:00:00.000Z"),
      dateTo: Date.parse("2024-03-07T23:59:59.999Z"),
    });
    expect(error({ userId: "u", dateFrom: "2024-03-01", dateTo: "2024-03-08" })).toMatch(
      /less than 7 days/,
    );
    expect(error({ userId: "u", dateFrom: "2024-03-01", dateTo: "2024-03-20" })).toMatch(
      /less than 7 days/,
    );
  });

  it("makes a missing bound 7 days from the other, which the platform refuses", () => {
    expect(error({ userId: "u", dateFrom: "2024-03-01" })).toMatch(/less than 7 days/);
    expect(error({ userId: "u", dateTo: "2024-03-08" })).toMatch(/less than 7 days/);
    // Both missing: dateTo = now, dateFrom = now - 7 days: exactly 7 days, refused too.
    expect(error({ userId: "u" })).toMatch(/less than 7 days/);
  });

  it("refuses bad date formats and reversed windows", () => {
    expect(error({ userId: "u", dateFrom: "03/01/2024", dateTo: "2024-03-02" })).toMatch(
      /dateFrom must be/,
    );
    expect(error({ userId: "u", dateFrom: "2024-03-01", dateTo: "2024-03-02 10:00" })).toMatch(
      /dateTo must be/,
    );
    expect(error({ userId: "u", dateFrom: "2024-03-05", dateTo: "2024-03-02" })).toMatch(/after/);
  });

  it("applies defaults", () => {
    expect(query({ userId: "u", dateFrom: "2024-03-05", dateTo: "2024-03-06" })).toEqual({
      userId: "u",
      skip: 0,
      limit: 20,
      forward: false,
      dateFrom: Date.parse("2024-03-05T00:00:00.000Z"),
      dateTo: Date.parse("2024-03-06T00:00:00.000Z"),
      channelType: "rtm",
      msgId: null,
      direction: 1,
      sessionIds: null,
      tags: null,
    });
  });

  const window = { userId: "u", dateFrom: "2024-03-05", dateTo: "2024-03-06" };

  it("reads skip or offset, limit capped at 100, forward as string or boolean", () => {
    expect(query({ ...window, offset: "5", limit: "500", forward: "true" })).toMatchObject({
      skip: 5,
      limit: 100,
      forward: true,
    });
    expect(query({ ...window, skip: 3, forward: false }, "POST")).toMatchObject({
      skip: 3,
      forward: false,
    });
    expect(error({ ...window, skip: "-1" })).toMatch(/skip/);
    expect(error({ ...window, limit: "0" })).toMatch(/limit/);
    expect(error({ ...window, forward: "yes" })).toMatch(/forward/);
  });

  it("accepts known channel types case-insensitively and refuses unknown ones", () => {
    expect(query({ ...window, channelType: "MSTeams" }).channelType).toBe("msteams");
    expect(query({ ...window, channelType: "ivrvoice" }).channelType).toBe("ivrvoice");
    expect(error({ ...window, channelType: "myspace" })).toMatch(/Unknown channelType/);
  });

  it("requires msgId for direction", () => {
    expect(error({ ...window, direction: "-1" })).toBe("direction requires msgId");
    expect(query({ userId: "u", msgId: "ms-1", direction: "-5" })).toMatchObject({
      msgId: "ms-1",
      direction: -1,
    });
    expect(error({ userId: "u", msgId: "ms-1", direction: "back" })).toMatch(/direction/);
  });

  it("takes msgId instead of a date range, never with one", () => {
    expect(query({ userId: "u", msgId: "ms-1" })).toMatchObject({
      msgId: "ms-1",
      dateFrom: Number.NEGATIVE_INFINITY,
      dateTo: Number.POSITIVE_INFINITY,
    });
    expect(error({ ...window, msgId: "ms-1" })).toBe(
      "msgId cannot be combined with dateFrom or dateTo",
    );
  });

  it("takes sessionId as a string on GET and an array on POST", () => {
    expect(query({ ...window, sessionId: "s1" }).sessionIds).toEqual(["s1"]);
    expect(query({ ...window, sessionId: ["s1", "s2"] }, "POST").sessionIds).toEqual(["s1", "s2"]);
    expect(error({ ...window, sessionId: [1] }, "POST")).toMatch(/sessionId/);
  });

  it("validates tags on POST", () => {
    const tags = { and: [{ name: "vip", values: ["yes"], type: "user" }] };
    expect(query({ ...window, tags }, "POST").tags).toEqual(tags.and);
    expect(error({ ...window, tags: { or: [] } }, "POST")).toMatch(/tags/);
  });
});

describe("queryPublicHistory", () => {
  const start = Date.parse("2024-03-05T00:00:00.000Z");
  const store = new HistoryStore({ orgId: "o", accountId: "a" });
  const rows = Array.from({ length: 6 }, (_, index) =>
    store.append({
      userId: "u",
      botId: "b",
      type: "incoming",
      texts: [`m${index}`],
      createdOnMs: start + index * DAY,
    }),
  );
  const texts = (page: {
    messages: ReadonlyArray<{ components: ReadonlyArray<{ data: { text: string } }> }>;
  }) => page.messages.map((row) => row.components[0]?.data.text);
  const base = { userId: "u", dateFrom: "2024-03-05", dateTo: "2024-03-11T00:00:00.000Z" };

  it("returns the window newest first by default, or oldest first with forward", () => {
    expect(texts(queryPublicHistory(rows, query({ ...base, limit: "3" })))).toEqual([
      "m5",
      "m4",
      "m3",
    ]);
    expect(
      texts(queryPublicHistory(rows, query({ ...base, limit: "3", forward: "true" }))),
    ).toEqual(["m0", "m1", "m2"]);
  });

  it("filters by date window inclusively", () => {
    const page = queryPublicHistory(
      rows,
      query({ userId: "u", dateFrom: "2024-03-06", dateTo: "2024-03-08" }),
    );
    expect(texts(page)).toEqual(["m3", "m2", "m1"]);
    expect(page).toMatchObject({ total: 3, moreAvailable: false });
  });

  it("pages with skip and reports moreAvailable", () => {
    const page = queryPublicHistory(rows, query({ ...base, skip: "2", limit: "2" }));
    expect(texts(page)).toEqual(["m3", "m2"]);
    expect(page).toMatchObject({ total: 6, moreAvailable: true });
  });

  it("starts at msgId in the given direction", () => {
    const msgId = rows[2]?._id;
    const base = { userId: "u" };
    expect(
      texts(
        queryPublicHistory(
          rows,
          query({ ...base, msgId, direction: "1", limit: "2", forward: "true" }),
        ),
      ),
    ).toEqual(["m2", "m3"]);
    expect(
      texts(queryPublicHistory(rows, query({ ...base, msgId, direction: "-1", limit: "2" }))),
    ).toEqual(["m2", "m1"]);
    expect(queryPublicHistory(rows, query({ ...base, msgId: "ms-unknown" })).total).toBe(0);
  });

  it("has data only on rtm and filters sessions and tags", () => {
    expect(queryPublicHistory(rows, query({ ...base, channelType: "slack" })).total).toBe(0);
    expect(queryPublicHistory(rows, query({ ...base, sessionId: "other" })).total).toBe(0);
    expect(queryPublicHistory(rows, query({ ...base, sessionId: rows[0]?.sessionId })).total).toBe(
      6,
    );
    const tags = { and: [{ name: "vip", values: ["yes"], type: "user" }] };
    expect(queryPublicHistory(rows, query({ ...base, tags }, "POST")).total).toBe(0);
  });
});
