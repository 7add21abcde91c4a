import { gzipSync } from "node:zlib";
import type { Page, Response } from "@playwright/test";
import { type BeforeInteraction, readBeforeInteraction } from "./site-probe.js";

/** A page loaded and left alone: what it downloaded and did before any interaction. */
export interface PageLoad extends BeforeInteraction {
  /** JavaScript (script and module responses), each body gzipped at level 9, summed. */
  readonly jsGzipBytes: number;
  /** Every response's body, as sent by the server (decoded), summed. */
  readonly allBytes: number;
  readonly jsFiles: ReadonlyArray<{ url: string; bytes: number; gzipBytes: number }>;
  /** Requests to another origin than the page's (the platform, a CDN). */
  readonly otherOriginRequests: readonly string[];
}

/**
 * Opens `url` on `page` (a probed page), waits for `load`, for whatever `settled` waits for,
 * for the network to be idle and one more second (idle callbacks), and reads what the page
 * downloaded and did. JavaScript is counted as gzip level 9 of each body, as
 * `packages/embed/scripts/check-size.mjs` counts it, whatever the server sent.
 */
export async function loadUntouched(
  page: Page,
  url: string,
  settled?: (page: Page) => Promise<unknown>,
): Promise<PageLoad> {
  const responses: Response[] = [];
  page.on("response", (response) => responses.push(response));
  await page.goto(url, { waitUntil: "load" });
  await settled?.(page);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1_000);
  const before = await page.evaluate(readBeforeInteraction);
  const origin = new URL(url).origin;
  const jsFiles: Array<{ url: string; bytes: number; gzipBytes: number }> = [];
  let allBytes = 0;
  const otherOriginRequests: string[] = [];
  for (const response of responses) {
    const requestUrl = response.url();
    if (new URL(requestUrl).origin !== origin) {
      otherOriginRequests.push(`${response.request().method()} ${new URL(requestUrl).pathname}`);
    }
    const body = await response.body().catch(() => undefined);
    if (body === undefined) continue;
    allBytes += body.length;
    const type = response.headers()["content-type"] ?? "";
    if (response.request().resourceType() === "script" || /javascript/.test(type)) {
      jsFiles.push({
        url: requestUrl,
        bytes: body.length,
        gzipBytes: gzipSync(body, { level: 9 }).length,
      });
    }
  }
  return {
    ...before,
    jsGzipBytes: jsFiles.reduce((sum, file) => sum + file.gzipBytes, 0),
    allBytes,
    jsFiles,
    otherOriginRequests,
  };
}
