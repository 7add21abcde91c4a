import { describe, expect, it } from "vitest";
import {
  dayLabel,
  fullDateTime,
  isKnownTime,
  localDay,
  sameMinute,
  shortTime,
} from "./message-time.js";

// Local times, so the tests hold in any time zone the machine is in.
const at = (day: number, hour = 10, minute = 0, month = 11, year = 2026) =>
  new Date(year, month, day, hour, minute).getTime();
const now = at(3, 15);

describe("message times", () => {
  it("names today and yesterday in the locale's own words, capitalised", () => {
    expect(dayLabel(at(3, 0, 5), now, "en")).toBe("Today");
    expect(dayLabel(at(2, 23, 59), now, "en")).toBe("Yesterday");
    expect(dayLabel(at(3), now, "de")).toBe("Heute");
    expect(dayLabel(at(2), now, "de")).toBe("Gestern");
    expect(dayLabel(at(2), now, "fr")).toBe("Hier");
    expect(dayLabel(at(3), now, "ar")).toBe("اليوم");
    expect(dayLabel(at(2), now, "ja")).toBe("昨日");
  });

  it("names the weekday within a week, then the date, with the year only for another year", () => {
    expect(dayLabel(at(30, 10, 0, 10), now, "en")).toBe("Monday");
    expect(dayLabel(at(20, 10, 0, 10), now, "en")).toBe("Friday, November 20");
    expect(dayLabel(at(20, 10, 0, 10), now, "de")).toBe("Freitag, 20. November");
    expect(dayLabel(at(24, 10, 0, 11, 2025), now, "en")).toBe("December 24, 2025");
  });

  it("shows the short time of the locale, and the full date and time for screen readers", () => {
    expect(shortTime(at(3, 14, 5), "en")).toMatch(/^2:05\sPM$/);
    expect(shortTime(at(3, 14, 5), "de")).toBe("14:05");
    expect(fullDateTime(at(3, 14, 5), "en")).toMatch(/^Thursday, December 3, 2026 at 2:05\sPM$/);
    expect(fullDateTime(at(3, 14, 5), "de")).toBe("Donnerstag, 3. Dezember 2026 um 14:05");
  });

  it("falls back to English for a malformed locale instead of throwing", () => {
    expect(shortTime(at(3, 9, 30), "not a tag!")).toMatch(/^9:30\sAM$/);
    expect(dayLabel(at(3), now, "not a tag!")).toBe("Today");
  });

  it("groups by local day and minute, and knows a missing time", () => {
    expect(localDay(at(3, 0, 0))).toBe("2026-12-03");
    expect(localDay(at(3, 23, 59))).toBe("2026-12-03");
    expect(sameMinute(at(3, 10, 1), at(3, 10, 1) + 59_000)).toBe(true);
    expect(sameMinute(at(3, 10, 1), at(3, 10, 2))).toBe(false);
    expect(isKnownTime(0)).toBe(false);
    expect(isKnownTime(Number.NaN)).toBe(false);
    expect(isKnownTime(now)).toBe(true);
  });
});
