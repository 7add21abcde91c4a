import type { SimulatorHandle } from "@kore-chat/simulator";
import type { Browser } from "@playwright/test";
import { openBenchPage } from "../support/browser.js";
import type { Metric, SectionResult } from "../support/metric.js";
import { armBurst, type BurstResult, collectPending } from "../support/page-actions.js";
import { mountWidget } from "../support/page-probe.js";
import { summarize } from "../support/stats.js";
import { seedConversation } from "./seed.js";

const section = "Burst";

/**
 * The simulator pushes `count` bot turns back to back (one `bot_response` frame each, as fast
 * as its socket takes them) into an open widget: time from the first frame's arrival until
 * every turn is in the widget and the last one is drawn, and the longest main-thread task.
 */
export async function measureBurst(
  browser: Browser,
  context: { simulator: SimulatorHandle; hostUrl: string; runs: number; count: number },
): Promise<SectionResult> {
  const { simulator, hostUrl, count } = context;
  const results: BurstResult[] = [];
  // How long the simulator took to build and write the frames: the widget cannot be faster.
  const pushMs: number[] = [];
  for (let run = 0; run < context.runs; run += 1) {
    const identity = `burst-${run}-${Date.now()}@bench.example`;
    seedConversation(simulator, identity, 20);
    const page = await openBenchPage(browser, hostUrl);
    await page.evaluate(mountWidget, { apiHost: simulator.url, botInfo: simulator.bot, identity });
    await page.evaluate(armBurst, count);
    const pushing = performance.now();
    for (let index = 0; index < count; index += 1) {
      simulator.pushBotResponse(
        identity,
        `Burst turn ${index}: the order #${10_000 + index} has shipped.`,
      );
    }
    pushMs.push(performance.now() - pushing);
    results.push((await page.evaluate(collectPending)) as BurstResult);
    await page.close();
  }
  const of = (read: (result: BurstResult) => number) => summarize(results.map(read));
  const metrics: Metric[] = [
    {
      section,
      name: `${count} turns: all in the widget`,
      unit: "ms",
      value: of((r) => r.allInMs),
      note: `last frame dispatched at ${of((r) => r.framesReceivedMs).median.toFixed(0)} ms (median)`,
    },
    {
      section,
      name: `  simulator writing the ${count} frames (Node)`,
      unit: "ms",
      value: summarize(pushMs),
    },
    {
      section,
      name: `${count} turns: all in and last drawn`,
      unit: "ms",
      value: of((r) => r.drawnMs),
      target: { max: 1000 },
    },
    {
      section,
      name: "longest main-thread task",
      unit: "ms",
      value: of((r) => r.longestTaskMs),
      target: { max: 100 },
      note: `0 = none over 50 ms; tasks over 50 ms per run: ${results.map((r) => r.longTasks).join(", ")}`,
    },
    {
      section,
      name: "longest gap between animation frames",
      unit: "ms",
      value: of((r) => r.longestFrameGapMs),
      note: `animation frames during the burst: ${of((r) => r.animationFrames).median}`,
    },
    {
      section,
      name: "rows mounted after the burst",
      unit: "rows",
      value: of((r) => r.rowsMounted),
    },
  ];
  return { metrics, details: { runs: results } };
}
