import { arrayField, booleanField, isRecord, stringField, textValue } from "./read-fields.js";

/**
 * Readers for the chart templates (`piechart`, `barchart`, `linechart`). Every value is
 * untrusted: a point whose value is missing, negative, not a number or not finite is left
 * out (a gap), never drawn as 0 and never a crash.
 */

/**
 * A chart value: a finite number ≥ 0, or a string that is one (`"1264.0"`); else `undefined`.
 *
 * @example
 * chartNumber("568.10"); // 568.1
 * chartNumber(-3); // undefined
 * chartNumber("$ 1,264"); // undefined
 */
export function chartNumber(value: unknown): number | undefined {
  let number: number;
  if (typeof value === "number") number = value;
  else if (typeof value === "string" && value.trim() !== "") number = Number(value);
  else return undefined;
  return Number.isFinite(number) && number >= 0 ? number + 0 : undefined;
}

/** One slice of a pie: `label` is the `displayValue` (or the formatted value). */
export interface PieSlice {
  readonly key: string;
  readonly title: string;
  readonly value: number;
  readonly label: string;
}

export type PieType = "regular" | "donut" | "donut_legend";

export interface PieChartData {
  readonly pieType: PieType;
  readonly slices: readonly PieSlice[];
  /** The sum of the slices' values; nothing to draw when it is 0. */
  readonly total: number;
}

/**
 * Reads a `piechart`: `pie_type` and `elements[{ title, value, displayValue }]`.
 *
 * @example
 * readPieChart({ pie_type: "donut", elements: [{ title: "Food", value: "324.5", displayValue: "$ 324" }, { value: -1 }] }, String);
 * // { pieType: "donut", slices: [{ key: "slice-0", title: "Food", value: 324.5, label: "$ 324" }], total: 324.5 }
 */
export function readPieChart(
  payload: unknown,
  formatNumber: (value: number) => string,
): PieChartData {
  const type = stringField(payload, "pie_type")?.toLowerCase();
  const pieType: PieType = type === "donut" || type === "donut_legend" ? type : "regular";
  const slices: PieSlice[] = [];
  let total = 0;
  arrayField(payload, "elements").forEach((item, index) => {
    if (!isRecord(item)) return;
    const value = chartNumber(item.value);
    if (value === undefined) return;
    total += value;
    slices.push({
      key: `slice-${index}`,
      title: stringField(item, "title") ?? String(index + 1),
      value,
      label: stringField(item, "displayValue") ?? formatNumber(value),
    });
  });
  return { pieType, slices, total };
}

/** A point of a series: its value and what to show for it (`displayValues[i]` or the number). */
export interface ChartPoint {
  readonly value: number;
  readonly label: string;
}

export interface ChartSeries {
  readonly key: string;
  readonly title: string;
  /** One per category; `undefined` where the value was missing or invalid. */
  readonly points: readonly (ChartPoint | undefined)[];
}

export interface SeriesChartData {
  readonly categories: readonly string[];
  /** Only the series with at least one valid point. */
  readonly series: readonly ChartSeries[];
}

/**
 * Reads a `barchart` or `linechart`: `X_axis[]` names the categories and
 * `elements[{ title, values[], displayValues[] }]` are the series. Without `X_axis`, the
 * categories are numbered.
 *
 * @example
 * readSeriesChart({ X_axis: ["Q1", "Q2"], elements: [{ title: "2025", values: [10, "x"], displayValues: ["$10k"] }] }, String);
 * // { categories: ["Q1", "Q2"], series: [{ key: "series-0", title: "2025", points: [{ value: 10, label: "$10k" }, undefined] }] }
 */
export function readSeriesChart(
  payload: unknown,
  formatNumber: (value: number) => string,
): SeriesChartData {
  const axis = arrayField(payload, "X_axis");
  const elements = arrayField(payload, "elements");
  const count =
    axis.length > 0
      ? axis.length
      : Math.max(0, ...elements.map((item) => arrayField(item, "values").length));
  const categories = Array.from(
    { length: count },
    (_, index) => textValue(axis[index]) ?? String(index + 1),
  );
  const series: ChartSeries[] = [];
  elements.forEach((item, index) => {
    if (!isRecord(item)) return;
    const values = arrayField(item, "values");
    const labels = arrayField(item, "displayValues");
    const points = categories.map((_, position): ChartPoint | undefined => {
      const value = chartNumber(values[position]);
      if (value === undefined) return undefined;
      return { value, label: textValue(labels[position]) ?? formatNumber(value) };
    });
    if (points.every((point) => point === undefined)) return;
    series.push({
      key: `series-${index}`,
      title: stringField(item, "title") ?? String(index + 1),
      points,
    });
  });
  return { categories, series };
}

/** How a `barchart` is drawn: `direction` (vertical unless "horizontal") and `stacked`. */
export function readBarLayout(payload: unknown): {
  readonly horizontal: boolean;
  readonly stacked: boolean;
} {
  return {
    horizontal: stringField(payload, "direction")?.toLowerCase() === "horizontal",
    stacked: booleanField(payload, "stacked") === true,
  };
}

/**
 * The largest value a series chart draws: the largest point, or with `stacked` the largest
 * sum of a category.
 *
 * @example
 * seriesMaximum(readSeriesChart({ elements: [{ values: [1, 5] }, { values: [2, 2] }] }, String), true); // 7
 */
export function seriesMaximum(data: SeriesChartData, stacked: boolean): number {
  let maximum = 0;
  data.categories.forEach((_, index) => {
    let sum = 0;
    for (const series of data.series) {
      const value = series.points[index]?.value ?? 0;
      sum += value;
      maximum = Math.max(maximum, stacked ? sum : value);
    }
  });
  return maximum;
}

/**
 * A value axis from 0 with round ticks: the step is 1, 2, 2.5 or 5 times a power of ten,
 * and the top the first multiple of it at or above `maximum`.
 *
 * @example
 * valueScale(45); // { top: 50, ticks: [0, 10, 20, 30, 40, 50] }
 */
export function valueScale(
  maximum: number,
  tickCount = 5,
): { readonly top: number; readonly ticks: readonly number[] } {
  if (!(maximum > 0) || !Number.isFinite(maximum)) return { top: 1, ticks: [0, 1] };
  const rough = maximum / tickCount;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((size) => size >= rough) ??
    10 * magnitude;
  const steps = Math.ceil(maximum / step - 1e-9);
  const ticks = Array.from({ length: steps + 1 }, (_, index) => index * step);
  return { top: steps * step, ticks };
}
