/**
 * Measurements run inside the bench page after `mountWidget` (see page-probe.ts: these
 * functions are sent as source text and may only use the page's globals).
 */

export interface BurstResult {
  /** From the first frame of the burst arriving to the last turn in the store (onMessage). */
  readonly allInMs: number;
  /** …to the last turn's row in the DOM. */
  readonly lastRowMs: number;
  /** …to the frame after it (drawn). */
  readonly drawnMs: number;
  readonly framesReceivedMs: number;
  readonly longestTaskMs: number;
  readonly longTasks: number;
  readonly longestFrameGapMs: number;
  readonly animationFrames: number;
  readonly rowsMounted: number;
}

/**
 * Starts counting live bot turns; `probe.pending` resolves once `count` of them are in the
 * widget and the last one is drawn. Call before the simulator pushes.
 */
export function armBurst(count: number): void {
  const probe = window.__kcBench;
  const shadow = probe.shadow;
  if (shadow === undefined) throw new Error("mount the widget first");
  let firstFrameAt: number | undefined;
  let lastFrameAt = 0;
  let seen = 0;
  let ticking = true;
  let animationFrames = 0;
  let longestFrameGapMs = 0;
  let previousTick = performance.now();
  const tick = () => {
    const now = performance.now();
    if (firstFrameAt !== undefined) {
      animationFrames += 1;
      longestFrameGapMs = Math.max(longestFrameGapMs, now - previousTick);
    }
    previousTick = now;
    if (ticking) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  probe.onFrame = (_data, at) => {
    firstFrameAt ??= at;
    lastFrameAt = at;
  };
  probe.pending = new Promise<BurstResult>((resolve, reject) => {
    probe.onMessage = (message) => {
      if (message.author !== "bot" || !message.live) return;
      seen += 1;
      if (seen < count) return;
      probe.onMessage = undefined;
      const allInAt = performance.now();
      const selector = `[data-message-id="${CSS.escape(message.key)}"]`;
      probe
        .waitFor(shadow, () => shadow.querySelector(selector) !== null)
        .then(async (lastRowAt) => {
          const drawnAt = await probe.nextPaint();
          ticking = false;
          probe.onFrame = undefined;
          // Long task entries are delivered a little later.
          await new Promise((wait) => setTimeout(wait, 300));
          const start = firstFrameAt ?? allInAt;
          const tasks = probe.longTasks.filter(
            (task) => task.start + task.duration >= start && task.start <= drawnAt,
          );
          resolve({
            allInMs: allInAt - start,
            lastRowMs: lastRowAt - start,
            drawnMs: drawnAt - start,
            framesReceivedMs: lastFrameAt - start,
            longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
            longTasks: tasks.length,
            longestFrameGapMs,
            animationFrames,
            rowsMounted: shadow.querySelectorAll("[data-message-id]").length,
          });
        }, reject);
    };
  });
}

/** Waits for what `armBurst` (or another action) left in `probe.pending`. */
export function collectPending(): Promise<unknown> {
  const { pending } = window.__kcBench;
  window.__kcBench.pending = undefined;
  if (pending === undefined) throw new Error("nothing was started");
  return pending;
}

/**
 * Presses "Load earlier messages" until it is gone; returns pages and time taken. A press is
 * done when the list grew (its scroll height) and the button is back or gone: the loading
 * state itself may never be drawn, as changes within one frame are drawn together.
 */
export async function loadAllEarlier(): Promise<{ pages: number; ms: number }> {
  const probe = window.__kcBench;
  const shadow = probe.shadow;
  const log = shadow?.querySelector<HTMLElement>('[role="log"]');
  if (shadow === undefined || log === null || log === undefined) throw new Error("mount first");
  const button = () => shadow.querySelector<HTMLButtonElement>(".kc-load-earlier");
  const settled = () => {
    const current = button();
    return current === null || !current.disabled;
  };
  const started = performance.now();
  let pages = 0;
  await probe.waitFor(shadow, settled);
  for (let current = button(); current !== null; current = button()) {
    const height = log.scrollHeight;
    current.click();
    pages += 1;
    await probe.waitFor(shadow, () => log.scrollHeight > height || button() === null, 30_000);
    await probe.waitFor(shadow, settled, 30_000);
  }
  await probe.nextPaint();
  return { pages, ms: performance.now() - started };
}

/** Rows of the list in the DOM, and elements in the whole widget. */
export function countRows(): { rows: number; elements: number } {
  const { shadow } = window.__kcBench;
  if (shadow === undefined) throw new Error("mount the widget first");
  return {
    rows: shadow.querySelectorAll("[data-message-id]").length,
    elements: shadow.querySelectorAll("*").length,
  };
}

/**
 * Scrolls the log from the bottom to the top a viewport at a time, one step per animation
 * frame, as a user flicking up would (the method of bench/long-list.ts).
 */
export async function scrollToTop(): Promise<{
  ms: number;
  steps: number;
  longestFrameMs: number;
  rowsAtTop: number;
  firstKey: string;
}> {
  const { shadow } = window.__kcBench;
  if (shadow === undefined) throw new Error("mount the widget first");
  const log = shadow.querySelector<HTMLElement>('[role="log"]');
  if (log === null) throw new Error("no log");
  log.scrollTop = log.scrollHeight;
  await window.__kcBench.nextPaint();
  const started = performance.now();
  let previous = started;
  let longestFrameMs = 0;
  let steps = 0;
  while (log.scrollTop > 0 && steps < 50_000) {
    log.scrollTop = Math.max(0, log.scrollTop - log.clientHeight);
    steps += 1;
    const now = await new Promise<number>((resolve) =>
      requestAnimationFrame(() => resolve(performance.now())),
    );
    longestFrameMs = Math.max(longestFrameMs, now - previous);
    previous = now;
  }
  await window.__kcBench.nextPaint();
  const ms = performance.now() - started;
  const rows = shadow.querySelectorAll("[data-message-id]");
  return {
    ms,
    steps,
    longestFrameMs,
    rowsAtTop: rows.length,
    firstKey: rows[0]?.getAttribute("data-message-id") ?? "",
  };
}

/** Sends `text` and times its ack at the socket, its `data-status="delivered"`, and the frame after. */
export async function sendAndWaitDelivered(
  text: string,
): Promise<{ key: string; ackMs: number; deliveredMs: number; drawnMs: number }> {
  const probe = window.__kcBench;
  const { shadow } = window.__kcBench;
  if (shadow === undefined) throw new Error("mount the widget first");
  const widget = probe.widget;
  if (widget === undefined) throw new Error("mount the widget first");
  let ackAt = Number.NaN;
  let key = "";
  probe.onFrame = (data, at) => {
    if (typeof data === "string" && data.includes('"ack"') && data.includes(`"replyto":${key}`)) {
      ackAt = at;
    }
  };
  const started = performance.now();
  key = widget.send(text);
  const selector = `[data-message-id="${CSS.escape(key)}"][data-status="delivered"]`;
  const deliveredAt = await probe.waitFor(shadow, () => shadow.querySelector(selector) !== null);
  const drawnAt = await probe.nextPaint();
  probe.onFrame = undefined;
  return {
    key,
    ackMs: ackAt - started,
    deliveredMs: deliveredAt - started,
    drawnMs: drawnAt - started,
  };
}
