import type { SimulatorHandle } from "@kore-chat/simulator";
import type { Browser } from "@playwright/test";
import { heapAfterGc, openBenchPage } from "../support/browser.js";
import type { Metric, SectionResult } from "../support/metric.js";
import { countRows, loadAllEarlier, scrollToTop } from "../support/page-actions.js";
import { mountWidget } from "../support/page-probe.js";
import { summarize } from "../support/stats.js";
import { seedConversation } from "./seed.js";

const section = "Long conversation";
const MB = 1024 * 1024;

interface LongRun {
  readonly heapAtMountMb: number;
  readonly pages: number;
  readonly loadAllMs: number;
  readonly rowsAtBottom: number;
  readonly elementsAtBottom: number;
  readonly heapMb: number;
  readonly scrollMs: number;
  readonly scrollSteps: number;
  readonly longestScrollFrameMs: number;
  readonly rowsAtTop: number;
  readonly reachedOldest: boolean;
}

/**
 * `count` messages in the user's history, all loaded through "Load earlier messages" (one
 * page per press, the widget's page size): DOM rows mounted, JS heap after a full GC, and the
 * time to scroll from the bottom to the top.
 */
export async function measureLongConversation(
  browser: Browser,
  context: { simulator: SimulatorHandle; hostUrl: string; runs: number; count: number },
): Promise<SectionResult> {
  const { simulator, hostUrl, count } = context;
  const runs: LongRun[] = [];
  for (let run = 0; run < context.runs; run += 1) {
    const identity = `long-${run}-${Date.now()}@bench.example`;
    seedConversation(simulator, identity, count);
    const oldestId = simulator.history.rows(identity)[0]?._id;
    const page = await openBenchPage(browser, hostUrl);
    await page.evaluate(mountWidget, { apiHost: simulator.url, botInfo: simulator.bot, identity });
    const heapAtMount = await heapAfterGc(page);
    const loaded = await page.evaluate(loadAllEarlier);
    const bottom = await page.evaluate(countRows);
    const heap = await heapAfterGc(page);
    const scroll = await page.evaluate(scrollToTop);
    runs.push({
      heapAtMountMb: heapAtMount / MB,
      pages: loaded.pages,
      loadAllMs: loaded.ms,
      rowsAtBottom: bottom.rows,
      elementsAtBottom: bottom.elements,
      heapMb: heap / MB,
      scrollMs: scroll.ms,
      scrollSteps: scroll.steps,
      longestScrollFrameMs: scroll.longestFrameMs,
      rowsAtTop: scroll.rowsAtTop,
      reachedOldest: scroll.firstKey === oldestId,
    });
    await page.close();
  }
  const of = (read: (run: LongRun) => number) => summarize(runs.map(read));
  const thousands = count.toLocaleString("en");
  const metrics: Metric[] = [
    {
      section,
      name: `load all ${thousands} (Load earlier × pages)`,
      unit: "ms",
      value: of((r) => r.loadAllMs),
      note: `${of((r) => r.pages).median} presses; oldest message reached at the top in ${runs.filter((r) => r.reachedOldest).length}/${runs.length} runs`,
    },
    {
      section,
      name: `DOM rows mounted with ${thousands} (bottom)`,
      unit: "rows",
      value: of((r) => r.rowsAtBottom),
      target: { max: 200 },
      note: `${of((r) => r.elementsAtBottom).median} elements in the widget`,
    },
    {
      section,
      name: "DOM rows mounted at the top",
      unit: "rows",
      value: of((r) => r.rowsAtTop),
      target: { max: 200 },
    },
    {
      section,
      name: `JS heap with ${thousands} (after GC)`,
      unit: "MB",
      value: of((r) => r.heapMb),
      target: { max: 60 },
      note: `${of((r) => r.heapAtMountMb).median.toFixed(1)} MB with the first page`,
    },
    {
      section,
      name: "scroll bottom → top",
      unit: "ms",
      value: of((r) => r.scrollMs),
      note: `${of((r) => r.scrollSteps).median} viewport steps, one per frame; longest frame ${of((r) => r.longestScrollFrameMs).median.toFixed(0)} ms`,
    },
  ];
  return { metrics, details: { runs } };
}
