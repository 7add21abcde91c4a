import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";
import { e2eHost, e2ePorts, playgroundUrl, storybookUrl } from "./e2e/environment.js";
import type { ChatSurface } from "./e2e/support/chat-page.js";

// Playwright cannot download its own browsers here: the tests drive the system's Chromium.
const chromium = process.env.KORE_CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  throw new Error(
    `The e2e tests need Chromium at ${chromium}, and it is missing. ` +
      "Install it with `apt-get install -y chromium` (the CI script .ci/run does), " +
      "or point KORE_CHROMIUM at a Chromium or Chrome binary.",
  );
}

/** How many workers run the specs: `KORE_E2E_WORKERS` (a count, or a share such as "50%"), else 2. */
function e2eWorkers(): number | string {
  const given = process.env.KORE_E2E_WORKERS;
  if (given === undefined || given === "") return 2;
  if (/^\d+%$/.test(given)) return given;
  const count = Number(given);
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`KORE_E2E_WORKERS must be a positive integer or a percentage, got "${given}"`);
  }
  return count;
}

/** The specs written against the `chat` fixture's surface, run on the embed build as well. */
const embedSpecs = [
  "attachments.spec.ts",
  "times-and-days.spec.ts",
  "connect-and-history.spec.ts",
  "send-message.spec.ts",
  "templates.spec.ts",
  "template-keyboard.spec.ts",
  "sdk-templates.spec.ts",
  "sdk-input-templates.spec.ts",
  "socket-drop.spec.ts",
  "malformed-frames.spec.ts",
  "offline.spec.ts",
  "two-tabs.spec.ts",
  "load-earlier.spec.ts",
  "csp.spec.ts",
  "server-trouble.spec.ts",
  "token-lifecycle.spec.ts",
  "connection-healing.spec.ts",
  "reload-offline.spec.ts",
  "soak.spec.ts",
  "xss.spec.ts",
  "answered-templates.spec.ts",
  "streaming.spec.ts",
  "live-agent.spec.ts",
  "transcript.spec.ts",
  "stick-to-bottom.spec.ts",
  "branding-and-welcome.spec.ts",
].map((spec) => `**/${spec}`);

/**
 * Browser tests: real Chromium against the playground and the platform simulator, over real
 * sockets. They target the widget's DOM contract (see e2e/support/chat-page.ts), not the
 * page's internals.
 *
 * Two workers by default (`KORE_E2E_WORKERS=<n>` to change): the workers share the one
 * playground and simulator, so every test is its own user (the `identity` fixture) and arms,
 * reads and resets only that user's faults and records (see e2e/support/simulator-control.ts).
 * A spec file's tests still run in order, on one worker (`fullyParallel: false`).
 */
export default defineConfig<{ surface: ChatSurface }>({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // Overridable so two runs on one machine do not clean each other's traces away.
  outputDir: process.env.KORE_E2E_OUTPUT_DIR ?? "test-results/e2e",
  fullyParallel: false,
  workers: e2eWorkers(),
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: playgroundUrl,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // The React app: every spec.
    // (The CSP page hosts the embed script only: the embed project runs it.)
    {
      name: "react",
      use: { ...devices["Desktop Chrome"], surface: "page" },
      testIgnore: "**/csp.spec.ts",
    },
    // The embed script (preact/compat): the conversation specs again, on the other runtime.
    {
      name: "embed",
      use: { ...devices["Desktop Chrome"], surface: "embed" },
      testMatch: embedSpecs,
    },
  ],
  webServer: [
    {
      // `node --import tsx` rather than `pnpm`: pnpm is on PATH under `npm test`, not always
      // under a bare `npx playwright test`; tsx is a root dev dependency either way.
      command: "node --import tsx apps/playground/src/serve.ts",
      url: playgroundUrl,
      env: {
        HOST: e2eHost,
        PORT: String(e2ePorts.playground),
        KORE_SIMULATOR_PORT: String(e2ePorts.simulator),
        KORE_PLAYGROUND_NO_RELOAD: "1",
      },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The built Storybook (`pnpm run build-storybook`; `npm test` builds it before e2e), for
      // the axe check of every story; that spec says what to build when it is missing.
      command: `node e2e/support/serve-static.mjs storybook-static ${e2ePorts.storybook} ${e2eHost}`,
      url: `${storybookUrl}__health`,
      cwd: fileURLToPath(new URL(".", import.meta.url)),
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
