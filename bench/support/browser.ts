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

/** A fresh page on the bench host page, with the probe installed before the embed script runs. */
export async function openBenchPage(browser: Browser, hostUrl: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx keeps function names with an `__name` helper that the page does not have.
  await page.addInitScript({ content: "window.__name = (value) => value;" });
  await page.addInitScript(installPageProbe);
  await page.goto(`${hostUrl}/bench.html`);
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
