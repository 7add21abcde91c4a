import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { ChatPage } from "./support/chat-page.js";
import { expect, test, uniqueText } from "./support/fixtures.js";

// The embed as a guest on a host page: only the launcher's script before any interaction, the
// panel fetched on intent, and calls made meanwhile delivered once.

const embedScripts = (page: Page) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (request.resourceType() === "script" && path.startsWith("/embed/")) scripts.push(path);
  });
  return scripts;
};

const embedPage = (identity: string, extra: Record<string, string> = {}) =>
  `/embed.html?${new URLSearchParams({ user: identity, ...extra })}`;

test("before any interaction only the launcher's script is fetched; pointing at it fetches the panel", async ({
  page,
  identity,
  simulator,
}) => {
  const scripts = embedScripts(page);
  await page.goto(embedPage(identity));
  const launcher = page.getByRole("button", { name: "Open chat" });
  await expect(launcher).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(scripts).toEqual(["/embed/kore-chat.js"]);
  expect(await simulator.socketOpens(identity)).toEqual([]); // no connection made for nobody

  await launcher.hover();
  // The panel, and the connection's head start, which runs while the panel downloads.
  await expect
    .poll(() => [...new Set(scripts)].sort())
    .toEqual(["/embed/kore-chat-connect.js", "/embed/kore-chat-panel.js", "/embed/kore-chat.js"]);
  await launcher.click();
  const chat = new ChatPage(page, "embed");
  await chat.expectConnection("open");
  await expect(chat.root.getByRole("textbox", { name: "Message" })).toBeFocused();
});

test("a send() made before the panel has loaded is delivered once", async ({
  page,
  identity,
  simulator,
}) => {
  await page.goto(embedPage(identity));
  await page.waitForFunction(() => "koreChatWidget" in window);
  const text = uniqueText("sent before the panel");
  const key = await page.evaluate(
    (message) =>
      (
        window as unknown as { koreChatWidget: { send(text: string): string | undefined } }
      ).koreChatWidget.send(message),
    text,
  );
  expect(key).toBeUndefined(); // it waits for the panel, which it made load
  const chat = new ChatPage(page, "embed");
  await chat.openPanel();
  await expect(chat.messagesBy("user", text)).toHaveAttribute("data-status", "delivered");
  await expect(chat.messagesBy("bot", `You said: ${text}`)).toHaveCount(1);
  expect(
    (await simulator.received(identity)).filter((message) => message.body === text),
  ).toHaveLength(1);
});

test("open: true fetches the panel and connects at once, with no interaction", async ({
  page,
  identity,
}) => {
  await page.goto(embedPage(identity, { open: "1" }));
  const chat = new ChatPage(page, "embed");
  await chat.expectConnection("open");
  await expect(chat.root).toBeVisible();
});

test("the connection starts while the panel downloads, and the panel takes its socket over", async ({
  page,
  identity,
  simulator,
}) => {
  // The panel's file is held back: whatever connects meanwhile is the head start alone.
  let releasePanel = () => {};
  const panelHeld = new Promise<void>((resolve) => {
    releasePanel = resolve;
  });
  await page.route("**/embed/kore-chat-panel.js", async (route) => {
    await panelHeld;
    await route.continue();
  });
  const platformPosts: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() === "POST" && /jwtgrant|rtm\/start/.test(path)) platformPosts.push(path);
  });
  await page.goto(embedPage(identity, { open: "1" }));
  // The widget's host element tells the page the connection's state before there is a chat.
  const host = page.locator("[data-kore-chat-embed]");
  await expect(host).toHaveAttribute("data-connection", "open");
  await expect.poll(async () => (await simulator.socketOpens(identity)).length).toBe(1);
  await expect(page.locator("[data-kore-chat]")).toHaveCount(0);

  releasePanel();
  const chat = new ChatPage(page, "embed");
  await chat.expectConnection("open");
  const text = uniqueText("on the head start's socket");
  await chat.send(text);
  await expect(chat.messagesBy("bot", `You said: ${text}`)).toHaveCount(1);
  // One grant, one rtm/start, one socket for the whole mount: the panel's client took them over.
  expect(
    platformPosts.map((path) => (path.endsWith("jwtgrant") ? "jwtgrant" : "rtm/start")),
  ).toEqual(["jwtgrant", "rtm/start"]);
  expect(await simulator.socketOpens(identity)).toHaveLength(1);
});

test("the panel is refused when its integrity hash does not match, and runs when it does", async ({
  page,
  identity,
}) => {
  const hashes = JSON.parse(
    readFileSync(new URL("../packages/embed/dist/integrity.json", import.meta.url), "utf8"),
  ) as Record<string, string>;
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(
    embedPage(identity, {
      integrity: "sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    }),
  );
  await page.getByRole("button", { name: "Open chat" }).click();
  await expect.poll(() => errors.join("\n")).toMatch(/integrity|did not load/i);
  await expect(page.locator("[data-kore-chat]")).toHaveCount(0);

  const refusedBefore = errors.length;
  // The panel's hash alone: the head start's file, which it does not cover, is not run.
  const scripts = embedScripts(page);
  await page.goto(embedPage(identity, { integrity: hashes["kore-chat-panel.js"] ?? "" }));
  const chat = new ChatPage(page, "embed");
  await chat.openPanel();
  await chat.expectConnection("open");
  expect(scripts).not.toContain("/embed/kore-chat-connect.js");

  // dist/integrity.json's object: every file verified, the head start included.
  scripts.length = 0;
  await page.goto(embedPage(`${identity}-all`, { integrity: JSON.stringify(hashes) }));
  await chat.openPanel();
  await chat.expectConnection("open");
  expect(scripts).toContain("/embed/kore-chat-connect.js");
  // It ran (it registers itself), verified by its hash.
  expect(await page.evaluate(() => Symbol.for("kore-chat.connect") in globalThis)).toBe(true);
  expect(
    errors.slice(refusedBefore).filter((error) => /integrity|did not load/i.test(error)),
  ).toEqual([]);
});
