import type { APIRequestContext, Page } from "@playwright/test";
import { simulatorUrl } from "./environment.js";
import type { ChatPage } from "./support/chat-page.js";
import { expect, openChat, test } from "./support/fixtures.js";
import {
  auditWidget,
  installXssTrap,
  longPayload,
  markupPayloads,
  safeUrl,
  urlPayloads,
  type WidgetAudit,
  type XssTrapWindow,
} from "./support/xss-corpus.js";

// Issue 5, "nothing injected": the corpus of e2e/support/xss-corpus.ts through every place the
// widget shows bot or user content — live bot text, every rendered template field, media,
// the user's own message — then again from history after a reload. Nothing may run (a trap
// records `window.__xss(id)`, frame messages and dialogs), and the widget's DOM may hold no
// script-capable element, handler attribute, inline style that loads anything, or link / image /
// media URL outside http(s) (links also mailto/tel, images also raster data:). The log is
// virtualized, so the audit scrolls it through and reads every row as it renders.

const texts = markupPayloads.map((payload) => payload.text);
const urls = urlPayloads.map((payload) => payload.text);
const textAt = (index: number) => texts[index % texts.length] ?? "";
const urlAt = (index: number) => urls[index % urls.length] ?? "";
/** `count` texts of the corpus from `start` on, wrapping around. */
const textsFrom = (start: number, count: number) =>
  Array.from({ length: count }, (_, index) => textAt(start + index));

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
const template = (payload: { readonly template_type: string; readonly [key: string]: Json }) => ({
  type: "template",
  payload,
});

/** A card of a carousel or list with every field hostile. */
const card = (index: number) => ({
  title: textAt(index),
  subtitle: textAt(index + 17),
  image_url: urlAt(index),
  default_action: { type: "web_url", url: urlAt(index + 1) },
  buttons: [
    { type: "web_url", title: textAt(index + 29), url: urlAt(index + 2) },
    { type: "postback", title: textAt(index + 41), payload: textAt(index + 41) },
  ],
});

/** One template of each type the widget renders, plus one it does not, every field hostile. */
function templateParts(): unknown[] {
  const parts = [
    template({
      template_type: "button",
      text: textAt(0),
      subText: textAt(1),
      buttons: [
        { type: "web_url", title: "Safe link", url: safeUrl },
        ...urls.map((url, index) => ({ type: "web_url", title: textAt(index + 2), url })),
        { type: "postback", title: textAt(3), payload: textAt(4) },
      ],
    }),
    template({
      template_type: "quick_replies",
      text: textAt(5),
      quick_replies: urls.map((url, index) => ({
        content_type: index % 2 === 0 ? "text" : "url",
        title: textAt(index + 6),
        payload: textAt(index + 7),
        url,
        image_url: urlAt(index + 3),
      })),
    }),
    template({
      template_type: "carousel",
      elements: urls.map((_, index) => card(index)),
    }),
    template({
      template_type: "list",
      text: textAt(8),
      elements: urls.slice(0, 10).map((_, index) => card(index + 10)),
      buttons: [{ type: "web_url", title: textAt(9), url: urlAt(5) }],
    }),
    template({
      template_type: "table",
      text: textAt(10),
      columns: [[textAt(11), "left"], [textAt(12), "center"], [textAt(13), "right"], [textAt(14)]],
      elements: Array.from({ length: Math.ceil(texts.length / 4) }, (_, row) => ({
        Values: textsFrom(row * 4, 4),
      })),
    }),
    template({
      template_type: "mini_table",
      layout: "horizontal",
      text: textAt(15),
      elements: [
        {
          primary: [[textAt(16)], [textAt(17), "right"]],
          additional: Array.from({ length: 8 }, (_, row) => textsFrom(18 + row * 2, 2)),
        },
      ],
    }),
    template({
      template_type: "dropdown_template",
      heading: textAt(19),
      elements: textsFrom(20, 10).map((text) => ({ title: text, description: text, value: text })),
    }),
    template({
      template_type: "multi_select",
      heading: textAt(21),
      elements: textsFrom(22, 10).map((text) => ({ title: text, value: text })),
      buttons: [{ title: textAt(23), type: "postback", payload: textAt(24) }],
    }),
    template({
      template_type: "form_template",
      heading: textAt(25),
      formFields: [
        ...textsFrom(26, 5).map((text) => ({
          type: "text",
          label: text,
          placeholder: text,
          fieldButton: { title: text },
        })),
        { type: "password", label: textAt(31), placeholder: textAt(32) },
      ],
    }),
    template({
      template_type: "feedbackTemplate",
      view: "CSAT",
      text: textAt(33),
      messageTodisplay: textAt(34),
      smileyArrays: textsFrom(35, 5).map((text, index) => ({
        smileyId: index + 1,
        value: text,
        reviewText: text,
      })),
    }),
    template({
      template_type: "feedbackTemplate",
      view: "star",
      text: textAt(36),
      starArrays: textsFrom(37, 5).map((text, index) => ({ starId: index + 1, value: text })),
    }),
    template({
      template_type: "radioOptionTemplate",
      heading: textAt(38),
      radioOptions: textsFrom(39, 8).map((text) => ({
        title: text,
        value: text,
        postback: { title: text, value: text },
      })),
    }),
    template({
      template_type: "piechart",
      pie_type: "donut_legend",
      text: textAt(40),
      elements: textsFrom(41, 6).map((text, index) => ({
        title: text,
        value: index + 1,
        displayValue: text,
      })),
    }),
    ...(["barchart", "linechart"] as const).map((templateType, chart) =>
      template({
        template_type: templateType,
        direction: "vertical",
        text: textAt(42 + chart),
        X_axis: textsFrom(43 + chart, 3),
        elements: textsFrom(46 + chart, 3).map((text, index) => ({
          title: text,
          values: [index + 1, index + 2, index + 3],
          displayValues: textsFrom(index, 3),
        })),
      }),
    ),
    ...(["dateTemplate", "daterange", "clockTemplate"] as const).map((templateType, index) =>
      template({
        template_type: templateType,
        title: textAt(48 + index),
        text: textAt(49 + index),
        text_message: textAt(50 + index),
        delimiter: textAt(51 + index),
      }),
    ),
    template({
      template_type: "listView",
      heading: textAt(0),
      elements: urls.map((url, index) => ({
        title: textAt(index + 3),
        subtitle: textAt(index + 30),
        image_url: url,
        value: { type: "url", uri: urlAt(index + 4), text: textAt(index + 5) },
        default_action: { type: "web_url", url: urlAt(index + 6), title: textAt(index) },
      })),
      moreData: { [textAt(7)]: [{ title: textAt(8), value: { type: "url", uri: urlAt(9) } }] },
      buttons: [{ title: textAt(10), type: "postback", payload: textAt(10) }],
    }),
    template({ template_type: "live_agent", text: textAt(11) }),
    // A type no renderer knows: its text is shown as the fallback.
    template({ template_type: `custom ${textAt(2)}`, text: textAt(12), heading: textAt(13) }),
    // The same template in the other envelopes of TEMPLATES.md §1 (cInfo.body only).
    ...[
      (json: string) => json.replaceAll('"', "&quot;"),
      (json: string) => JSON.stringify(json),
    ].map((encode, index) => ({
      type: "raw",
      part: {
        type: "text",
        cInfo: {
          body: encode(
            JSON.stringify({
              type: "template",
              payload: {
                template_type: "button",
                text: textAt(14 + index),
                buttons: urls.slice(0, 6).map((url, button) => ({
                  type: "web_url",
                  title: textAt(button),
                  url,
                })),
              },
            }),
          ),
        },
      },
    })),
  ];
  return parts;
}

/** Media and `message` parts: every URL of the corpus as an image, and as another media kind. */
function mediaParts(): unknown[] {
  const kinds = ["audio", "video", "link", "document"] as const;
  return [
    { type: "image", url: safeUrl, name: "Safe image" },
    ...urls.flatMap((url, index) => [
      { type: "image", url, name: textAt(index) },
      { type: kinds[index % kinds.length] ?? "link", url, name: textAt(index + 20) },
    ]),
    ...urls.slice(0, 8).map((url, index) => ({
      type: "message",
      text: textAt(index + 40),
      ...(index % 2 === 0 ? { videoUrl: url } : { audioUrl: url }),
    })),
  ];
}

/** A 1×1 transparent PNG. */
const pixel = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

/** A bot turn from the platform (live to the user's sockets, and into their history). */
async function push(request: APIRequestContext, identity: string, parts: unknown[]) {
  const response = await request.post(`${simulatorUrl}/__simulator/push`, {
    data: { identity, parts },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const { messageId } = (await response.json()) as { messageId: string };
  return messageId;
}

const trapOf = (page: Page) =>
  page.evaluate(() => (window as unknown as XssTrapWindow).__xssFired.slice());

/**
 * Reads the whole widget (every row of the virtualized log rendered on the way) and checks that
 * nothing ran and nothing in it could run or lead anywhere unsafe.
 */
async function auditNothingInjected(chat: ChatPage, dialogs: readonly string[]) {
  const audit = await chat.root.evaluate(auditWidget);
  expect(audit.problems, "unsafe markup in the widget").toEqual([]);
  expect(await trapOf(chat.page), "payloads that ran").toEqual([]);
  expect(dialogs, "dialogs opened").toEqual([]);
  return audit;
}

/** The turns were there and showed their content, so the audit looked at something. */
function expectTurnsShown(audit: WidgetAudit, ids: Record<"text" | "templates" | "media", string>) {
  const { text, templates, media } = {
    text: audit.rows[ids.text],
    templates: audit.rows[ids.templates],
    media: audit.rows[ids.media],
  };
  // One part per payload, each shown as text.
  expect(text?.parts).toHaveLength(texts.length + 1);
  expect(text?.text).toContain("<script>window.__xss(1)</script>");
  expect(text?.text).toContain('<img src=x onerror="window.__xss(2)">');
  // The over-long one is cut (with an ellipsis), as text.
  expect(text?.text).toContain(`<img src=x onerror=window.__xss(${longPayload.id})><b> <b>`);
  expect(text?.text).toContain("…");
  // Of the `[click](…)` links only the one to an https URL (a quote in its path, harmless in
  // an attribute) is a link; the hostile targets show their label alone.
  const links = text?.parts.flatMap((part) => part.links) ?? [];
  expect(links.filter((link) => link.name === "click")).toEqual([
    { name: "click", href: expect.stringMatching(/^https:\/\/example\.com\//) },
  ]);
  // Every hostile button URL became an inert label, but that https one; the safe one is a link.
  const button = templates?.parts[0];
  expect(button?.inert).toBe(urls.length - 1);
  expect(button?.links.map((link) => link.href)).toContain(safeUrl);
  expect(templates?.parts).toHaveLength(templateParts().length);
  expect(templates?.text).toContain("<svg onload=window.__xss(3)>");
  // Images: the safe one and the https one with quotes in it, nothing else.
  const images = media?.parts.flatMap((part) => part.images) ?? [];
  expect(images).toHaveLength(2);
  expect(images).toContain(safeUrl);
  // The user's own message, and the demo bot's echo of it.
  const rows = Object.values(audit.rows);
  const shown = (author: string, start: string) =>
    rows.filter((row) => row.author === author && row.text.includes(start)).length;
  expect(shown("user", "<script>window.__xss(1)</script>")).toBe(1);
  expect(shown("bot", "You said: <script>window.__xss(1)</script>")).toBe(1);
}

test("hostile text, templates, media and history rows run nothing and link nowhere unsafe", async ({
  page,
  identity,
  chatPageFor,
  request,
  simulator: _cleanServer,
}) => {
  test.slow();
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  // Before any script of the page: the trap is there when the widget first renders.
  await page.addInitScript(installXssTrap);
  // The web URLs of the corpus load a pixel from here, not from the internet.
  await page.route(
    (url) => url.protocol.startsWith("http") && url.hostname !== "127.0.0.1",
    (route) => route.fulfill({ status: 200, contentType: "image/png", body: pixel }),
  );
  const chat = await openChat(chatPageFor(page), identity);
  expect(markupPayloads.length + 1 + urlPayloads.length).toBeGreaterThanOrEqual(50);

  // Live: bot text, every template, media; then the user's own message and the bot's echo of it.
  const ids = {
    text: await push(request, identity, [...texts, longPayload.text]),
    templates: await push(request, identity, templateParts()),
    media: await push(request, identity, mediaParts()),
  };
  // The newest turn is at the bottom of the log, rendered; the audit scrolls to the others.
  await expect(chat.log.locator(`[data-message-id="${ids.media}"]`)).toHaveCount(1);
  await chat.send(texts.join("\n"));
  const echo = chat.messagesBy("bot", "You said: <script>window.__xss(1)</script>");
  await expect(echo).toHaveCount(1);
  expectTurnsShown(await auditNothingInjected(chat, dialogs), ids);

  // From history: the same turns and messages, as the platform stored them.
  await chat.reload();
  await chat.expectConnection("open");
  await expect(echo).toHaveCount(1);
  expectTurnsShown(await auditNothingInjected(chat, dialogs), ids);
});

test("hostile file names are shown as text, live, in another tab and from history", async ({
  page,
  identity,
  chatPageFor,
  simulator,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.addInitScript(installXssTrap);
  const chat = await openChat(chatPageFor(page), identity);
  const other = await page.context().newPage();
  await other.addInitScript(installXssTrap);
  const second = await openChat(chatPageFor(other), identity);
  // File names cannot hold "/": the payloads that need none, as names of allowed types.
  const names = markupPayloads
    .filter((payload) => !payload.text.includes("/"))
    .slice(0, 8)
    .map((payload, index) => `${payload.text}.${["png", "pdf", "txt", "csv"][index % 4]}`);
  expect(names.length).toBeGreaterThanOrEqual(5);
  await chat.root
    .locator("input[type=file]")
    .setInputFiles(
      names.map((name) => ({ name, mimeType: "application/octet-stream", buffer: pixel })),
    );
  await expect(chat.sendButton).toBeEnabled();
  await chat.sendButton.click();
  const sent = chat.messagesBy("user").last();
  await expect(sent).toHaveAttribute("data-status", "delivered");
  const check = async (view: ChatPage) => {
    const bubble = view.messagesBy("user").last();
    for (const name of names) {
      if (!name.endsWith(".png")) await expect(bubble).toContainText(name);
      // An image is named by its file name (as text, in its button's accessible name).
      else
        await expect(
          bubble.getByRole("button", { name: `Open image ${name}`, exact: true }),
        ).toHaveCount(1);
    }
    await auditNothingInjected(view, dialogs);
  };
  await check(chat);
  await check(second);
  expect((await simulator.uploads(identity)).map((upload) => upload.fileName).sort()).toEqual(
    [...names].sort(),
  );
  await chat.reload();
  await chat.expectConnection("open");
  await check(chat);
});
