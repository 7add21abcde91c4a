import type { SimulatorHandle } from "@kore-chat/simulator";
import type { Browser } from "@playwright/test";
import { openBenchPage } from "../support/browser.js";
import type { Metric, SectionResult } from "../support/metric.js";
import { type MountTimings, mountWidget } from "../support/page-probe.js";
import { type BareProtocolTiming, bareProtocol } from "../support/site-probe.js";
import { summarize } from "../support/stats.js";
import { seedConversation } from "./seed.js";

const section = "Mount ÷ bare protocol";

/**
 * What the widget adds to connecting: `mount({ …, open: true })` on a page with the script
 * loaded (the panel fetched at once) until `data-connection="open"`, against the same four
 * requests made by a page script with no widget (host JWT, jwtgrant, rtm/start, the socket's
 * opening; see `bareProtocol`), in the same Chromium against the same simulator. Runs are
 * interleaved (bare, widget, and the build before the split with `--before`); each run's
 * ratio is the widget's time over the bare time of the same round.
 */
export async function measureBareProtocol(
  browser: Browser,
  context: { simulator: SimulatorHandle; hostUrl: string; runs: number; withBefore: boolean },
): Promise<SectionResult> {
  const { simulator, hostUrl } = context;
  const config = (identity: string) => ({
    apiHost: simulator.url,
    botInfo: simulator.bot,
    identity,
  });
  const bare: BareProtocolTiming[] = [];
  const widget: MountTimings[] = [];
  const before: MountTimings[] = [];
  const mountOn = async (path: string, identity: string) => {
    seedConversation(simulator, identity, 40);
    const page = await openBenchPage(browser, hostUrl, path);
    const timing = await page.evaluate(mountWidget, config(identity));
    await page.close();
    return timing;
  };
  for (let run = 0; run < context.runs; run += 1) {
    const stamp = `${run}-${Date.now()}@bench.example`;
    const page = await openBenchPage(browser, hostUrl, "/plain.html");
    bare.push(await page.evaluate(bareProtocol, config(`bare-${stamp}`)));
    await page.close();
    widget.push(await mountOn("/bench.html", `ratio-${stamp}`));
    if (context.withBefore)
      before.push(await mountOn("/bench.html?embed=before", `before-${stamp}`));
  }
  const bareMs = summarize(bare.map((timing) => timing.socketOpenMs));
  const ratios = (timings: readonly MountTimings[]) =>
    summarize(
      timings.map((timing, run) => timing.openMs / (bare[run]?.socketOpenMs ?? Number.NaN)),
    );
  const of = (read: (timing: BareProtocolTiming) => number) => summarize(bare.map(read)).median;
  const metrics: Metric[] = [
    {
      section,
      key: "bare",
      name: "bare protocol: page script → socket open (no widget)",
      unit: "ms",
      value: bareMs,
      note: `JWT ${of((t) => t.jwtMs).toFixed(1)}, jwtgrant ${of((t) => t.grantMs).toFixed(1)}, rtm/start ${of((t) => t.rtmStartMs).toFixed(1)} ms (medians, cumulative)`,
    },
    {
      section,
      key: "mount.current",
      name: "mount({ open: true }) → data-connection=open",
      unit: "ms",
      value: summarize(widget.map((timing) => timing.openMs)),
      note: `panel drawn at ${summarize(widget.map((timing) => timing.panelMs)).median.toFixed(1)} ms (median)`,
    },
    {
      section,
      key: "ratio.current",
      name: "  ÷ bare protocol (per round)",
      unit: "×",
      value: ratios(widget),
      target: { max: 1.25 },
      note: `ratio of the medians: ${(summarize(widget.map((t) => t.openMs)).median / bareMs.median).toFixed(2)}×`,
    },
    {
      section,
      name: "  mount → the drawn chat says open (.kc-root[data-connection=open])",
      unit: "ms",
      value: summarize(widget.map((timing) => timing.chatOpenMs)),
      note: "the chat drawn and connected: where a visitor can see it is",
    },
  ];
  if (before.length > 0) {
    metrics.push(
      {
        section,
        key: "mount.before",
        name: "before the split: mount({ open: true }) → data-connection=open",
        unit: "ms",
        value: summarize(before.map((timing) => timing.openMs)),
        note: `panel drawn at ${summarize(before.map((timing) => timing.panelMs)).median.toFixed(1)} ms (median)`,
      },
      {
        section,
        key: "ratio.before",
        name: "  ÷ bare protocol (per round)",
        unit: "×",
        value: ratios(before),
        note: `ratio of the medians: ${(summarize(before.map((t) => t.openMs)).median / bareMs.median).toFixed(2)}×`,
      },
    );
  }
  return { metrics, details: { bare, widget, before } };
}
