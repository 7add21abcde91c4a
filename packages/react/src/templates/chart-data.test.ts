import { describe, expect, it } from "vitest";
import {
  chartNumber,
  readBarLayout,
  readPieChart,
  readSeriesChart,
  seriesMaximum,
  valueScale,
} from "./chart-data.js";

const format = (value: number) => `#${value}`;

describe("chartNumber", () => {
  it("reads finite, non-negative numbers and numeric strings", () => {
    expect(chartNumber(3)).toBe(3);
    expect(chartNumber(0)).toBe(0);
    expect(Object.is(chartNumber(-0), 0)).toBe(true);
    expect(chartNumber("568.10")).toBe(568.1);
    expect(chartNumber(" 12 ")).toBe(12);
  });

  it.each([
    ["negative", -1],
    ["negative string", "-4"],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["formatted text", "$ 1,264"],
    ["empty", ""],
    ["blank", "  "],
    ["null", null],
    ["boolean", true],
    ["object", { valueOf: () => 3 }],
    ["array", [3]],
  ])("refuses %s", (_name, value) => {
    expect(chartNumber(value)).toBeUndefined();
  });
});

describe("readPieChart", () => {
  it("reads pie_type and the slices, with displayValue or the formatted number", () => {
    expect(
      readPieChart(
        {
          pie_type: "DONUT_LEGEND",
          elements: [
            { title: "Airlines", value: "1264.0", displayValue: "$ 1,264" },
            { title: "Hotels", value: 568 },
          ],
        },
        format,
      ),
    ).toEqual({
      pieType: "donut_legend",
      total: 1832,
      slices: [
        { key: "slice-0", title: "Airlines", value: 1264, label: "$ 1,264" },
        { key: "slice-1", title: "Hotels", value: 568, label: "#568" },
      ],
    });
  });

  it("skips bad slices, numbers untitled ones and defaults to a regular pie", () => {
    const data = readPieChart(
      {
        pie_type: "3d",
        elements: [
          null,
          "x",
          { title: "neg", value: -5 },
          { title: "nan", value: "NaN" },
          { title: "none" },
          { value: 2, displayValue: { html: "<b>" } },
          { title: "zero", value: 0 },
        ],
      },
      format,
    );
    expect(data.pieType).toBe("regular");
    expect(data.slices.map((slice) => [slice.title, slice.value, slice.label])).toEqual([
      ["6", 2, "#2"],
      ["zero", 0, "#0"],
    ]);
    expect(data.total).toBe(2);
  });

  it.each([undefined, null, "str", [], { elements: "x" }, { elements: [{}] }])(
    "has nothing to draw for %j",
    (payload) => {
      expect(readPieChart(payload, format)).toMatchObject({ slices: [], total: 0 });
    },
  );
});

describe("readSeriesChart", () => {
  it("aligns every series to X_axis, leaving gaps for bad values", () => {
    const data = readSeriesChart(
      {
        X_axis: ["Q1", 2, null, "Q4"],
        elements: [
          { title: "A", values: [1, "2", -3, "x"], displayValues: ["one"] },
          { title: "B", values: [4, 5, 6, 7, 8] },
          { title: "empty", values: [null, "", -1] },
          "junk",
        ],
      },
      format,
    );
    expect(data.categories).toEqual(["Q1", "2", "3", "Q4"]);
    expect(data.series.map((series) => series.title)).toEqual(["A", "B"]);
    expect(data.series[0]?.points).toEqual([
      { value: 1, label: "one" },
      { value: 2, label: "#2" },
      undefined,
      undefined,
    ]);
    expect(data.series[1]?.points).toHaveLength(4);
  });

  it("numbers the categories when there is no X_axis", () => {
    const data = readSeriesChart({ elements: [{ values: [1, 2, 3] }, { values: [1] }] }, format);
    expect(data.categories).toEqual(["1", "2", "3"]);
    expect(data.series.map((series) => series.title)).toEqual(["1", "2"]);
  });

  it.each([undefined, null, 4, { X_axis: "Q1", elements: {} }, { elements: [{ values: "1,2" }] }])(
    "has no series for %j",
    (payload) => {
      expect(readSeriesChart(payload, format).series).toEqual([]);
    },
  );
});

describe("bar layout and scale", () => {
  it("reads direction and stacked, vertical and grouped by default", () => {
    expect(readBarLayout({ direction: "Horizontal", stacked: "true" })).toEqual({
      horizontal: true,
      stacked: true,
    });
    expect(readBarLayout({ direction: 3, stacked: 1 })).toEqual({
      horizontal: false,
      stacked: false,
    });
  });

  it("finds the largest point, or the largest stacked sum", () => {
    const data = readSeriesChart({ elements: [{ values: [1, 5] }, { values: [4, 2] }] }, format);
    expect(seriesMaximum(data, false)).toBe(5);
    expect(seriesMaximum(data, true)).toBe(7);
  });

  it("rounds the axis up to round ticks", () => {
    expect(valueScale(45)).toEqual({ top: 50, ticks: [0, 10, 20, 30, 40, 50] });
    expect(valueScale(200)).toEqual({ top: 200, ticks: [0, 50, 100, 150, 200] });
    expect(valueScale(0.3).top).toBeCloseTo(0.3);
    expect(valueScale(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(valueScale(Number.NaN)).toEqual({ top: 1, ticks: [0, 1] });
  });
});
