import type { SimulatorHandle } from "@kore-chat/simulator";
import type { Browser } from "@playwright/test";
import { openBenchPage } from "../support/browser.js";
import type { Metric, SectionResult } from "../support/metric.js";
import { sendAndWaitDelivered } from "../support/page-actions.js";
import { mountWidget } from "../support/page-probe.js";
import { summarize } from "../support/stats.js";
import { seedConversation } from "./seed.js";

const section = "Send → delivered";

interface RoundTrip {
  readonly ackMs: number;
  readonly deliveredMs: number;
  readonly drawnMs: number;
  readonly simulatorMs: number;
}

/**
 * `widget.send()` until the bubble says `data-status="delivered"`, on loopback, less the
 * simulator's own handling time (its `received[].handlingMs`: frame in → ack written).
 */
export async function measureRoundTrip(
  browser: Browser,
  context: { simulator: SimulatorHandle; hostUrl: string; runs: number },
): Promise<SectionResult> {
  const { simulator, hostUrl } = context;
  const identity = `round-trip-${Date.now()}@bench.example`;
  seedConversation(simulator, identity, 20);
  const page = await openBenchPage(browser, hostUrl);
  await page.evaluate(mountWidget, { apiHost: simulator.url, botInfo: simulator.bot, identity });
  const trips: RoundTrip[] = [];
  // Two warm-up sends, then the measured ones; each waits for the bot's reply to settle.
  for (let run = -2; run < context.runs; run += 1) {
    const result = await page.evaluate(sendAndWaitDelivered, `round trip ${run}`);
    await page.waitForTimeout(150);
    const received = simulator.received.find(
      (message) => String(message.clientMessageId) === result.key,
    );
    if (run < 0) continue;
    trips.push({ ...result, simulatorMs: received?.handlingMs ?? Number.NaN });
  }
  await page.close();
  const of = (read: (trip: RoundTrip) => number) => summarize(trips.map(read));
  const metrics: Metric[] = [
    { section, name: "send → ack at the socket", unit: "ms", value: of((t) => t.ackMs) },
    { section, name: "send → data-status=delivered", unit: "ms", value: of((t) => t.deliveredMs) },
    {
      section,
      name: "  simulator handling (frame in → ack out)",
      unit: "ms",
      value: of((t) => t.simulatorMs),
    },
    {
      section,
      name: "client overhead (delivered − simulator)",
      unit: "ms",
      value: of((t) => t.deliveredMs - t.simulatorMs),
      note: `ack at socket → delivered in the DOM: ${of((t) => t.deliveredMs - t.ackMs).median.toFixed(2)} ms; → drawn ${of((t) => t.drawnMs - t.ackMs).median.toFixed(1)} ms (median)`,
    },
  ];
  return { metrics, details: { runs: trips } };
}
