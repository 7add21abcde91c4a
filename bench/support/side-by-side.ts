import { type Metric, verdictOf } from "./metric.js";

/**
 * The split embed's figures beside the build before the split and the official SDK, each
 * the median of several runs with min and max, from the metrics the sections returned (by
 * their `key`). Where the build before the split was not measured (`--before`), its column
 * shows what bench/BENCHMARKS.md recorded for it, marked "(recorded)".
 */

/** Measured on 2026-12-03 (BENCHMARKS.md at commit e2f32af, the last one before the split). */
const recordedBefore: Record<string, string> = {
  bytes: "78.1 KB (recorded: the whole script)",
  mount: "134.4 ms (recorded; bare protocol not measured then)",
  opened: "78.1 KB (recorded)",
};

const header = ["figure", "kore-chat", "before the split", "official SDK", "target", "result"];

function cell(metric: Metric | undefined, extra = ""): string {
  if (metric === undefined) return "not measured";
  const { median, min, max, runs } = metric.value;
  if (!Number.isFinite(median)) return `n/a${metric.note ? `: ${metric.note}` : ""}`;
  const digits =
    metric.unit === "CLS"
      ? 4
      : metric.unit === "count" || metric.unit === "points"
        ? 0
        : metric.unit === "×" || median < 10
          ? 2
          : 1;
  const unit = metric.unit === "count" ? "" : metric.unit === "CLS" ? "" : ` ${metric.unit}`;
  const spread = runs > 1 && min !== max ? ` (${min.toFixed(digits)}–${max.toFixed(digits)})` : "";
  return `${median.toFixed(digits)}${unit}${spread}${extra}`;
}

function result(metric: Metric | undefined): string {
  if (metric === undefined) return "";
  const verdict = verdictOf(metric);
  return verdict === "" ? "" : verdict;
}

/** The table's rows: figure, kore-chat, before, official SDK, target, result. */
export function sideBySideRows(metrics: readonly Metric[]): string[][] {
  const by = new Map(metrics.flatMap((metric) => (metric.key ? [[metric.key, metric]] : [])));
  const get = (key: string) => by.get(key);
  const orRecorded = (key: string, recorded: string, extra = "") =>
    get(key) === undefined ? (recordedBefore[recorded] ?? "not measured") : cell(get(key), extra);
  const longTasks = (variant: string) => {
    const count = get(`longtasks.${variant}`);
    const longest = get(`longest.${variant}`);
    if (count === undefined) return "not measured";
    return `${cell(count)} over 50 ms; longest ${cell(longest)}`;
  };
  const ratio = (variant: string) => {
    const mount = get(`mount.${variant}`);
    return mount === undefined
      ? undefined
      : `; ${cell(mount)} vs bare ${get("bare")?.value.median.toFixed(1) ?? "?"} ms`;
  };
  const lighthouse = (variant: "with" | "before") => {
    const score = get(`lighthouse.${variant}`);
    const without = get("lighthouse.without");
    const lost = get(variant === "with" ? "lighthouse.lost" : "lighthouse.lost.before");
    if (score === undefined) return lost === undefined ? "not measured" : cell(lost);
    return `${cell(score)} vs ${cell(without)} without: ${cell(lost)} lost`;
  };
  return [
    [
      "JS bytes (gzip) a page downloads before any interaction",
      cell(get("js.current")),
      orRecorded("js.before", "bytes"),
      cell(get("js.official")),
      "≤ 6 KB (official SDK ~497 KB)",
      result(get("js.current")),
    ],
    [
      "long tasks on the host page before interaction (PerformanceObserver longtask)",
      longTasks("current"),
      longTasks("before"),
      longTasks("official"),
      "none over 50 ms",
      result(get("longtasks.current")),
    ],
    [
      "layout shift caused by the widget (layout-shift entries, CLS)",
      cell(get("cls.current")),
      cell(get("cls.before")),
      cell(get("cls.official")),
      "0",
      result(get("cls.current")),
    ],
    [
      "mount (open: true) → data-connection=open ÷ bare protocol",
      cell(get("ratio.current"), ratio("current")),
      get("ratio.before") === undefined
        ? (recordedBefore.mount ?? "")
        : cell(get("ratio.before"), ratio("before")),
      "not measured (no mount call)",
      "≤ 1.25×",
      result(get("ratio.current")),
    ],
    [
      "launcher click → message field drawn, panel not yet loaded (preload: intent)",
      cell(get("open.cold")),
      cell(get("open.before")),
      cell(get("open.official")),
      "print both, and the official SDK's",
      "",
    ],
    [
      'launcher click → message field drawn, panel preloaded (preload: "eager")',
      cell(get("open.eager")),
      "(no preload: the whole widget at mount, row above)",
      "(one bundle, row above)",
      "",
      "",
    ],
    [
      "Lighthouse performance score, plain page with the script vs without",
      lighthouse("with"),
      lighthouse("before"),
      "not measured",
      "no points lost",
      result(get("lighthouse.lost")),
    ],
    [
      "the whole embed once loaded, gzipped",
      cell(get("weight.opened")),
      orRecorded("weight.before", "opened"),
      cell(get("js.official"), " (all of it before interaction)"),
      "≤ 80 KB",
      result(get("weight.opened")),
    ],
  ];
}

/** A fixed-width table for the terminal. */
export function sideBySideText(metrics: readonly Metric[]): string {
  const rows = [header, ...sideBySideRows(metrics)];
  const widths = header.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? "").length)),
  );
  return rows
    .map((row) =>
      row
        .map((text, column) => text.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** The same in Markdown, for BENCHMARKS.md. */
export function sideBySideMarkdown(metrics: readonly Metric[]): string {
  const escapeCell = (text: string) => text.replaceAll("|", "\\|");
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...sideBySideRows(metrics).map((row) => `| ${row.map(escapeCell).join(" | ")} |`),
  ].join("\n");
}
