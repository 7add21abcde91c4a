import { directionOf } from "@kore-chat/react";
import type { KoreClient, KoreClientOptions } from "@kore-chat/transport";
import { createEarlyConnection } from "./early-connection.js";
import { drawLauncher } from "./launcher.js";
import { launcherCss } from "./launcher-css.js";
import { englishLauncherStrings, resolveLauncherLabels } from "./launcher-labels.js";
import { createLauncherState } from "./launcher-state.js";
import { catalogueToLoad, catalogueUrl, importCatalogue } from "./locales/separate-catalogues.js";
import {
  assetUrl,
  loadModuleScript,
  moduleFiles,
  preloadModule,
  whenIdleAfterLoad,
} from "./module-loader.js";
import { type ConnectModule, registeredModule } from "./module-registry.js";
import { type MountOptions, validateMountOptions } from "./mount-options.js";
import type { PanelHandle, PanelModule } from "./panel-contract.js";
import { createSessionMemory, pageSessionStorage } from "./session-memory.js";
import { version } from "./version.js";

/** One widget on the page, as `KoreChat.mount` returns it. */
export interface KoreChatWidget {
  /** Opens the panel and moves focus to the message field. */
  open(): void;
  /** Closes the panel; focus goes back to the launcher if it was in the panel. */
  close(): void;
  /**
   * Sends `text` as the user. Before the panel has loaded the message waits for it (and makes
   * it load), then goes out once; the message's key is returned once the panel is there,
   * `undefined` while the message waits.
   */
  send(text: string): string | undefined;
  /**
   * Ends the platform session (`/bot.closeConversationSession`): a line says so, the next
   * message starts a new session. False when not connected (nothing was sent).
   */
  endConversation(): boolean;
  /** Removes the widget and closes its connection. */
  unmount(): void;
}

/** Seams for tests; not part of the public `mount`. */
export interface MountDependencies {
  /** The panel: a module at hand (drawn at once) or how to fetch it (default: its script file). */
  readonly loadPanel?: (url: string) => PanelModule | Promise<PanelModule>;
  /** The panel's transport client (default: `createKoreClient`). */
  readonly createClient?: (options: KoreClientOptions) => KoreClient;
  /** Loads `kore-chat-connect.js` (default: its script file); with `createClient` it is not loaded. */
  readonly loadConnect?: (url: string) => Promise<ConnectModule>;
  /** Loads a separate catalogue (default: a dynamic `import()` of its file). */
  readonly loadCatalogue?: (url: string) => Promise<object>;
  /** Where the open state and draft are kept (default: the page's session storage). */
  readonly sessionStorage?: () => Storage | undefined;
  /** The longest the panel, once its file has arrived, waits for the head start (default 100 ms). */
  readonly panelWaitsForSocketMs?: number;
}

// Read while the script runs (later `currentScript` is another script or null): the panel and
// the catalogues are looked up next to it unless `assetsUrl` says where, and its nonce is the
// panel's unless `nonce` is given.
const script =
  typeof document !== "undefined" && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript
    : undefined;

let widgetCount = 0;

/**
 * Puts one widget on the page: a host element with an open shadow root (the page's styles stay
 * out, the widget's stay in) and a launcher button, drawn with the DOM alone. The chat itself
 * (`kore-chat-panel.js`: the UI runtime, the connection, the templates) is fetched when the
 * visitor shows intent (see `preload`); calls made before it arrives wait for it, in order.
 * Several widgets are independent.
 *
 * @example
 * const chat = KoreChat.mount({
 *   apiHost: "https://bots.kore.ai",
 *   botInfo: { chatBot: "My Bot", taskBotId: "st-…" },
 *   jwtUrl: "/api/kore-jwt",
 * });
 * chat.open();
 */
export function mount(options: MountOptions): KoreChatWidget {
  return mountWidget(options, {});
}

export function mountWidget(
  options: MountOptions,
  dependencies: MountDependencies,
): KoreChatWidget {
  validateMountOptions(options);
  // The script holds the launcher's English texts only: another language's catalogue is loaded
  // first, and the launcher drawn once it has arrived (or in English if it cannot be loaded).
  const catalogueTag = catalogueToLoad(options.locale);
  const assetsUrl = options.assetsUrl ?? script?.src;
  if (assetsUrl === undefined && (catalogueTag !== undefined || !dependencies.loadPanel)) {
    throw new TypeError(
      "KoreChat.mount: assetsUrl is required (the folder serving kore-chat.js, kore-chat-panel.js and locales/)",
    );
  }
  const memory =
    options.remember === false
      ? undefined
      : createSessionMemory(
          options.botInfo.taskBotId,
          dependencies.sessionStorage ?? pageSessionStorage,
        );
  const remembered = memory?.read() ?? {};
  const launcher = createLauncherState(remembered.open ?? options.open === true);
  widgetCount += 1;
  const panelId = `kore-chat-panel-${widgetCount}`;
  const inline = options.container !== undefined;

  const host = document.createElement("div");
  host.setAttribute("data-kore-chat-embed", "");
  host.setAttribute("data-placement", inline ? "inline" : "floating");
  if (options.colorScheme === "light" || options.colorScheme === "dark") {
    host.setAttribute("data-color-scheme", options.colorScheme);
  }

  let mounted = true;
  let panel: PanelHandle | undefined;
  const { integrity } = options;
  const integrityOf = (file: string) =>
    typeof integrity === "string"
      ? file === moduleFiles.panel
        ? integrity
        : undefined
      : integrity?.[file];
  const scriptOptions = (file: string) => ({
    nonce: options.nonce ?? (script?.nonce || undefined),
    integrity: integrityOf(file),
  });
  // The connection starts the moment the panel is asked for (not for a test's fake client).
  // Only a file the page can verify runs: with the panel's hash alone, the panel connects.
  const early = createEarlyConnection(
    options,
    host,
    assetUrl(moduleFiles.connect, assetsUrl ?? "./"),
    integrity !== undefined && integrityOf(moduleFiles.connect) === undefined
      ? undefined
      : scriptOptions(moduleFiles.connect),
    dependencies.loadConnect,
    () => !mounted || panel !== undefined,
  );
  const preload = options.preload ?? "intent";
  const panelAtOnce = inline || launcher.getSnapshot().open || preload === "eager";
  // A panel asked for at once: the JWT and the head start go out before the shadow root and
  // the launcher are built, so building them overlaps the network.
  if (panelAtOnce && dependencies.createClient === undefined) early.start();

  const shadow = host.attachShadow({ mode: "open" });
  // The frame's rules (a phone's full screen, the header buttons it hides) come after the chat's
  // own sheet, so they win where both say something: re-adopted last once the panel is drawn.
  const frameSheet = typeof CSSStyleSheet === "function" ? new CSSStyleSheet() : undefined;
  const adoptFrameSheetLast = () => {
    if (frameSheet === undefined || !("adoptedStyleSheets" in shadow)) return;
    shadow.adoptedStyleSheets = [
      ...shadow.adoptedStyleSheets.filter((sheet) => sheet !== frameSheet),
      frameSheet,
    ];
  };
  frameSheet?.replaceSync(launcherCss);
  adoptFrameSheetLast();
  const widget = document.createElement("div");
  widget.className = "kce-widget";
  const dir =
    options.dir ?? (options.locale === undefined ? undefined : directionOf(options.locale));
  if (dir !== undefined) widget.dir = dir;
  // The panel's frame, drawn into by the panel; it shows a busy state until then.
  const frame = document.createElement("div");
  frame.id = panelId;
  frame.className = "kce-panel";
  frame.setAttribute("aria-busy", "true");
  widget.append(frame);
  shadow.append(widget);
  (options.container ?? document.body).append(host);

  let loadStarted = false;
  let focusWhenDrawn = false;
  const waiting: Array<(panel: PanelHandle) => void> = [];
  const undo: Array<() => void> = [];

  const launcherButton = () => shadow.querySelector<HTMLElement>(".kce-launcher");
  const open = () => {
    if (!mounted) return;
    launcher.setOpen(true);
    if (panel === undefined) {
      focusWhenDrawn = true;
      loadPanel();
    } else panel.focusComposer();
  };
  const close = () => {
    if (!mounted) return;
    const focusInPanel = shadow.activeElement !== null && shadow.activeElement !== launcherButton();
    launcher.setOpen(false);
    if (focusInPanel) launcherButton()?.focus();
  };

  const followFrame = () => {
    const { open: isOpen, expanded } = launcher.getSnapshot();
    frame.hidden = !isOpen;
    frame.toggleAttribute("data-expanded", expanded);
  };
  followFrame();
  undo.push(launcher.subscribe(followFrame));
  let wasOpen = launcher.getSnapshot().open;
  undo.push(
    launcher.subscribe(() => {
      const isOpen = launcher.getSnapshot().open;
      if (isOpen !== wasOpen) memory?.write({ open: isOpen });
      wasOpen = isOpen;
    }),
  );
  // Escape is a shortcut; the launcher is the keyboard-reachable way to close.
  frame.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !event.defaultPrevented) close();
  });

  const teardown = () => {
    mounted = false;
    for (const step of undo.splice(0).reverse()) step();
    early.cancel();
    panel?.unmount();
    panel = undefined;
    host.remove();
  };

  let catalogue: object | undefined;
  const drawPanel = (module: PanelModule) => {
    if (!mounted || panel !== undefined) return;
    if (module.version !== version) {
      console.warn(`KoreChat: kore-chat.js ${version} runs a panel of ${module.version}`);
    }
    frameSheet?.replaceSync(launcherCss + module.frameCss);
    panel = module.mountPanel({
      options,
      frame,
      launcher,
      catalogue,
      remembered,
      memory,
      onMinimize: close,
      onClosed: close,
      createClient: dependencies.createClient,
      earlyJwt: early.jwt,
      headStart: early.headStart,
      onConnection: early.followPanel,
      onDrawn: adoptFrameSheetLast,
      onFailed: failWidget,
    });
    for (const call of waiting.splice(0)) call(panel);
    if (focusWhenDrawn && launcher.getSnapshot().open) panel.focusComposer();
  };
  // The panel could not start or draw: nothing of the widget stays on the page.
  const failWidget = (error: unknown) => {
    teardown();
    if (typeof reportError === "function") reportError(error);
    else console.error(error);
  };
  const failPanel = (error: unknown) => {
    loadStarted = false; // the next intent tries again
    console.error(error);
  };
  const loadPanel = () => {
    if (loadStarted || !mounted || !launcherDrawn) return;
    loadStarted = true;
    if (dependencies.createClient === undefined) early.start();
    const drawOrFail = (module: PanelModule) => {
      try {
        drawPanel(module);
      } catch (error) {
        failWidget(error);
      }
    };
    const url = assetUrl(moduleFiles.panel, assetsUrl ?? "./");
    const runPanel = () => {
      const loaded = dependencies.loadPanel
        ? dependencies.loadPanel(url)
        : loadModuleScript("panel", url, scriptOptions(moduleFiles.panel));
      if ("mountPanel" in loaded) drawOrFail(loaded);
      else loaded.then(drawOrFail, failPanel);
    };
    const headStartSettled = early.settled;
    if (headStartSettled === undefined || registeredModule("panel")) return runPanel();
    // The panel's file is fetched now, but run once the head start's socket is open (or it gave
    // up): its parsing and first render would otherwise hold the protocol's answers on the main
    // thread. At the latest a moment after the file arrived, so a slow platform never keeps the
    // chat from being drawn.
    const arrived = (
      dependencies.loadPanel
        ? Promise.resolve()
        : preloadModule(url, scriptOptions(moduleFiles.panel))
    ).then(
      () =>
        new Promise((resolve) => setTimeout(resolve, dependencies.panelWaitsForSocketMs ?? 100)),
    );
    void Promise.race([headStartSettled, arrived]).then(runPanel);
  };

  let launcherDrawn = false;
  const drawLauncherAndPreload = () => {
    if (!mounted) return;
    const labels = resolveLauncherLabels(options, catalogue);
    const view = drawLauncher(widget, launcher, labels, panelId, () =>
      launcher.getSnapshot().open ? close() : open(),
    );
    launcherDrawn = true;
    undo.push(view.stop);
    for (const intent of ["pointerenter", "focus", "touchstart"]) {
      view.button.addEventListener(intent, loadPanel, { once: true, passive: true });
    }
    if (panelAtOnce || launcher.getSnapshot().open || waiting.length > 0) {
      loadPanel();
    } else if (preload === "idle") undo.push(whenIdleAfterLoad(loadPanel));
  };

  if (catalogueTag === undefined || assetsUrl === undefined) drawLauncherAndPreload();
  else {
    const url = catalogueUrl(catalogueTag, assetsUrl);
    (dependencies.loadCatalogue ?? ((at) => importCatalogue(at, englishLauncherStrings)))(url)
      .catch((error: unknown) => {
        console.warn(
          `KoreChat: the "${catalogueTag}" catalogue (${url}) did not load; showing English`,
          error,
        );
        return undefined;
      })
      .then((loaded) => {
        catalogue = loaded;
        drawLauncherAndPreload();
      });
  }

  // Calls that need the panel wait for it, in order, and make it load.
  const withPanel = (call: (panel: PanelHandle) => void) => {
    if (panel !== undefined) call(panel);
    else {
      waiting.push(call);
      loadPanel();
    }
  };

  return Object.freeze({
    open,
    close,
    send(text: string) {
      if (!mounted) throw new Error("KoreChat: send() after unmount()");
      if (typeof text !== "string" || text.trim() === "")
        throw new TypeError("KoreChat: send(text) needs a non-empty string");
      let key: string | undefined;
      withPanel((ready) => {
        key = ready.send(text);
      });
      return key;
    },
    endConversation() {
      if (!mounted) throw new Error("KoreChat: endConversation() after unmount()");
      return panel?.endConversation() ?? false;
    },
    unmount() {
      if (mounted) teardown();
    },
  });
}
