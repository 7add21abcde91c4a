import type { Summary } from "./stats.js";

export type Unit = "ms" | "KB" | "MB" | "B" | "rows" | "%" | "count" | "×" | "CLS" | "points";

/** A budget from the issue: the median must not exceed `max` (`stretch` is the harder goal). */
export interface Target {
  readonly max: number;
  readonly stretch?: number;
}

/** One line of the results table. */
export interface Metric {
  readonly section: string;
  readonly name: string;
  readonly unit: Unit;
  readonly value: Summary;
  readonly target?: Target;
  /** Shown after the value, e.g. a breakdown or why a number is what it is. */
  readonly note?: string;
  /** Names the figure for the side-by-side table (see side-by-side.ts). */
  readonly key?: string;
}

export type Verdict = "pass" | "pass (stretch)" | "miss" | "";

/** Judged on the median, as every figure in the table is. */
export function verdictOf(metric: Metric): Verdict {
  const { target } = metric;
  if (target === undefined) return "";
  const { median } = metric.value;
  if (median > target.max) return "miss";
  return target.stretch !== undefined && median <= target.stretch ? "pass (stretch)" : "pass";
}

/** What a section of the bench returns; sections run one after another. */
export interface SectionResult {
  readonly metrics: readonly Metric[];
  /** Anything worth keeping beside the numbers (timelines, per-file sizes). */
  readonly details?: Readonly<Record<string, unknown>>;
}
