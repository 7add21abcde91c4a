/**
 * `npm run bench`: the embed's weight, what a page does before any interaction, mount → open
 * and its ratio to the bare protocol, launcher click → open, Lighthouse, a 1,000-turn burst,
 * a 10,000-message conversation, the store's merge, and send → delivered, in headless Chromium
 * against the simulator on loopback, beside the official SDK where it applies. Prints the
 * side-by-side table and the full one, writes bench/results/latest.json and .md, and never
 * fails on a timing. `npm run bench -- burst store` runs only those sections;
 * `--update-docs` also writes the tables into bench/BENCHMARKS.md; `--before=<commit or dist
 * folder>` measures that build of the embed beside the current one.
 */

import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { startSimulator } from "@kore-chat/simulator";
import type { Browser } from "@playwright/test";
import { measureBareProtocol } from "./sections/bare-protocol.js";
import { measureBeforeInteraction } from "./sections/before-interaction.js";
import { measureBurst } from "./sections/burst.js";
import { measureClickToOpen } from "./sections/click-to-open.js";
import { measureEmbedWeight } from "./sections/embed-weight.js";
import { lighthouseChromeFlags, measureLighthouse } from "./sections/lighthouse-score.js";
import { measureLongConversation } from "./sections/long-conversation.js";
import { measureMountToOpen } from "./sections/mount-to-open.js";
import { measureRoundTrip } from "./sections/round-trip.js";
import { measureStoreMerge } from "./sections/store-merge.js";
import { startBenchServer } from "./support/bench-server.js";
import { chromiumPath, launchChromium } from "./support/browser.js";
import { buildEmbed, type EmbedBuild } from "./support/build-embed.js";
import { buildEmbedAt } from "./support/build-embed-at.js";
import { type Metric, type SectionResult, verdictOf } from "./support/metric.js";
import { markdownTable, textTable } from "./support/report.js";
import { sideBySideMarkdown, sideBySideText } from "./support/side-by-side.js";

const sectionNames = [
  "weight",
  "page",
  "mount",
  "ratio",
  "click",
  "lighthouse",
  "burst",
  "long",
  "store",
  "roundtrip",
] as const;
type SectionName = (typeof sectionNames)[number];

const args = process.argv.slice(2);
const updateDocs = args.includes("--update-docs");
const option = (name: string) =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const embedArgument = option("embed");
const beforeArgument = option("before");
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

console.log(
  `building the embed of ${embedArgument ?? "the working tree"} (script, panel, catalogues; KORE_EMBED_SOURCEMAP=1) …`,
);
const temporaryTrees: string[] = [];
const builtAt = (at: string, sourcemap: boolean) => {
  const { build: built, temporary } = buildEmbedAt(at, sourcemap);
  if (temporary !== undefined) temporaryTrees.push(temporary);
  return built;
};
const build = embedArgument === undefined ? buildEmbed() : builtAt(embedArgument, true);
let before: EmbedBuild | undefined;
if (beforeArgument !== undefined) {
  console.log(`building the embed of ${beforeArgument} to measure beside it …`);
  before = builtAt(beforeArgument, false);
}
const simulator = await startSimulator({
  port: Number(process.env.KORE_BENCH_SIMULATOR_PORT ?? 0),
});
const host = await startBenchServer({
  build,
  before,
  mountConfig: { apiHost: simulator.url, botInfo: simulator.bot },
  signJwt: (identity) => simulator.signUserJwt(identity),
  port: Number(process.env.KORE_BENCH_PORT ?? 0),
});
let browser: Browser | undefined;
const browserContext = { simulator, hostUrl: host.url };
const withBefore = before !== undefined;
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
  await section("weight", () => measureEmbedWeight(build, before));
  await section("store", () => measureStoreMerge());
  await section("page", async () =>
    measureBeforeInteraction(await chromium(), { ...browserContext, runs: 5, withBefore }),
  );
  await section("mount", async () =>
    measureMountToOpen(await chromium(), { ...browserContext, runs: 7 }),
  );
  await section("ratio", async () =>
    measureBareProtocol(await chromium(), { ...browserContext, runs: 9, withBefore }),
  );
  await section("click", async () =>
    measureClickToOpen(await chromium(), { ...browserContext, runs: 5, withBefore }),
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
  await section("lighthouse", () => measureLighthouse({ hostUrl: host.url, runs: 5, withBefore }));
} finally {
  await browser?.close();
  await host.close();
  await simulator.close();
  if (embedArgument === undefined) rmSync(build.directory, { recursive: true, force: true });
  for (const tree of temporaryTrees) rmSync(tree, { recursive: true, force: true });
}
const loadAverageAtEnd = loadavg().map((load) => Number(load.toFixed(2)));

const metrics: Metric[] = sectionNames.flatMap((name) => results[name]?.metrics ?? []);
const machineLine = `${machine.cpu} × ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.platform}; Node ${machine.node}; Chromium ${machine.chromium || chromiumPath}; load average at start ${machine.loadAverageAtStart.join(" / ")}, at the end ${loadAverageAtEnd.join(" / ")}`;
console.log(`\n${machineLine}\n`);
console.log(`${sideBySideText(metrics)}\n`);
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
  machine: { ...machine, loadAverageAtEnd },
  metrics: metrics.map((metric) => ({ ...metric, verdict: verdictOf(metric) })),
  details: Object.fromEntries(
    Object.entries(results).map(([name, result]) => [name, result.details]),
  ),
};
writeFileSync(join(resultsDirectory, "latest.json"), `${JSON.stringify(json, null, 2)}\n`);
/** A commit as its short hash, a folder as it is given, the working tree with the commit it is on. */
const describeEmbed = (at: string | undefined) => {
  const commit = (name: string) => {
    try {
      return execFileSync("git", ["rev-parse", "--short", name], {
        cwd: import.meta.dirname,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }).trim();
    } catch {
      return undefined;
    }
  };
  if (at === undefined)
    return `the working tree (on ${commit("HEAD") ?? "?"}, uncommitted changes included)`;
  const hash = commit(at);
  return hash === undefined || at.startsWith(hash) ? `\`${at}\`` : `\`${at}\` (${hash})`;
};
const beforeLine =
  beforeArgument === undefined
    ? "The build before the split was not measured in this run (`--before`): its column shows recorded figures."
    : `"Before the split" is the embed of ${describeEmbed(beforeArgument)}, built and measured in the same run.`;
const measured = describeEmbed(embedArgument);
const markdown = `Measured ${date.slice(0, 10)}: the embed of ${measured}, on ${machineLine}. Lighthouse's Chromium flags: \`${lighthouseChromeFlags.join(" ")}\`.

### Side by side

${beforeLine} Each figure is the median of its runs, (min–max) after it.

${sideBySideMarkdown(metrics)}

### Every figure

${markdownTable(metrics)}
`;
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
