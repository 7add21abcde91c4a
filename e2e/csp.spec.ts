import { simulatorUrl } from "./environment.js";
import { ChatPage } from "./support/chat-page.js";
import { expect, test, uniqueText, welcomeHistory } from "./support/fixtures.js";

interface ViolationLog {
  readonly violations: string[];
}

/** `default-src 'self'; script-src …` → directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name !== undefined && name !== "") directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

test("the embed works on a page with a strict CSP: history, a reply, templates, zero violations", async ({
  page,
  identity,
  simulator: _resetFaults,
}) => {
  // Every violation from the first byte of the document on, before any page script runs.
  await page.addInitScript(() => {
    const log: ViolationLog = { violations: [] };
    Object.assign(window, { __kcCsp: log });
    document.addEventListener(
      "securitypolicyviolation",
      (event) => {
        log.violations.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
        );
      },
      true,
    );
  });
  const readViolations = () =>
    page.evaluate(() => (window as unknown as { __kcCsp: ViolationLog }).__kcCsp.violations);
  const consoleViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text()))
      consoleViolations.push(message.text());
  });

  const response = await page.goto(`/csp.html?${new URLSearchParams({ user: identity })}`);
  // Without the header this test would prove nothing: the policy must be the strict one.
  const policy = response?.headers()["content-security-policy"];
  expect(policy, "/csp.html must be served with a Content-Security-Policy header").toBeDefined();
  const directives = parsePolicy(policy ?? "");
  expect(directives.get("default-src")).toEqual(["'self'"]);
  expect(directives.get("script-src")).toEqual(["'self'"]);
  expect(directives.get("style-src")).toEqual(["'self'"]);
  expect(directives.get("connect-src")).toEqual([
    "'self'",
    simulatorUrl,
    simulatorUrl.replace(/^http/, "ws"),
  ]);

  await page.getByRole("button", { name: "Open chat" }).click();
  const chat = new ChatPage(page, "embed");
  await chat.expectConnection("open");
  await expect(chat.messages).toHaveCount(welcomeHistory.length);
  // Styled under `style-src 'self'`: the widget's and the launcher's sheets took effect.
  await expect(chat.root).toHaveCSS("display", "flex");
  await expect(page.locator(".kce-launcher")).toHaveCSS("border-radius", "50%");

  const text = uniqueText("under a strict CSP");
  await chat.send(text);
  await expect(chat.messagesBy("user", text)).toHaveAttribute("data-status", "delivered");
  await expect(chat.messagesBy("bot", `You said: ${text}`)).toHaveCount(1);

  await chat.send("show carousel");
  await expect(chat.messagesBy("bot").last().getByRole("button", { name: /next/i })).toBeVisible();
  const firstCarousel = await chat.messagesBy("bot").last().getAttribute("data-message-id");
  await chat.send("show button");
  const buttons = chat.messagesBy("bot", "What would you like to see next?");
  await expect(buttons.getByRole("link", { name: "Open the docs" })).toBeVisible();
  // A template button sends its payload: the carousel again, as a second one.
  await buttons.getByRole("button", { name: "Show carousel" }).click();
  // (A case-sensitive pattern: the typed "show carousel" above must not match. The list is
  // virtualized, so the first carousel may be out of the DOM by now: compare ids, not counts.)
  await expect(chat.messagesBy("user", /Show carousel/)).toHaveAttribute(
    "data-status",
    "delivered",
  );
  const secondCarousel = chat.messagesBy("bot").last();
  await expect(secondCarousel.getByRole("button", { name: /next/i })).toBeVisible();
  expect(await secondCarousel.getAttribute("data-message-id")).not.toBe(firstCarousel);

  expect(await readViolations()).toEqual([]);
  expect(consoleViolations).toEqual([]);

  // The recorder is live: an inline style attribute, which the policy forbids, is reported.
  await page.evaluate(() => document.body.setAttribute("style", "outline: 1px solid red"));
  await expect.poll(readViolations).toEqual([expect.stringMatching(/^style-src-attr blocked/)]);
});

test("a page in another language loads only its catalogue, next to the script, under the strict CSP", async ({
  page,
  identity,
  simulator: _resetFaults,
}) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  const consoleViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text()))
      consoleViolations.push(message.text());
  });
  await page.goto(`/csp.html?${new URLSearchParams({ user: identity, locale: "ar-EG" })}`);

  // Arabic from the first frame the launcher is drawn in (no English before it), right to left.
  const launcher = page.getByRole("button", { name: "فتح الدردشة" });
  await expect(launcher).toBeVisible();
  await launcher.click();
  const chat = new ChatPage(page, "embed");
  await chat.expectConnection("open");
  await expect(chat.root).toHaveAttribute("dir", "rtl");
  const text = uniqueText("مرحبا");
  await chat.root.getByRole("textbox", { name: "رسالة" }).fill(text);
  await chat.root.getByRole("button", { name: "إرسال" }).click();
  await expect(chat.messagesBy("user", text)).toHaveAttribute("data-status", "delivered");

  // The launcher's script and its catalogue, then on intent the connection's head start and the
  // panel: each allowed by `script-src 'self'`.
  expect(scripts.filter((path) => path.startsWith("/embed/"))).toEqual([
    "/embed/kore-chat.js",
    "/embed/locales/ar.js",
    "/embed/kore-chat-connect.js",
    "/embed/kore-chat-panel.js",
  ]);
  expect(consoleViolations).toEqual([]);
});
