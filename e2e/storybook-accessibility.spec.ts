import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { storybookUrl } from "./environment.js";
import { type AxeFinding, axeFindings } from "./support/axe.js";

const index = fileURLToPath(new URL("../storybook-static/index.json", import.meta.url));

interface StoryIndex {
  readonly entries: Record<string, { readonly id: string; readonly type: string }>;
}

/** The story ids of the built Storybook, or none when it is not built. */
function storyIds(): string[] {
  if (!existsSync(index)) return [];
  const { entries } = JSON.parse(readFileSync(index, "utf8")) as StoryIndex;
  return Object.values(entries)
    .filter((entry) => entry.type === "story")
    .map((entry) => entry.id);
}

const stories = storyIds();

/** Opens one story alone in the preview iframe and waits until it has rendered. */
async function openStory(page: Page, id: string): Promise<void> {
  await page.goto(`${storybookUrl}iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
  await expect(page.locator("#storybook-root .kc-story-root")).toBeVisible();
}

interface StorybookChannel {
  emit(event: string, payload: unknown): void;
  once(event: string, listener: (payload: unknown) => void): void;
}

/**
 * Switches the open preview to another story the way Storybook's manager does (over its
 * channel), which is much faster than loading the iframe again for each of the stories.
 */
async function switchStory(page: Page, id: string): Promise<void> {
  await page.evaluate(
    (storyId) =>
      new Promise<void>((resolve, reject) => {
        const channel = (window as { __STORYBOOK_ADDONS_CHANNEL__?: StorybookChannel })
          .__STORYBOOK_ADDONS_CHANNEL__;
        if (channel === undefined) {
          reject(new Error("no Storybook channel in the preview"));
          return;
        }
        channel.once("storyRendered", () => resolve());
        channel.once("storyErrored", (error) => reject(new Error(JSON.stringify(error))));
        channel.once("storyThrewException", (error) => reject(new Error(String(error))));
        channel.emit("setCurrentStory", { storyId, viewMode: "story" });
      }),
    id,
  );
  await expect(page.locator("#storybook-root .kc-story-root")).toBeVisible();
}

test("the Storybook is built", () => {
  expect(
    existsSync(index),
    `${index} is missing: run \`pnpm run build-storybook\` before the e2e tests`,
  ).toBe(true);
  expect(stories.length).toBeGreaterThan(0);
});

test("every Storybook story has no WCAG 2.2 AA violations", async ({ page }) => {
  test.skip(stories.length === 0, "no built Storybook (see the test above)");
  test.setTimeout(Math.max(60_000, stories.length * 3_000));
  const failures: Record<string, AxeFinding[]> = {};
  const [first] = stories;
  if (first !== undefined) await openStory(page, first);
  for (const id of stories) {
    if (id !== first) await switchStory(page, id);
    const findings = await axeFindings(page, { include: "#storybook-root" });
    if (findings.length > 0) failures[id] = findings;
  }
  expect(failures).toEqual({});
});

test("in dark mode every story keeps WCAG AA colour contrast", async ({ page }) => {
  test.skip(stories.length === 0, "no built Storybook (see the first test)");
  test.setTimeout(Math.max(60_000, stories.length * 2_000));
  await page.emulateMedia({ colorScheme: "dark" });
  const failures: Record<string, AxeFinding[]> = {};
  const [first] = stories;
  if (first !== undefined) await openStory(page, first);
  for (const id of stories) {
    if (id !== first) await switchStory(page, id);
    const findings = await axeFindings(page, {
      include: "#storybook-root",
      rules: ["color-contrast"],
    });
    if (findings.length > 0) failures[id] = findings;
  }
  expect(failures).toEqual({});
});

test("with reduced motion the typing dots stand still", async ({ page }) => {
  test.skip(stories.length === 0, "no built Storybook (see the first test)");
  const animationNames = () =>
    page
      .locator(".kc-typing-dot")
      .evaluateAll((dots) => dots.map((dot) => getComputedStyle(dot).animationName));

  await page.emulateMedia({ reducedMotion: "no-preference" });
  await openStory(page, "components-typingindicator--default");
  expect(await animationNames()).toEqual(["kc-typing", "kc-typing", "kc-typing"]);

  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await animationNames()).toEqual(["none", "none", "none"]);
});
