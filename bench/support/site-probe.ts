/**
 * Measurements run inside a host page (a site page with the widget, the same page without it,
 * or the official SDK's host page) with the probe installed (see page-probe.ts: these
 * functions are sent as source text and may only use the page's globals).
 */

/** What the page did on its own, before any interaction. */
export interface BeforeInteraction {
  readonly longTasks: ReadonlyArray<{ start: number; duration: number }>;
  /** Layout shifts without recent input: what CLS adds up. */
  readonly layoutShift: number;
  readonly layoutShifts: number;
  /** Sockets the page opened (a widget that connects before it is used). */
  readonly sockets: number;
}

/** The probe's long tasks, layout shifts and sockets so far. */
export function readBeforeInteraction(): BeforeInteraction {
  const probe = window.__kcBench;
  const shifts = probe.layoutShifts.filter((shift) => !shift.hadRecentInput);
  return {
    longTasks: [...probe.longTasks],
    layoutShift: shifts.reduce((sum, shift) => sum + shift.value, 0),
    layoutShifts: shifts.length,
    sockets: probe.sockets.length,
  };
}

/** From the launcher's click (the event's time) to the chat open. */
export interface OpenTiming {
  /** The pointer's arrival on the launcher (which starts the panel's fetch) before the click. */
  readonly hoverBeforeClickMs: number;
  /** Click → the message field visible, and then drawn (the frame after). */
  readonly visibleMs: number;
  readonly drawnMs: number;
  /** Click → the platform socket open (negative: it was open before the click). */
  readonly socketOpenMs: number;
  /** Layout-shift entries in the 1.5 s after the click: all of them (most have recent input). */
  readonly layoutShiftAfterClick: number;
  /** …and those without recent input (over 500 ms after it), which CLS counts. */
  readonly clsAfterClick: number;
  /** What moved after the click, by element (`tag.class`), summed. */
  readonly shiftedAfterClick: Record<string, number>;
}

/**
 * Arms the timing of the next click: `kind` says where the message field is (kore-chat's
 * shadow root, or the official SDK's `.chatInputBox`). Leaves the result in `probe.pending`.
 */
export function armOpenTiming(kind: "kore-chat" | "official-sdk"): void {
  const probe = window.__kcBench;
  const host = document.querySelector("[data-kore-chat-embed]");
  const root: ParentNode | undefined =
    kind === "kore-chat" ? (host?.shadowRoot ?? undefined) : document;
  if (root === undefined) throw new Error("no widget on the page");
  const field = () =>
    root.querySelector<HTMLElement>(kind === "kore-chat" ? ".kc-composer-field" : ".chatInputBox");
  const visible = () => field()?.checkVisibility({ checkOpacity: true }) === true;
  // A DOM change inside the root, or a 4 ms poll, whichever sees the condition first; NaN after 30 s.
  const when = (ready: () => boolean) =>
    new Promise<number>((resolve) => {
      if (ready()) {
        resolve(performance.now());
        return;
      }
      const giveUpAt = performance.now() + 30_000;
      let done = false;
      const finish = () => {
        if (done) return;
        const timedOut = performance.now() > giveUpAt;
        if (!timedOut && !ready()) return;
        done = true;
        observer.disconnect();
        resolve(timedOut ? Number.NaN : performance.now());
      };
      const observer = new MutationObserver(finish);
      observer.observe(root, { subtree: true, childList: true, attributes: true });
      const poll = () => {
        finish();
        if (!done) setTimeout(poll, 4);
      };
      poll();
    });
  let hoverAt: number | undefined;
  window.addEventListener(
    "pointerover",
    (event) => {
      hoverAt ??= event.timeStamp;
    },
    { capture: true },
  );
  probe.pending = new Promise<OpenTiming>((resolve, reject) => {
    window.addEventListener(
      "click",
      (event) => {
        const clickAt = event.timeStamp;
        const socketOpen = () => probe.sockets.some((socket) => socket.openAt !== undefined);
        Promise.all([when(visible), when(socketOpen)])
          .then(async ([visibleAt]) => {
            const drawnAt = await probe.nextPaint();
            await new Promise((wait) => setTimeout(wait, Math.max(0, clickAt + 1_500 - drawnAt)));
            const openAt = Math.min(
              ...probe.sockets.map((socket) => socket.openAt ?? Number.POSITIVE_INFINITY),
            );
            resolve({
              hoverBeforeClickMs: clickAt - (hoverAt ?? clickAt),
              visibleMs: visibleAt - clickAt,
              drawnMs: drawnAt - clickAt,
              socketOpenMs: openAt - clickAt,
              layoutShiftAfterClick: probe.layoutShifts
                .filter((shift) => shift.start >= clickAt)
                .reduce((sum, shift) => sum + shift.value, 0),
              shiftedAfterClick: Object.fromEntries(
                probe.layoutShifts
                  .filter((shift) => shift.start >= clickAt)
                  .flatMap((shift) =>
                    shift.sources.map((source) => [source, shift.value] as const),
                  ),
              ),
              clsAfterClick: probe.layoutShifts
                .filter((shift) => shift.start >= clickAt && !shift.hadRecentInput)
                .reduce((sum, shift) => sum + shift.value, 0),
            });
          })
          .catch(reject);
      },
      { capture: true, once: true },
    );
  });
}

/** The four requests a widget needs before it can chat, timed from a page script with no widget. */
export interface BareProtocolTiming {
  readonly jwtMs: number;
  readonly grantMs: number;
  readonly rtmStartMs: number;
  readonly socketOpenMs: number;
}

/**
 * The connection with no widget: the host's `POST /api/jwt`, `POST jwtgrant`, `POST rtm/start`
 * and the socket's opening, one after the other, with the headers and subprotocols the
 * transport sends (PROTOCOL.md §§ 2, 3, 7), so the browser makes the same preflights.
 */
export async function bareProtocol(config: {
  apiHost: string;
  botInfo: { chatBot: string; taskBotId: string };
  identity: string;
}): Promise<BareProtocolTiming> {
  const json = async (url: string, init: RequestInit): Promise<Record<string, unknown>> => {
    const response = await fetch(url, init);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const headers = { "content-type": "application/json", accept: "application/json" };
  const started = performance.now();
  const { jwt } = await json("/api/jwt", {
    method: "POST",
    headers,
    body: JSON.stringify({ identity: config.identity }),
  });
  const jwtAt = performance.now();
  const grant = await json(`${config.apiHost}/api/1.1/oAuth/token/jwtgrant`, {
    method: "POST",
    headers,
    body: JSON.stringify({ assertion: jwt, botInfo: config.botInfo }),
  });
  const grantAt = performance.now();
  const authorization = grant.authorization as { accessToken?: unknown } | undefined;
  const rtm = await json(`${config.apiHost}/api/1.1/rtm/start`, {
    method: "POST",
    headers: {
      ...headers,
      authorization: `bearer ${String(authorization?.accessToken)}`,
      "x-rtm-v": "1",
    },
    body: JSON.stringify({ botInfo: config.botInfo }),
  });
  const rtmAt = performance.now();
  const nonce = rtm.nonce;
  const protocols =
    typeof nonce === "string" && nonce !== ""
      ? ["x-rtm-v|1", `jwt|${String(jwt)}`, `nonce|${nonce}`]
      : undefined;
  const socket = new WebSocket(String(rtm.url), protocols);
  await new Promise((resolve, reject) => {
    socket.addEventListener("open", resolve, { once: true });
    socket.addEventListener("error", () => reject(new Error("the socket did not open")), {
      once: true,
    });
  });
  const openAt = performance.now();
  socket.close();
  return {
    jwtMs: jwtAt - started,
    grantMs: grantAt - started,
    rtmStartMs: rtmAt - started,
    socketOpenMs: openAt - started,
  };
}
