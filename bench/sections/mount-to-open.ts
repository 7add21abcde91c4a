import type { SimulatorHandle } from "@kore-chat/simulator";
import type { Browser } from "@playwright/test";
import { openBenchPage } from "../support/browser.js";
import type { Metric, SectionResult } from "../support/metric.js";
import { type MountTimings, mountWidget } from "../support/page-probe.js";
import { summarize } from "../support/stats.js";
import { seedConversation } from "./seed.js";

const section = "Mount → open";

/**
 * `KoreChat.mount({ …, open: true })` on a page with the script loaded: `open: true` makes the
 * script fetch the panel (`kore-chat-panel.js`) at once, so the time includes fetching and
 * running it. Until `data-connection="open"`, and until the newest history page's first row is
 * drawn; with the request timeline, to check that history and the socket start together once
 * the token is granted. (A launcher click on a closed widget is the "Click → open" section.)
 */
export async function measureMountToOpen(
  browser: Browser,
  context: { simulator: SimulatorHandle; hostUrl: string; runs: number },
): Promise<SectionResult> {
  const { simulator, hostUrl } = context;
  const timings: MountTimings[] = [];
  for (let run = 0; run < context.runs; run += 1) {
    const identity = `mount-${run}-${Date.now()}@bench.example`;
    seedConversation(simulator, identity, 40);
    const page = await openBenchPage(browser, hostUrl);
    timings.push(
      await page.evaluate(mountWidget, {
        apiHost: simulator.url,
        botInfo: simulator.bot,
        identity,
      }),
    );
    await page.close();
  }
  const of = (read: (timing: MountTimings) => number | undefined) =>
    summarize(timings.map((timing) => read(timing) ?? Number.NaN));
  const metrics: Metric[] = [
    {
      section,
      name: "mount() call (launcher drawn, sync)",
      unit: "ms",
      value: of((t) => t.mountCallMs),
      note: "mount({ open: true }): the panel is fetched at once",
    },
    {
      section,
      name: "mount → panel drawn (composer in the DOM)",
      unit: "ms",
      value: of((t) => t.panelMs),
    },
    {
      section,
      name: "mount → data-connection=open",
      unit: "ms",
      value: of((t) => t.openMs),
      target: { max: 150 },
      note: "the host element's, set in the task the socket opens",
    },
    {
      section,
      name: "mount → the drawn chat says open (.kc-root[data-connection=open])",
      unit: "ms",
      value: of((t) => t.chatOpenMs),
    },
    {
      section,
      name: "mount → first history row drawn",
      unit: "ms",
      value: of((t) => t.firstRowDrawnMs),
    },
  ];
  const requestNames = [
    "GET kore-chat-panel.js",
    "GET kore-chat-connect.js",
    "POST /api/jwt (host)",
    "POST jwtgrant",
    "POST rtm/start",
    "GET history",
  ];
  for (const name of requestNames) {
    const start = of((t) => t.requests[name]?.start);
    const end = of((t) => t.requests[name]?.end);
    metrics.push({
      section,
      name: `  ${name} starts at`,
      unit: "ms",
      value: start,
      note: `ends at ${end.median.toFixed(1)} ms (median)`,
    });
  }
  metrics.push({
    section,
    name: "  socket created at",
    unit: "ms",
    value: of((t) => t.socket?.created),
    note: `open at ${of((t) => t.socket?.open).median.toFixed(1)} ms (median)`,
  });
  // In parallel: history is requested before rtm/start has answered (both right after the grant).
  const parallel = timings.filter((timing) => {
    const history = timing.requests["GET history"];
    const rtmStart = timing.requests["POST rtm/start"];
    const grant = timing.requests["POST jwtgrant"];
    return (
      history !== undefined &&
      rtmStart !== undefined &&
      grant !== undefined &&
      history.start >= grant.end - 1 &&
      history.start < rtmStart.end
    );
  }).length;
  metrics.push({
    section,
    name: "  history requested before rtm/start answered",
    unit: "count",
    value: summarize([parallel]),
    note: `${parallel} of ${timings.length} runs: history and socket in parallel after the grant`,
  });
  // History rows wait for the connection (the store holds the first page while connecting).
  const rowBeforeOpen = timings.filter((timing) => timing.firstRowMs < timing.chatOpenMs).length;
  metrics.push({
    section,
    name: "  a history row drawn before the chat said open",
    unit: "count",
    value: summarize([rowBeforeOpen]),
    note: `${rowBeforeOpen} of ${timings.length} runs`,
  });
  return { metrics, details: { runs: timings } };
}
