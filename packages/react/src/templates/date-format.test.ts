import { describe, expect, it } from "vitest";
import {
  dateFormatOf,
  dateLabel,
  formatDate,
  formatTime,
  isoDate,
  parseDate,
  timeLabel,
} from "./date-format.js";
import { dateTimeFormat } from "./intl-format.js";

describe("date formats", () => {
  it("keeps a format with one DD, MM and YYYY, else the SDK's DD-MM-YYYY", () => {
    expect(dateFormatOf("MM-DD-YYYY")).toBe("MM-DD-YYYY");
    expect(dateFormatOf("yyyy/mm/dd")).toBe("YYYY/MM/DD");
    expect(dateFormatOf("DD.MM.YYYY")).toBe("DD.MM.YYYY");
    for (const bad of [undefined, 3, "", "MMM D, YYYY", "DD-DD-YYYY", "DD-MM", "DD-MM-YYYY hh"]) {
      expect(dateFormatOf(bad)).toBe("DD-MM-YYYY");
    }
  });

  it("writes an ISO date in a format", () => {
    expect(formatDate("2025-03-05", "MM-DD-YYYY")).toBe("03-05-2025");
    expect(formatDate("2025-03-05", "DD-MM-YYYY")).toBe("05-03-2025");
    expect(formatDate("2025-03-05", "YYYY/MM/DD")).toBe("2025/03/05");
    expect(formatDate("2025-02-30", "MM-DD-YYYY")).toBeUndefined();
    expect(formatDate("", "MM-DD-YYYY")).toBeUndefined();
  });

  it("reads payload dates in the format, or ISO, and only real dates", () => {
    expect(parseDate("12-31-2027", "MM-DD-YYYY")).toBe("2027-12-31");
    expect(parseDate("1-2-2025", "MM-DD-YYYY")).toBe("2025-01-02");
    expect(parseDate("2027-12-31", "MM-DD-YYYY")).toBe("2027-12-31");
    expect(parseDate("31.12.2027", "DD.MM.YYYY")).toBe("2027-12-31");
    expect(parseDate("31-12-2027", "MM-DD-YYYY")).toBeUndefined();
    expect(parseDate("02-30-2025", "MM-DD-YYYY")).toBeUndefined();
    expect(parseDate(20250101, "MM-DD-YYYY")).toBeUndefined();
    expect(parseDate("01-01-2025; DROP", "MM-DD-YYYY")).toBeUndefined();
    expect(isoDate("2024-02-29")).toBe("2024-02-29");
    expect(isoDate("2025-02-29")).toBeUndefined();
  });

  it("labels dates and times for people in the catalogue's locale, never shifted by a time zone", () => {
    const medium = (locale: string) => dateTimeFormat(locale, { dateStyle: "medium" });
    expect(dateLabel("2025-03-05", medium("en"))).toBe("Mar 5, 2025");
    expect(dateLabel("2025-03-05", medium("de"))).toBe("05.03.2025");
    expect(dateLabel("2025-01-01", medium("not a locale!"))).toMatch(/2025/);
    expect(dateLabel("nonsense", medium("en"))).toBe("nonsense");
    const short = (locale: string) => dateTimeFormat(locale, { timeStyle: "short" });
    expect(timeLabel("14:05", short("en"))).toBe("2:05 PM");
    expect(timeLabel("14:05", short("de"))).toBe("14:05");
  });

  it("writes a time as the SDK does (hh:mm AA)", () => {
    expect(formatTime("14:05")).toBe("02:05 PM");
    expect(formatTime("00:30")).toBe("12:30 AM");
    expect(formatTime("12:00")).toBe("12:00 PM");
    expect(formatTime("09:15:30")).toBe("09:15 AM");
    expect(formatTime("24:00")).toBeUndefined();
    expect(formatTime("")).toBeUndefined();
  });
});
