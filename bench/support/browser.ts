import { type Browser, chromium, type Page } from "@playwright/test";
import { installPageProbe } from "./page-probe.js";

export const chromiumPath = process.env.KORE_CHROMIUM ?? "/usr/bin/chromium";

/** Headless Chromium (Debian's by default, `KORE_CHROMIUM` to override) as the e2e tests run it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--enable-precise-memory-info",
    ],
  });
}

/**
 * A fresh page (its own context: no cache, no session storage) with the probe installed before
 * any script of the page runs. The official SDK's page calls the simulator on another loopback
 * port with XHR, which Chromium's local-network-access check wants the permission for.
 */
export async function newProbedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    permissions: ["local-network-access"],
  });
  // tsx keeps function names with an `__name` helper that the page does not have.
  await page.addInitScript({ content: "window.__name = (value) => value;" });
  await page.addInitScript(installPageProbe);
  return page;
}

/**
 * A fresh page on the bench host page (`path`, default the page with the embed script and
 * nothing else), with the probe installed before the embed script runs.
 */
export async function openBenchPage(
  browser: Browser,
  hostUrl: string,
  path = "/bench.html",
): Promise<Page> {
  const page = await newProbedPage(browser);
  await page.goto(`${hostUrl}${path}`);
  return page;
}

/** JS heap in use after a full garbage collection, in bytes (CDP). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return usedSize;
  } finally {
    await cdp.detach();
  }
}
