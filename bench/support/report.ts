import { type Metric, verdictOf } from "./metric.js";

const decimals = (metric: Metric) =>
  metric.unit === "rows" ||
  metric.unit === "count" ||
  metric.unit === "B" ||
  metric.unit === "points"
    ? 0
    : metric.unit === "CLS"
      ? 4
      : metric.value.median < 10
        ? 2
        : 1;

function format(value: number, metric: Metric): string {
  if (!Number.isFinite(value)) return "n/a";
  return value.toFixed(decimals(metric));
}

function targetText(metric: Metric): string {
  const { target } = metric;
  if (target === undefined) return "";
  return `≤ ${target.max} ${metric.unit}${target.stretch === undefined ? "" : ` (stretch ${target.stretch})`}`;
}

/** The table's rows as plain strings: metric, median, min, max, runs, target, result, note. */
export function tableRows(metrics: readonly Metric[]): string[][] {
  return metrics.map((metric) => [
    metric.section,
    metric.name,
    `${format(metric.value.median, metric)} ${metric.unit}`,
    format(metric.value.min, metric),
    format(metric.value.max, metric),
    String(metric.value.runs),
    targetText(metric),
    verdictOf(metric),
    metric.note ?? "",
  ]);
}

const header = ["section", "metric", "median", "min", "max", "runs", "target", "result", "note"];

/** A fixed-width table for the terminal. */
export function textTable(metrics: readonly Metric[]): string {
  const rows = [header, ...tableRows(metrics)];
  const widths = header.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? "").length)),
  );
  return rows
    .map((row, index) => {
      const line = row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd();
      return index === 0 ? `${line}\n${widths.map((width) => "-".repeat(width)).join("  ")}` : line;
    })
    .join("\n");
}

/** The same table in Markdown, for BENCHMARKS.md. */
export function markdownTable(metrics: readonly Metric[]): string {
  const escapeCell = (cell: string) =>
    cell.replaceAll("|", "\\|").replace(/^ +/, (spaces) => "&nbsp;".repeat(spaces.length));
  const rows = tableRows(metrics).map((row) => `| ${row.map(escapeCell).join(" | ")} |`);
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows].join(
    "\n",
  );
}
