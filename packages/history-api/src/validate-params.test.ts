import { describe, expect, it } from "vitest";
import { HistoryApiParameterError } from "./history-api-errors.js";
import type { HistoryApiGetParams, HistoryApiPostParams } from "./history-api-types.js";
import { normalizeChannelType, validateHistoryApiParams } from "./validate-params.js";

function rejection(run: () => unknown): HistoryApiParameterError {
  try {
    run();
  } catch (error) {
    if (error instanceof HistoryApiParameterError) return error;
    throw error;
  }
  throw new Error("expected a HistoryApiParameterError");
}

// Runtime checks exist for callers without types (JS, JSON config, CLI input): tests cast.
const asGet = (params: Record<string, unknown>) => params as unknown as HistoryApiGetParams;
const asPost = (params: Record<string, unknown>) => params as unknown as HistoryApiPostParams;

describe("validateHistoryApiParams", () => {
  it("returns the wire form of a valid GET request", () => {
    expect(
      validateHistoryApiParams(
        {
          userId: "u-1",
          skip: 10,
          limit: 10,
          forward: true,
          dateFrom: "2019-04-01",
          dateTo: "2019-04-05T13:25:58.515Z",
          channelType: "facebook",
          sessionId: "5ead",
        },
        "GET",
      ),
    ).toEqual({
      userId: "u-1",
      skip: 10,
      limit: 10,
      forward: true,
      dateFrom: "2019-04-01",
      dateTo: "2019-04-05T13:25:58.515Z",
      channelType: "facebook",
      sessionId: "5ead",
    });
  });

  it("accepts a POST request without userId, with a sessionId list and tags", () => {
    const tags = { and: [{ name: "plan", values: ["gold", "silver"], type: "user" as const }] };
    expect(
      validateHistoryApiParams({ msgId: "ms-1", sessionId: ["s-1", "s-2"], tags }, "POST"),
    ).toEqual({
      msgId: "ms-1",
      sessionId: ["s-1", "s-2"],
      tags,
    });
  });

  it("sends Date parameters as ISO strings and drops undefined ones", () => {
    const wire = validateHistoryApiParams(
      asGet({
        userId: "u-1",
        dateFrom: new Date("2024-01-01T00:00:00Z"),
        dateTo: new Date("2024-01-02T00:00:00Z"),
        limit: undefined,
      }),
      "GET",
    );
    expect(wire).toEqual({
      userId: "u-1",
      dateFrom: "2024-01-01T00:00:00.000Z",
      dateTo: "2024-01-02T00:00:00.000Z",
    });
  });

  it("accepts msgId with a direction and without dates", () => {
    expect(
      validateHistoryApiParams({ userId: "u-1", msgId: "ms-1", direction: -1 }, "GET"),
    ).toEqual({ userId: "u-1", msgId: "ms-1", direction: -1 });
  });

  it("sends a date-time in the documented shape, with milliseconds", () => {
    const wire = validateHistoryApiParams(
      { userId: "u-1", dateFrom: "2024-01-01T10:00:00Z", dateTo: "2024-01-02T10:00:00.5Z" },
      "GET",
    );
    expect(wire).toMatchObject({
      dateFrom: "2024-01-01T10:00:00.000Z",
      dateTo: "2024-01-02T10:00:00.500Z",
    });
  });

  it("refuses a request without dates or msgId: the platform's default window is 7 days", () => {
    const error = rejection(() => validateHistoryApiParams({ userId: "u-1", limit: 5 }, "GET"));
    expect(error.parameter).toBe("dateFrom");
    expect(error.message).toMatch(/dateTo are missing/);
    expect(rejection(() => validateHistoryApiParams({}, "POST")).parameter).toBe("dateFrom");
  });

  it("accepts a window just under 7 days", () => {
    const wire = validateHistoryApiParams(
      { userId: "u-1", dateFrom: "2024-01-01T00:00:00.000Z", dateTo: "2024-01-07T23:59:59.999Z" },
      "GET",
    );
    expect(wire.dateTo).toBe("2024-01-07T23:59:59.999Z");
  });

  it.each<[string, string, Record<string, unknown>, "GET" | "POST", RegExp]>([
    [
      "window of exactly 7 days",
      "dateTo",
      { dateFrom: "2024-01-01", dateTo: "2024-01-08" },
      "GET",
      /under 7 days/,
    ],
    [
      "window over 7 days",
      "dateTo",
      { dateFrom: "2024-01-01", dateTo: "2024-01-20T10:00:00Z" },
      "GET",
      /19 days 10\.00 h/,
    ],
    [
      "dateTo before dateFrom",
      "dateTo",
      { dateFrom: "2024-01-05", dateTo: "2024-01-01" },
      "GET",
      /before dateFrom/,
    ],
    [
      "dateFrom alone (the platform adds 7 days)",
      "dateTo",
      { dateFrom: "2024-01-01" },
      "GET",
      /missing/,
    ],
    [
      "dateTo alone (the platform takes 7 days back)",
      "dateFrom",
      { dateTo: "2024-01-01" },
      "GET",
      /missing/,
    ],
    [
      "dateFrom in another format",
      "dateFrom",
      { dateFrom: "01/04/2019", dateTo: "2019-04-02" },
      "GET",
      /format yyyy-mm-dd/,
    ],
    [
      "dateTo with a time zone offset",
      "dateTo",
      { dateFrom: "2019-04-01", dateTo: "2019-04-02T10:00:00+02:00" },
      "GET",
      /format/,
    ],
    [
      "dateFrom with a space before the time",
      "dateFrom",
      { dateFrom: "2019-04-01 T13:26:05.598Z", dateTo: "2019-04-02" },
      "GET",
      /format/,
    ],
    [
      "dateFrom not on the calendar",
      "dateFrom",
      { dateFrom: "2023-02-29", dateTo: "2023-03-01" },
      "GET",
      /not a calendar date/,
    ],
    [
      "dateTo at hour 24",
      "dateTo",
      { dateFrom: "2023-03-01", dateTo: "2023-03-01T24:00:00Z" },
      "GET",
      /not a calendar date/,
    ],
    [
      "dateFrom an invalid Date",
      "dateFrom",
      { dateFrom: new Date("nope"), dateTo: "2023-03-01" },
      "GET",
      /invalid Date/,
    ],
    [
      "dateFrom a number",
      "dateFrom",
      { dateFrom: 1_700_000_000_000, dateTo: "2023-03-01" },
      "GET",
      /got number/,
    ],
    [
      "unknown channelType",
      "channelType",
      { channelType: "whatsapp" },
      "GET",
      /"whatsapp" is not one of skypeforbusiness/,
    ],
    ["channelType not a string", "channelType", { channelType: 3 }, "POST", /is not one of/],
    ["direction without msgId", "direction", { direction: 1 }, "GET", /only applies with msgId/],
    ["direction not an integer", "direction", { msgId: "ms-1", direction: 0.5 }, "GET", /integer/],
    [
      "msgId with dateFrom",
      "msgId",
      { msgId: "ms-1", dateFrom: "2024-01-01", dateTo: "2024-01-02" },
      "GET",
      /cannot be combined with dateFrom/,
    ],
    [
      "msgId with dateTo",
      "msgId",
      { msgId: "ms-1", dateTo: "2024-01-02" },
      "POST",
      /cannot be combined with dateTo/,
    ],
    ["empty msgId", "msgId", { msgId: "" }, "GET", /non-empty string/],
    ["negative skip", "skip", { skip: -1 }, "GET", /integer ≥ 0/],
    ["fractional offset", "offset", { offset: 1.5 }, "GET", /integer ≥ 0/],
    ["skip and offset together", "offset", { skip: 1, offset: 1 }, "GET", /only one/],
    ["limit 0", "limit", { limit: 0 }, "GET", /integer ≥ 1/],
    ["limit as a string", "limit", { limit: "10" }, "POST", /integer ≥ 1/],
    ["forward as a string", "forward", { forward: "true" }, "GET", /true or false/],
    [
      "sessionId list in the GET form",
      "sessionId",
      { sessionId: ["s-1"] },
      "GET",
      /only accepted by the POST form/,
    ],
    ["sessionId string in the POST form", "sessionId", { sessionId: "s-1" }, "POST", /array/],
    [
      "sessionId list with an empty id",
      "sessionId",
      { sessionId: ["s-1", ""] },
      "POST",
      /non-empty/,
    ],
    [
      "tags in the GET form",
      "tags",
      { tags: { and: [] } },
      "GET",
      /only accepted by the POST form/,
    ],
    ["tags without and", "tags", { tags: { or: [] } }, "POST", /and: \[/],
    [
      "tags with a bad type",
      "tags",
      { tags: { and: [{ name: "a", values: ["b"], type: "bot" }] } },
      "POST",
      /and\[0\]/,
    ],
    [
      "tags with non-string values",
      "tags",
      { tags: { and: [{ name: "a", values: [1], type: "user" }] } },
      "POST",
      /and\[0\]/,
    ],
    ["empty ivrInstID", "ivrInstID", { channelType: "ivr", ivrInstID: " " }, "GET", /non-empty/],
    ["a misspelt parameter", "userid", { userid: "u-1" }, "POST", /not a parameter/],
  ])("rejects %s, naming %s", (_label, parameter, params, method, message) => {
    // A valid window unless the case is about dates or msgId, so only the named parameter is bad.
    const aboutDates = ["dateFrom", "dateTo", "msgId"].some((key) => key in params);
    const window = aboutDates ? {} : { dateFrom: "2024-01-01", dateTo: "2024-01-02" };
    const error = rejection(() =>
      validateHistoryApiParams(
        method === "GET"
          ? asGet({ userId: "u-1", ...window, ...params })
          : asPost({ ...window, ...params }),
        method,
      ),
    );
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`${parameter}: `)).toBe(true);
  });

  it("requires userId in the GET form only", () => {
    expect(rejection(() => validateHistoryApiParams(asGet({}), "GET")).parameter).toBe("userId");
    expect(rejection(() => validateHistoryApiParams(asGet({ userId: "" }), "GET")).parameter).toBe(
      "userId",
    );
    const window = { dateFrom: "2024-01-01", dateTo: "2024-01-02" };
    expect(validateHistoryApiParams(window, "POST")).toEqual(window);
  });

  it("matches channelType case-insensitively and sends the documented spelling", () => {
    expect(
      validateHistoryApiParams(asGet({ userId: "u", msgId: "m", channelType: "IVRVOICE" }), "GET"),
    ).toEqual({ userId: "u", msgId: "m", channelType: "ivrVoice" });
    expect(normalizeChannelType("MSTeams")).toBe("msteams");
    expect(normalizeChannelType("whatsapp")).toBeUndefined();
  });
});
