/**
 * How the virtualized message list behaves with 5,000 messages, in real Chromium:
 * DOM rows mounted at the bottom and after scrolling to the top, and the time the
 * scroll took. Prints numbers; never fails on timing.
 *
 *   pnpm run build-storybook && npx tsx bench/long-list.ts
 */

import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join } from "node:path";
import { chromium } from "@playwright/test";

const root = join(import.meta.dirname, "..", "storybook-static");
const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};
const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
  try {
    const body = await readFile(join(root, path === "/" ? "index.html" : path));
    response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const address = server.address();
const port = typeof address === "object" && address !== null ? address.port : 0;

const browser = await chromium.launch({
  executablePath: process.env.KORE_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const page = await browser.newPage({ viewport: { width: 420, height: 720 } });
const runs: Array<{ bottomRows: number; topRows: number; scrollMs: number; firstVisible: string }> =
  [];
for (let run = 0; run < 5; run += 1) {
  await page.goto(
    `http://127.0.0.1:${port}/iframe.html?id=components-messagelist--five-thousand-messages&viewMode=story`,
  );
  const log = page.getByRole("log");
  await log.locator("[data-message-id]").first().waitFor();
  const bottomRows = await log.locator("[data-message-id]").count();
  const result = await log.evaluate(async (element) => {
    const started = performance.now();
    // Scroll to the top in viewport steps, letting each frame render, as a user would.
    while (element.scrollTop > 0) {
      element.scrollTop = Math.max(0, element.scrollTop - element.clientHeight);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { scrollMs: performance.now() - started };
  });
  const topRows = await log.locator("[data-message-id]").count();
  const firstVisible =
    (await log.locator("[data-message-id]").first().getAttribute("data-message-id")) ?? "";
  runs.push({ bottomRows, topRows, scrollMs: Math.round(result.scrollMs), firstVisible });
}
await browser.close();
server.close();

const sorted = [...runs].sort((a, b) => a.scrollMs - b.scrollMs);
const median = sorted[Math.floor(sorted.length / 2)];
console.log("5,000 messages in the virtualized list (5 runs, Chromium, 420×720 viewport)");
console.table(runs);
console.log(
  `DOM rows at the bottom: ${median?.bottomRows}; at the top: ${median?.topRows}; ` +
    `scroll bottom→top: median ${median?.scrollMs} ms (min ${sorted[0]?.scrollMs}, max ${sorted.at(-1)?.scrollMs}); ` +
    `first row at the top: ${median?.firstVisible}`,
);
