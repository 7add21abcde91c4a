import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumPath } from "../support/browser.js";
import type { Metric, SectionResult } from "../support/metric.js";
import { summarize } from "../support/stats.js";

const section = "Lighthouse";

/** The flags Chromium runs with for Lighthouse (besides its debugging port and profile). */
export const lighthouseChromeFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** What the bench reads of a Lighthouse result. */
interface LighthouseRun {
  readonly score: number;
  readonly fcpMs: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  readonly speedIndexMs: number;
  readonly warnings: readonly string[];
}

/** A fresh Chromium with a debugging port, in a profile of its own; closed by `stop`. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "kore-chat-bench-lighthouse-"));
  const child: ChildProcess = spawn(
    chromiumPath,
    [
      ...lighthouseChromeFlags,
      "--remote-debugging-port=0",
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    child.kill();
    await exited;
    // Chromium's helper processes may still write into the profile for a moment after it
    // exits: retry, and never let a leftover temporary folder cost the measurement.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch (error) {
      console.warn(`lighthouse: could not remove ${profile}:`, error);
    }
  };
  // Chromium writes the port it listens on into the profile once it listens.
  const portFile = join(profile, "DevToolsActivePort");
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (child.exitCode !== null) break;
    const port = existsSync(portFile) ? Number(readFileSync(portFile, "utf8").split("\n")[0]) : 0;
    if (Number.isInteger(port) && port > 0) return { port, stop };
    await new Promise((wait) => setTimeout(wait, 100));
  }
  await stop();
  throw new Error(`${chromiumPath} gave no debugging port within 30 s`);
}

/** One Lighthouse run of `url` (performance category only, its default mobile settings). */
async function runLighthouse(url: string): Promise<LighthouseRun> {
  const { default: lighthouse } = await import("lighthouse");
  const chrome = await startChromium();
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      hostname: "127.0.0.1",
      onlyCategories: ["performance"],
      output: "json",
      logLevel: "error",
    });
    const lhr = result?.lhr;
    if (lhr === undefined) throw new Error("Lighthouse returned no result");
    if (lhr.runtimeError !== undefined) {
      throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    const score = lhr.categories.performance?.score;
    if (typeof score !== "number") throw new Error("Lighthouse gave no performance score");
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: Math.round(score * 100),
      fcpMs: audit("first-contentful-paint"),
      lcpMs: audit("largest-contentful-paint"),
      tbtMs: audit("total-blocking-time"),
      cls: audit("cumulative-layout-shift"),
      speedIndexMs: audit("speed-index"),
      warnings: lhr.runWarnings.map(String),
    };
  } finally {
    await chrome.stop();
  }
}

const summaryOf = (runs: readonly LighthouseRun[]) => {
  const median = (read: (run: LighthouseRun) => number) => summarize(runs.map(read)).median;
  return `scores ${runs.map((run) => run.score).join(", ")}; median FCP ${median((r) => r.fcpMs).toFixed(0)} ms, LCP ${median((r) => r.lcpMs).toFixed(0)} ms, TBT ${median((r) => r.tbtMs).toFixed(0)} ms, CLS ${median((r) => r.cls).toFixed(3)}`;
};

/**
 * Lighthouse's performance score (its defaults: a mobile device, simulated slow 4G and 4× CPU
 * slowdown) of the plain site page with the widget's script (mounted closed, default preload)
 * and of the same page without it, in Debian's Chromium, alternating, `runs` of each; the
 * medians, and the points the script costs. If Lighthouse cannot run, the section says why
 * instead of giving a number.
 */
export async function measureLighthouse(context: {
  hostUrl: string;
  runs: number;
  withBefore: boolean;
}): Promise<SectionResult> {
  const pages = [
    { key: "without", label: "plain page without the widget", path: "/plain.html" },
    { key: "with", label: "the same page with kore-chat.js", path: "/site.html" },
    ...(context.withBefore
      ? [
          {
            key: "before",
            label: "with the build before the split",
            path: "/site.html?embed=before",
          },
        ]
      : []),
  ];
  const runs = new Map<string, LighthouseRun[]>(pages.map((page) => [page.key, []]));
  try {
    for (let run = 0; run < context.runs; run += 1) {
      for (const page of pages) {
        runs.get(page.key)?.push(await runLighthouse(`${context.hostUrl}${page.path}`));
      }
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      metrics: [
        {
          section,
          key: "lighthouse.lost",
          name: "Lighthouse could not run",
          unit: "points",
          value: summarize([Number.NaN]),
          note: reason.split("\n")[0] ?? reason,
        },
      ],
      details: { error: reason },
    };
  }
  const scores = (key: string) => summarize((runs.get(key) ?? []).map((run) => run.score));
  const metrics: Metric[] = pages.map((page) => ({
    section,
    key: `lighthouse.${page.key}`,
    name: `performance score: ${page.label}`,
    unit: "points",
    value: scores(page.key),
    note: summaryOf(runs.get(page.key) ?? []),
  }));
  const lost = (key: string) => {
    const without = runs.get("without") ?? [];
    return summarize(
      (runs.get(key) ?? []).map((run, index) => (without[index]?.score ?? NaN) - run.score),
    );
  };
  metrics.push({
    section,
    key: "lighthouse.lost",
    name: "points lost to kore-chat.js (per round)",
    unit: "points",
    value: lost("with"),
    target: { max: 0 },
    note: `medians ${scores("without").median} without, ${scores("with").median} with`,
  });
  if (context.withBefore) {
    metrics.push({
      section,
      key: "lighthouse.lost.before",
      name: "  points lost to the build before the split",
      unit: "points",
      value: lost("before"),
    });
  }
  return { metrics, details: Object.fromEntries(runs) };
}
