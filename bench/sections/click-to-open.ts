import type { SimulatorHandle } from "@kore-chat/simulator";
import type { Browser, Page } from "@playwright/test";
import { newProbedPage } from "../support/browser.js";
import type { Metric, SectionResult } from "../support/metric.js";
import { officialSdkPage } from "../support/official-sdk.js";
import { collectPending } from "../support/page-actions.js";
import { armOpenTiming, type OpenTiming } from "../support/site-probe.js";
import { summarize } from "../support/stats.js";
import { seedConversation } from "./seed.js";

const section = "Click → open";

interface ClickVariant {
  readonly key: string;
  readonly label: string;
  readonly kind: "kore-chat" | "official-sdk";
  /** The page, ready to be clicked: loaded, settled as the variant says. */
  readonly load: (page: Page, identity: string) => Promise<void>;
  readonly launcher: string;
}

/**
 * A visitor's click on the launcher of a page loaded and left alone, until the message field
 * is visible and drawn (the frame after), and until the platform socket is open. Playwright's
 * click moves the pointer onto the launcher first, which (as a real pointer does) is the
 * intent that starts the panel's fetch a moment before the click: the note shows how long.
 * Kore-chat with the panel not yet loaded (`preload: "intent"`, the default) and already
 * preloaded (`preload: "eager"`: fetched, drawn hidden and connected at mount), the build
 * before the split (`--before`), and the official SDK (its `.minimized` launcher).
 */
export async function measureClickToOpen(
  browser: Browser,
  context: { simulator: SimulatorHandle; hostUrl: string; runs: number; withBefore: boolean },
): Promise<SectionResult> {
  const { hostUrl, simulator } = context;
  const sdk = await officialSdkPage(hostUrl, simulator.url);
  const site = (query: string) => async (page: Page, identity: string) => {
    await page.goto(`${hostUrl}/site.html?${query}identity=${encodeURIComponent(identity)}`);
    await page.locator(".kce-launcher").waitFor({ timeout: 15_000 });
  };
  const connected = (page: Page) =>
    page.waitForFunction(() => window.__kcBench.sockets.some((s) => s.openAt !== undefined), null, {
      timeout: 30_000,
    });
  const variants: ClickVariant[] = [
    {
      key: "cold",
      label: "kore-chat, panel not yet loaded (preload: intent)",
      kind: "kore-chat",
      load: site(""),
      launcher: ".kce-launcher",
    },
    {
      key: "eager",
      label: 'kore-chat, panel preloaded (preload: "eager")',
      kind: "kore-chat",
      load: async (page, identity) => {
        await site("preload=eager&")(page, identity);
        await connected(page);
      },
      launcher: ".kce-launcher",
    },
    ...(context.withBefore
      ? [
          {
            key: "before",
            label: "kore-chat before the split (one script)",
            kind: "kore-chat" as const,
            load: site("embed=before&"),
            launcher: ".kce-launcher",
          },
        ]
      : []),
    {
      key: "official",
      label: "official web SDK",
      kind: "official-sdk",
      load: async (page, identity) => {
        await sdk.route(page, identity);
        await page.goto(sdk.url);
        await page.locator(".minimized").waitFor({ timeout: 30_000 });
      },
      launcher: ".minimized",
    },
  ];

  const timings = new Map<string, OpenTiming[]>(variants.map((variant) => [variant.key, []]));
  const panelFetchedBeforeClick = new Map<string, number>();
  for (let run = 0; run < context.runs; run += 1) {
    for (const variant of variants) {
      const identity = `click-${variant.key}-${run}-${Date.now()}@bench.example`;
      seedConversation(simulator, identity, 20);
      const page = await newProbedPage(browser);
      let panelRequested = false;
      page.on("request", (request) => {
        if (request.url().endsWith("/kore-chat-panel.js")) panelRequested = true;
      });
      await variant.load(page, identity);
      await page.waitForLoadState("networkidle");
      if (panelRequested) {
        panelFetchedBeforeClick.set(
          variant.key,
          (panelFetchedBeforeClick.get(variant.key) ?? 0) + 1,
        );
      }
      await page.evaluate(armOpenTiming, variant.kind);
      await page.locator(variant.launcher).click();
      timings.get(variant.key)?.push((await page.evaluate(collectPending)) as OpenTiming);
      await page.close();
    }
  }

  const metrics: Metric[] = [];
  for (const variant of variants) {
    const runs = timings.get(variant.key) ?? [];
    const of = (read: (timing: OpenTiming) => number) => summarize(runs.map(read));
    const socket = of((timing) => timing.socketOpenMs);
    metrics.push(
      {
        section,
        key: `open.${variant.key}`,
        name: `${variant.label}: click → message field drawn`,
        unit: "ms",
        value: of((timing) => timing.drawnMs),
        note: `visible at ${of((timing) => timing.visibleMs).median.toFixed(1)} ms; pointer on the launcher ${of((timing) => timing.hoverBeforeClickMs).median.toFixed(1)} ms before the click (median); panel fetched before the click in ${panelFetchedBeforeClick.get(variant.key) ?? 0}/${runs.length} runs`,
      },
      {
        section,
        key: `socket.${variant.key}`,
        name: "  click → socket open",
        unit: "ms",
        value: socket,
        ...(socket.max < 0 ? { note: "negative: connected before the click, at page load" } : {}),
      },
      {
        section,
        key: `shift.${variant.key}`,
        name: "  layout shift in the 1.5 s after the click",
        unit: "CLS",
        value: of((timing) => timing.layoutShiftAfterClick),
        note: `of which without recent input (counted by CLS): ${of((timing) => timing.clsAfterClick).median.toFixed(4)} (median), ${of((timing) => timing.clsAfterClick).max.toFixed(4)} (max)`,
      },
    );
  }
  return { metrics, details: Object.fromEntries(timings) };
}
