/**
 * Hostile inputs for the XSS e2e spec (issue 5, "nothing injected"). Every payload that could
 * ever run calls `window.__xss(<id>)` (or posts `__xss:<id>` from a frame, or opens a dialog),
 * which the trap below records, so a test that sees nothing recorded saw nothing run.
 *
 * `markupPayloads` go where text is shown (bot text, template titles, table cells, labels, the
 * user's own message); `urlPayloads` go where a URL is used (links, images, media, actions).
 */
export interface XssPayload {
  /** What the payload reports if it runs: `window.__xss(id)`. */
  readonly id: number;
  readonly text: string;
}

const run = (id: number) => `window.__xss(${id})`;
/** From inside a frame: same-origin frames reach the parent, opaque ones can only post. */
const runInFrame = (id: number) => `parent.__xss(${id});top.postMessage('__xss:${id}','*')`;
const base64 = (text: string) => Buffer.from(text).toString("base64");

const markup: readonly ((id: number) => string)[] = [
  // Plain HTML injection
  (id) => `<script>${run(id)}</script>`,
  (id) => `<img src=x onerror="${run(id)}">`,
  (id) => `<svg onload=${run(id)}>`,
  (id) => `<svg><script>${run(id)}</script></svg>`,
  (id) => `<svg><animate onbegin=${run(id)} attributeName=x dur=1s>`,
  (id) => `<iframe srcdoc="<script>${runInFrame(id)}</script>"></iframe>`,
  (id) => `<iframe src="javascript:${runInFrame(id)}"></iframe>`,
  (id) => `<body onload=${run(id)}>`,
  (id) => `<details open ontoggle=${run(id)}>`,
  (id) => `<input autofocus onfocus=${run(id)}>`,
  (id) => `<video><source onerror="${run(id)}"></video>`,
  (id) => `<audio src=x onerror=${run(id)}>`,
  (id) => `<object data="javascript:${run(id)}"></object>`,
  (id) => `<embed src="javascript:${run(id)}">`,
  (id) => `<form><button formaction="javascript:${run(id)}">go</button></form>`,
  (id) => `<a href="javascript:${run(id)}">click me</a>`,
  (id) => `<math><mtext><table><mglyph><style><img src=x onerror=${run(id)}>`,
  (id) => `<div style="background:url(javascript:${run(id)})">styled</div>`,
  (id) => `<div style="width:expression(${run(id)})">ie</div>`,
  (id) => `<meta http-equiv="refresh" content="0;url=javascript:${run(id)}">`,
  (id) => `<base href="javascript:${run(id)}//">`,
  (id) => `<link rel=stylesheet href="javascript:${run(id)}">`,
  (id) => `<template><img src=x onerror=${run(id)}></template>`,
  (id) => `<noscript><p title="</noscript><img src=x onerror=${run(id)}>">`,
  (id) => `<marquee onstart=${run(id)}>scroll</marquee>`,
  // Breaking out of an attribute or a tag
  (id) => `"><img src=x onerror=${run(id)}>`,
  (id) => `'><svg/onload=${run(id)}>`,
  (id) => `</textarea><img src=x onerror=${run(id)}>`,
  (id) => `<scr<script>ipt>${run(id)}</scr</script>ipt>`,
  (id) => `<img src=x onerror=${run(id)}`,
  // Entity-encoded and look-alike markup
  (id) => `&lt;img src=x onerror=${run(id)}&gt;`,
  (id) => `&#x3C;script&#x3E;${run(id)}&#x3C;/script&#x3E;`,
  (id) => `&#60;img src=x onerror=${run(id)}&#62;`,
  (id) => `\uff1cscript\uff1e${run(id)}\uff1c/script\uff1e`,
  (id) => `<img\u200bsrc=x\u200bonerror=${run(id)}>`,
  (id) => `\u202e<img src=x onerror=${run(id)}>\u202c`,
  (id) => `<img src=x\u0000 onerror=${run(id)}>`,
  // Template-engine style
  (id) => `{{constructor.constructor('${run(id)}')()}}`,
  (id) => `\${${run(id)}}`,
  // The light markup's links (TEMPLATES.md §3) with hostile targets
  (id) => `[click](javascript:${run(id)})`,
  (id) => `[click](JAVASCRIPT:${run(id)})`,
  (id) => `[click](java\tscript:${run(id)})`,
  (id) => `[click](javascript&colon;${run(id)})`,
  (id) => `[click](&#106;avascript:${run(id)})`,
  (id) => `[click](%6Aavascript:${run(id)})`,
  (id) => `[click](data:text/html;base64,${base64(`<script>${runInFrame(id)}</script>`)})`,
  (id) => `[click](vbscript:msgbox(${id}))`,
  (id) => `[*bold click*](javascript://%0A${run(id)})`,
  (id) => `[click](https://example.com/"onmouseover="${run(id)})`,
  (id) => `www.example.com/"onmouseover="${run(id)}"`,
  (id) => `https://example.com/<img src=x onerror=${run(id)}>`,
];

const urls: readonly ((id: number) => string)[] = [
  (id) => `javascript:${run(id)}`,
  (id) => `JAVASCRIPT:${run(id)}`,
  (id) => ` javascript:${run(id)}`,
  (id) => `java\tscript:${run(id)}`,
  (id) => `java\nscript:${run(id)}`,
  (id) => `\u0001javascript:${run(id)}`,
  (id) => `jav&#x09;ascript:${run(id)}`,
  (id) => `javascript&colon;${run(id)}`,
  (id) => `javascript://example.com/%0A${run(id)}`,
  (id) => `data:text/html,<script>${runInFrame(id)}</script>`,
  (id) => `data:text/html;base64,${base64(`<script>${runInFrame(id)}</script>`)}`,
  (id) => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${run(id)}"/>`,
  (id) => `data:image/svg+xml;base64,${base64(`<svg onload="${run(id)}"/>`)}`,
  (id) => `vbscript:msgbox(${id})`,
  (id) => `//evil.example/${id}`,
  (id) => `http:${run(id)}`,
  (id) => `https://example.com/${id}" onerror="${run(id)}`,
  (id) => `file:///etc/passwd#${id}`,
  (id) => `blob:https://example.com/${id}`,
  (id) => `x" onload="${run(id)}`,
];

/** Text shown as text; none of it may become markup, a handler or a live link. */
export const markupPayloads: readonly XssPayload[] = markup.map((make, index) => ({
  id: index + 1,
  text: make(index + 1),
}));

/**
 * Longer than any text part may be (20,000 characters): the cut must not leave live markup
 * either. Only in bot text, where a bubble this tall is shown once.
 */
export const longPayload: XssPayload = {
  id: 99,
  text: `<img src=x onerror=${run(99)}>${"<b> ".repeat(5_200)}<img src=x onerror=${run(99)}>`,
};

/** URLs that must never be followed, loaded or streamed. */
export const urlPayloads: readonly XssPayload[] = urls.map((make, index) => ({
  id: 100 + index + 1,
  text: make(100 + index + 1),
}));

/** A URL that is fine everywhere: proves the checks see links and images that do render. */
export const safeUrl = "https://example.com/safe.png";

/** The trap's view of the window. */
export interface XssTrapWindow {
  __xss(id: number | string): void;
  __xssFired: Array<number | string>;
}

/**
 * Installed with `page.addInitScript` before any page script: records `window.__xss(id)`,
 * `__xss:<id>` messages posted by frames, and `alert` / `confirm` / `prompt` / `print`.
 */
export function installXssTrap(): void {
  const target = window as unknown as XssTrapWindow & Record<string, unknown>;
  const fired: Array<number | string> = [];
  const record = (what: number | string) => {
    fired.push(what);
  };
  Object.defineProperty(target, "__xssFired", { value: fired });
  Object.defineProperty(target, "__xss", { value: record });
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    Object.defineProperty(target, name, {
      value: (message?: unknown) => record(`${name}(${String(message)})`),
    });
  }
  window.addEventListener("message", (event: MessageEvent<unknown>) => {
    if (typeof event.data === "string" && event.data.startsWith("__xss:")) record(event.data);
  });
}

/** What one message part showed: inert (unlinked) actions, link targets, image sources. */
export interface PartAudit {
  readonly inert: number;
  readonly links: readonly { readonly name: string; readonly href: string }[];
  readonly images: readonly string[];
}

/** What one message row showed. */
export interface RowAudit {
  readonly author: string;
  readonly text: string;
  readonly parts: readonly PartAudit[];
}

/** The whole widget, read at every scroll position of its (virtualized) log. */
export interface WidgetAudit {
  /** Unsafe markup seen anywhere in the widget at any position; empty when all is well. */
  readonly problems: readonly string[];
  /** Every message row rendered on the way, by `data-message-id`. */
  readonly rows: Readonly<Record<string, RowAudit>>;
  readonly steps: number;
}

/**
 * Run in the page on the widget's root (`locator.evaluate`; self-contained for that reason).
 * Scrolls the log from top to bottom, most of a viewport at a time, so the virtualized list renders
 * every row, and at each position waits for its images to load or fail (an `onerror` would have
 * fired) and checks the whole widget for script-capable elements, `on*` handlers, inline styles
 * that load or run anything, links other than http(s)/mailto/tel, images other than http(s) or
 * raster `data:`, and media other than http(s). Leaves the log at the bottom.
 */
export async function auditWidget(root: Element): Promise<WidgetAudit> {
  const forbidden = new Set([
    "script",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "meta",
    "link",
    "style",
    "template",
    "noscript",
    "portal",
    "math",
    "foreignobject",
    "animate",
    "set",
    "use",
    "image",
  ]);
  const dangerousAttributes = new Set([
    "srcdoc",
    "formaction",
    "action",
    "xlink:href",
    "srcset",
    "poster",
    "background",
  ]);
  const linkTarget = /^(?:https?:\/\/|mailto:|tel:)/i;
  const imageSource = /^(?:https?:\/\/|data:image\/(?:png|gif|jpeg|webp)[;,])/i;
  const streamSource = /^https?:\/\//i;
  const inlineStyleHazard = /url\(|expression\(|javascript:|behavior|binding|@import|image-set\(/i;
  const problems = new Set<string>();
  const nameOf = (element: Element) => `<${element.localName}>`;
  const check = () => {
    for (const element of [root, ...root.querySelectorAll("*")]) {
      const tag = element.localName.toLowerCase();
      if (forbidden.has(tag)) problems.add(`element ${nameOf(element)}`);
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value.slice(0, 160);
        if (name.startsWith("on") || dangerousAttributes.has(name))
          problems.add(`${nameOf(element)} ${name}="${value}"`);
        // The widget's own inline styles (the list's positions, the theme's custom properties)
        // are set through the CSSOM; none may load or run anything.
        if (name === "style" && inlineStyleHazard.test(attribute.value))
          problems.add(`${nameOf(element)} style="${value}"`);
        if (name === "href" && (tag !== "a" || !linkTarget.test(attribute.value)))
          problems.add(`${nameOf(element)} href="${value}"`);
        if (name === "src") {
          const allowed = tag === "img" ? imageSource : streamSource;
          if (!["img", "audio", "video"].includes(tag) || !allowed.test(attribute.value))
            problems.add(`${nameOf(element)} src="${value}"`);
        }
      }
      if (tag === "a" && element.getAttribute("target") === "_blank") {
        const rel = (element.getAttribute("rel") ?? "").split(/\s+/);
        if (!rel.includes("noopener") || !rel.includes("noreferrer"))
          problems.add(`${nameOf(element)} opens a tab with rel="${rel.join(" ")}"`);
      }
    }
  };
  const rows: Record<string, RowAudit> = {};
  const readRows = () => {
    for (const row of root.querySelectorAll<HTMLElement>("[data-message-id]")) {
      rows[row.dataset.messageId ?? ""] = {
        author: row.dataset.author ?? "",
        text: row.textContent ?? "",
        parts: [...row.querySelectorAll(".kc-part")].map((part) => ({
          inert: part.querySelectorAll(".kc-template-button--inert").length,
          links: [...part.querySelectorAll("a")].map((link) => ({
            name: (link.textContent ?? "").trim(),
            href: link.getAttribute("href") ?? "",
          })),
          images: [...part.querySelectorAll("img")].map((image) => image.getAttribute("src") ?? ""),
        })),
      };
    }
  };
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const settle = async () => {
    let previous = "";
    for (let frame = 0; frame < 120; frame += 1) {
      await nextFrame();
      const images = [...root.querySelectorAll("img")];
      const current = `${scroller?.scrollTop}|${root.querySelectorAll("[data-message-id]").length}`;
      if (current === previous && images.every((image) => image.complete)) return;
      previous = current;
    }
  };
  const scroller = root.querySelector<HTMLElement>('[role="log"]');
  if (scroller === null) problems.add("no log to read");
  let steps = 0;
  if (scroller !== null) scroller.scrollTop = 0;
  for (;;) {
    await settle();
    check();
    readRows();
    steps += 1;
    if (
      scroller === null ||
      scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1
    )
      break;
    const before = scroller.scrollTop;
    // Rows are rendered whole: every row is in view at one position or another.
    scroller.scrollTop = before + Math.max(1, Math.floor(scroller.clientHeight * 0.9));
    if (scroller.scrollTop <= before) break;
  }
  if (scroller !== null) scroller.scrollTop = scroller.scrollHeight;
  return { problems: [...problems], rows, steps };
}
