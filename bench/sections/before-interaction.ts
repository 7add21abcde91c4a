import type { SimulatorHandle } from "@kore-chat/simulator";
import type { Browser, Page } from "@playwright/test";
import { newProbedPage } from "../support/browser.js";
import type { Metric, SectionResult } from "../support/metric.js";
import { officialSdkPage } from "../support/official-sdk.js";
import { loadUntouched, type PageLoad } from "../support/page-load.js";
import { summarize } from "../support/stats.js";

const section = "Before interaction";
const KB = 1024;

/** One kind of page, loaded and left alone. */
interface PageVariant {
  readonly key: string;
  readonly label: string;
  readonly open: (browser: Browser, identity: string) => Promise<{ page: Page; url: string }>;
  readonly settled?: (page: Page) => Promise<unknown>;
  /** Judged against the targets (the current build, default preload). */
  readonly judged?: boolean;
}

const launcherDrawn = (page: Page) => page.locator(".kce-launcher").waitFor({ timeout: 15_000 });

/**
 * A plain content page loaded and left alone, with the widget (the site mounts it closed, as
 * the README shows), without it, with the build before the split (`--before`) and with the
 * official SDK's host page: the JavaScript it downloads (gzip level 9), its long tasks
 * (`longtask` entries: main-thread tasks over 50 ms) and its layout shift (CLS: `layout-shift`
 * entries without recent input), until the network has been idle and a second more.
 */
export async function measureBeforeInteraction(
  browser: Browser,
  context: {
    simulator: SimulatorHandle;
    hostUrl: string;
    runs: number;
    withBefore: boolean;
  },
): Promise<SectionResult> {
  const { hostUrl, simulator } = context;
  const at = (path: string) => async (opened: Browser) => ({
    page: await newProbedPage(opened),
    url: `${hostUrl}${path}`,
  });
  const sdk = await officialSdkPage(hostUrl, simulator.url);
  const variants: PageVariant[] = [
    { key: "none", label: "no widget (plain page)", open: at("/plain.html") },
    {
      key: "current",
      label: "kore-chat (preload: intent, default)",
      open: (opened, identity) => at(`/site.html?identity=${identity}`)(opened),
      settled: launcherDrawn,
      judged: true,
    },
    {
      key: "idle",
      label: 'kore-chat (preload: "idle")',
      open: (opened, identity) => at(`/site.html?preload=idle&identity=${identity}`)(opened),
      settled: (page) =>
        page.locator(".kc-composer-field").waitFor({ state: "attached", timeout: 30_000 }),
    },
    ...(context.withBefore
      ? [
          {
            key: "before",
            label: "kore-chat before the split (one script)",
            open: (opened: Browser, identity: string) =>
              at(`/site.html?embed=before&identity=${identity}`)(opened),
            settled: launcherDrawn,
          },
        ]
      : []),
    {
      key: "official",
      label: "official web SDK (kore-web-sdk UMD)",
      open: async (opened, identity) => {
        const page = await newProbedPage(opened);
        await sdk.route(page, identity);
        return { page, url: sdk.url };
      },
      settled: (page) => page.locator(".minimized").waitFor({ timeout: 30_000 }),
    },
  ];

  const loads = new Map<string, PageLoad[]>(variants.map((variant) => [variant.key, []]));
  // Interleaved, so a change in the machine's load touches every variant alike.
  for (let run = 0; run < context.runs; run += 1) {
    for (const variant of variants) {
      const identity = `page-${variant.key}-${run}-${Date.now()}@bench.example`;
      const { page, url } = await variant.open(browser, encodeURIComponent(identity));
      loads.get(variant.key)?.push(await loadUntouched(page, url, variant.settled));
      await page.close();
    }
  }

  const metrics: Metric[] = [];
  for (const variant of variants) {
    const runs = loads.get(variant.key) ?? [];
    const of = (read: (load: PageLoad) => number) => summarize(runs.map(read));
    const longest = (load: PageLoad) => Math.max(0, ...load.longTasks.map((task) => task.duration));
    const last = runs.at(-1);
    metrics.push(
      {
        section,
        key: `js.${variant.key}`,
        name: `${variant.label}: JavaScript downloaded (gzip)`,
        unit: "KB",
        value: of((load) => load.jsGzipBytes / KB),
        ...(variant.judged ? { target: { max: 6 } } : {}),
        note:
          last === undefined
            ? ""
            : `${last.jsFiles.length} files, ${(last.allBytes / KB).toFixed(1)} KB of responses in all (decoded); ${last.sockets > 0 ? "opened a socket" : "no socket"}; ${last.otherOriginRequests.length} requests to other origins`,
      },
      {
        section,
        key: `longtasks.${variant.key}`,
        name: "  long tasks (over 50 ms)",
        unit: "count",
        value: of((load) => load.longTasks.length),
        ...(variant.judged ? { target: { max: 0 } } : {}),
        note: `longest per run: ${runs.map((load) => longest(load).toFixed(0)).join(", ")} ms (0 = none)`,
      },
      {
        section,
        key: `longest.${variant.key}`,
        name: "  longest task",
        unit: "ms",
        value: of(longest),
      },
      {
        section,
        key: `cls.${variant.key}`,
        name: "  layout shift (CLS)",
        unit: "CLS",
        value: of((load) => load.layoutShift),
        ...(variant.judged ? { target: { max: 0 } } : {}),
        note: `layout-shift entries per run: ${runs.map((load) => load.layoutShifts).join(", ")}`,
      },
    );
  }
  return {
    metrics,
    details: Object.fromEntries(
      variants.map((variant) => [
        variant.key,
        (loads.get(variant.key) ?? []).map((load) => ({
          ...load,
          jsFiles: load.jsFiles.map((file) => ({ ...file, url: new URL(file.url).pathname })),
        })),
      ]),
    ),
  };
}
