/**
 * What runs inside the bench page. Functions here are handed to Playwright
 * (`addInitScript`, `evaluate`), which sends their source text: they must not use
 * anything from outside their own body except the page's globals below.
 */

/** The part of `KoreChat.mount`'s options the bench passes. */
export interface BenchMountOptions {
  readonly apiHost: string;
  readonly botInfo: { readonly chatBot: string; readonly taskBotId: string };
  readonly jwtUrl: string;
  readonly jwtRequestBody: { readonly identity: string };
  readonly open: boolean;
  readonly title: string;
  readonly onMessage: (message: BenchMessage) => void;
}

/** A message as `onMessage` reports it (the fields the bench reads). */
export interface BenchMessage {
  readonly key: string;
  readonly author: string;
  readonly live: boolean;
}

/** What `KoreChat.mount` returns. */
export interface BenchWidget {
  open(): void;
  close(): void;
  send(text: string): string;
  unmount(): void;
}

/** Recorded in the page from before the embed script runs. */
export interface PageProbe {
  readonly sockets: Array<{ url: string; createdAt: number; openAt: number | undefined }>;
  /** `longtask` entries (main-thread tasks over 50 ms), buffered from page start. */
  readonly longTasks: Array<{ start: number; duration: number }>;
  /** `layout-shift` entries, buffered from page start. */
  readonly layoutShifts: Array<{
    start: number;
    value: number;
    hadRecentInput: boolean;
    /** The shifted elements, as `tag.class`. */
    sources: string[];
  }>;
  /** Frames received on any socket. */
  frames: number;
  onFrame: ((data: unknown, at: number) => void) | undefined;
  onMessage: ((message: BenchMessage) => void) | undefined;
  widget: BenchWidget | undefined;
  shadow: ShadowRoot | undefined;
  /** A measurement started by one `evaluate` and collected by the next. */
  pending: Promise<unknown> | undefined;
  /** Resolves with `performance.now()` at the first DOM change under `root` after which `ready()` holds. */
  waitFor(root: Node, ready: () => boolean, timeoutMs?: number): Promise<number>;
  /**
   * Resolves once what is in the DOM now has been drawn: after this frame when called during
   * a frame's animation callbacks (a change made there is painted in that frame), else after
   * the next frame.
   */
  nextPaint(): Promise<number>;
}

declare global {
  interface Window {
    __kcBench: PageProbe;
    KoreChat: { mount(options: BenchMountOptions): BenchWidget };
  }
}

/**
 * Init script: wraps `WebSocket` to time sockets and frames, wraps `requestAnimationFrame` to
 * know when a frame is being drawn, and observes long tasks.
 */
export function installPageProbe(): void {
  const Native = window.WebSocket;
  // Whether the page is inside a frame's rendering step (its animation callbacks and after).
  let inFrame = false;
  const nativeFrame = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    nativeFrame((time) => {
      if (!inFrame) {
        inFrame = true;
        // The first task after the frame has been painted.
        setTimeout(() => {
          inFrame = false;
        }, 0);
      }
      callback(time);
    });
  const probe: PageProbe = {
    sockets: [],
    longTasks: [],
    layoutShifts: [],
    frames: 0,
    onFrame: undefined,
    onMessage: undefined,
    widget: undefined,
    shadow: undefined,
    pending: undefined,
    waitFor(root, ready, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        if (ready()) {
          resolve(performance.now());
          return;
        }
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          const at = performance.now();
          observer.disconnect();
          clearTimeout(timer);
          resolve(at);
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`waitFor timed out after ${timeoutMs} ms`));
        }, timeoutMs);
        observer.observe(root, { subtree: true, childList: true, attributes: true });
      });
    },
    nextPaint() {
      return new Promise((resolve) => {
        const afterPaint = () => setTimeout(() => resolve(performance.now()), 0);
        if (inFrame) afterPaint();
        else nativeFrame(afterPaint);
      });
    },
  };
  class ProbedWebSocket extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      const record = {
        url: String(url),
        createdAt: performance.now(),
        openAt: undefined as number | undefined,
      };
      probe.sockets.push(record);
      this.addEventListener("open", () => {
        record.openAt = performance.now();
      });
      this.addEventListener("message", (event) => {
        const at = performance.now();
        probe.frames += 1;
        probe.onFrame?.(event.data, at);
      });
    }
  }
  window.WebSocket = ProbedWebSocket;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // LayoutShift is not in TypeScript's DOM library.
      const shift = entry as PerformanceEntry & {
        value?: number;
        hadRecentInput?: boolean;
        sources?: Array<{ node?: Node | null }>;
      };
      probe.layoutShifts.push({
        start: entry.startTime,
        value: shift.value ?? 0,
        hadRecentInput: shift.hadRecentInput === true,
        sources: (shift.sources ?? []).map(({ node }) =>
          node instanceof Element
            ? `${node.localName}${node.classList.length > 0 ? `.${[...node.classList].join(".")}` : ""}${node.hasAttribute("data-kore-chat-embed") ? "[data-kore-chat-embed]" : ""}`
            : String(node?.nodeName ?? "?"),
        ),
      });
    }
  }).observe({ type: "layout-shift", buffered: true });
  window.__kcBench = probe;
}

/** Timings of one mount, in ms from the call to `KoreChat.mount()`. */
export interface MountTimings {
  readonly mountCallMs: number;
  /** The panel's composer in the DOM (the panel fetched, run and drawn). */
  readonly panelMs: number;
  /**
   * `data-connection="open"`: on the widget's host element (the script sets it in the task the
   * socket opens) or, for a build without it, on the drawn chat, whichever comes first.
   */
  readonly openMs: number;
  /** The drawn chat (`.kc-root`) says `data-connection="open"`. */
  readonly chatOpenMs: number;
  readonly firstRowMs: number;
  readonly firstRowDrawnMs: number;
  readonly requests: Record<string, { start: number; end: number } | undefined>;
  readonly socket: { created: number; open: number } | undefined;
}

/**
 * Mounts the widget with `open: true` (which makes the script fetch the panel at once, as a
 * page that opens the chat itself would) and waits for `data-connection="open"` and the first
 * row drawn.
 */
export async function mountWidget(config: {
  apiHost: string;
  botInfo: { chatBot: string; taskBotId: string };
  identity: string;
}): Promise<MountTimings> {
  const probe = window.__kcBench;
  performance.mark("kc-mount");
  const started = performance.now();
  const widget = window.KoreChat.mount({
    apiHost: config.apiHost,
    botInfo: config.botInfo,
    jwtUrl: "/api/jwt",
    jwtRequestBody: { identity: config.identity },
    open: true,
    title: "Bench",
    onMessage: (message) => probe.onMessage?.(message),
  });
  const returned = performance.now();
  const hosts = document.querySelectorAll("[data-kore-chat-embed]");
  const shadow = hosts[hosts.length - 1]?.shadowRoot;
  if (shadow === null || shadow === undefined) throw new Error("no shadow root after mount");
  probe.widget = widget;
  probe.shadow = shadow;
  const host = hosts[hosts.length - 1] as HTMLElement;
  const [panelAt, hostOpenAt, chatOpenAt, firstRowAt] = await Promise.all([
    probe.waitFor(shadow, () => shadow.querySelector(".kc-composer-field") !== null),
    // A build from before the host element carried it never says so there: the chat's wins.
    probe
      .waitFor(host, () => host.getAttribute("data-connection") === "open", 20_000)
      .catch(() => Number.POSITIVE_INFINITY),
    probe.waitFor(shadow, () => shadow.querySelector('.kc-root[data-connection="open"]') !== null),
    probe.waitFor(shadow, () => shadow.querySelector("[data-message-id]") !== null),
  ]);
  const openAt = Math.min(hostOpenAt, chatOpenAt);
  const drawnAt = await probe.nextPaint();
  const requests: MountTimings["requests"] = {};
  const names: Record<string, RegExp> = {
    "GET kore-chat-panel.js": /\/kore-chat-panel\.js$/,
    "GET kore-chat-connect.js": /\/kore-chat-connect\.js$/,
    "POST /api/jwt (host)": /\/api\/jwt$/,
    "POST jwtgrant": /jwtgrant/,
    "POST rtm/start": /rtm\/start/,
    "GET history": /botmessages/,
  };
  for (const entry of performance.getEntriesByType("resource") as PerformanceResourceTiming[]) {
    if (entry.startTime < started) continue;
    for (const [name, pattern] of Object.entries(names)) {
      if (pattern.test(entry.name) && requests[name] === undefined) {
        requests[name] = { start: entry.startTime - started, end: entry.responseEnd - started };
      }
    }
  }
  const socket = probe.sockets.find((candidate) => candidate.createdAt >= started);
  return {
    mountCallMs: returned - started,
    panelMs: panelAt - started,
    openMs: openAt - started,
    chatOpenMs: chatOpenAt - started,
    firstRowMs: firstRowAt - started,
    firstRowDrawnMs: drawnAt - started,
    requests,
    socket:
      socket === undefined
        ? undefined
        : { created: socket.createdAt - started, open: (socket.openAt ?? Number.NaN) - started },
  };
}
