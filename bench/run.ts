/**
 * `npm run bench`: the embed's weight, mount → open, a 1,000-turn burst, a 10,000-message
 * conversation, the store's merge, and send → delivered, in headless Chromium against the
 * simulator on loopback. Prints a table, writes bench/results/latest.json and .md, and never
 * fails on a timing. `npm run bench -- burst store` runs only those sections;
 * `--update-docs` also writes the table into bench/BENCHMARKS.md.
 */

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { startSimulator } from "@kore-chat/simulator";
import type { Browser } from "@playwright/test";
import { measureBurst } from "./sections/burst.js";
import { measureEmbedWeight } from "./sections/embed-weight.js";
import { measureLongConversation } from "./sections/long-conversation.js";
import { measureMountToOpen } from "./sections/mount-to-open.js";
import { measureRoundTrip } from "./sections/round-trip.js";
import { measureStoreMerge } from "./sections/store-merge.js";
import { startBenchServer } from "./support/bench-server.js";
import { chromiumPath, launchChromium } from "./support/browser.js";
import { buildEmbed } from "./support/build-embed.js";
import { type Metric, type SectionResult, verdictOf } from "./support/metric.js";
import { markdownTable, textTable } from "./support/report.js";

const sectionNames = ["weight", "mount", "burst", "long", "store", "roundtrip"] as const;
type SectionName = (typeof sectionNames)[number];

const args = process.argv.slice(2);
const updateDocs = args.includes("--update-docs");
const chosen = args.filter((arg) => !arg.startsWith("--"));
for (const name of chosen) {
  if (!(sectionNames as readonly string[]).includes(name)) {
    console.error(`unknown section "${name}"; sections: ${sectionNames.join(", ")}`);
    process.exit(2);
  }
}
const runs = (name: SectionName) => chosen.length === 0 || chosen.includes(name);

const machine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  chromium: "",
  loadAverageAtStart: loadavg().map((load) => Number(load.toFixed(2))),
};

console.log("building the embed (KORE_EMBED_SOURCEMAP=1) …");
const build = buildEmbed();
const simulator = await startSimulator({
  port: Number(process.env.KORE_BENCH_SIMULATOR_PORT ?? 0),
});
const host = await startBenchServer({
  script: build.code,
  signJwt: (identity) => simulator.signUserJwt(identity),
  port: Number(process.env.KORE_BENCH_PORT ?? 0),
});
let browser: Browser | undefined;
const browserContext = { simulator, hostUrl: host.url };
const results: Record<string, SectionResult> = {};

async function section(name: SectionName, measure: () => Promise<SectionResult> | SectionResult) {
  if (!runs(name)) return;
  const started = performance.now();
  process.stdout.write(`${name} … `);
  results[name] = await measure();
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function chromium(): Promise<Browser> {
  browser ??= await launchChromium();
  machine.chromium = browser.version();
  return browser;
}

try {
  await section("weight", () => measureEmbedWeight(build));
  await section("store", () => measureStoreMerge());
  await section("mount", async () =>
    measureMountToOpen(await chromium(), { ...browserContext, runs: 7 }),
  );
  await section("roundtrip", async () =>
    measureRoundTrip(await chromium(), { ...browserContext, runs: 20 }),
  );
  await section("burst", async () =>
    measureBurst(await chromium(), { ...browserContext, runs: 5, count: 1_000 }),
  );
  await section("long", async () =>
    measureLongConversation(await chromium(), { ...browserContext, runs: 3, count: 10_000 }),
  );
} finally {
  await browser?.close();
  await host.close();
  await simulator.close();
  rmSync(build.directory, { recursive: true, force: true });
}

const metrics: Metric[] = sectionNames.flatMap((name) => results[name]?.metrics ?? []);
const machineLine = `${machine.cpu} × ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.platform}; Node ${machine.node}; Chromium ${machine.chromium || chromiumPath}; load average at start ${machine.loadAverageAtStart.join(" / ")}`;
console.log(`\n${machineLine}\n`);
console.log(textTable(metrics));
const judged = metrics.filter((metric) => metric.target !== undefined);
const missed = judged.filter((metric) => verdictOf(metric) === "miss");
console.log(
  `\n${judged.length - missed.length}/${judged.length} targets met${missed.length === 0 ? "" : `; missed: ${missed.map((metric) => metric.name.trim()).join("; ")}`}`,
);

const resultsDirectory = join(import.meta.dirname, "results");
mkdirSync(resultsDirectory, { recursive: true });
const date = new Date().toISOString();
const json = {
  date,
  machine,
  metrics: metrics.map((metric) => ({ ...metric, verdict: verdictOf(metric) })),
  details: Object.fromEntries(
    Object.entries(results).map(([name, result]) => [name, result.details]),
  ),
};
writeFileSync(join(resultsDirectory, "latest.json"), `${JSON.stringify(json, null, 2)}\n`);
const markdown = `Measured ${date.slice(0, 10)} on ${machineLine}.\n\n${markdownTable(metrics)}\n`;
writeFileSync(join(resultsDirectory, "latest.md"), markdown);
console.log(`\nwrote bench/results/latest.json and latest.md`);

if (updateDocs) {
  const docs = join(import.meta.dirname, "BENCHMARKS.md");
  const text = readFileSync(docs, "utf8");
  const start = "<!-- bench:results -->";
  const end = "<!-- /bench:results -->";
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`BENCHMARKS.md lacks ${start} … ${end}`);
  writeFileSync(docs, `${text.slice(0, from + start.length)}\n${markdown}${text.slice(to)}`);
  console.log("updated bench/BENCHMARKS.md");
}
