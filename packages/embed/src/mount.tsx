import { englishStrings, type KoreChatStrings } from "@kore-chat/react";
import { createChatStore, createNewMessageWatcher } from "@kore-chat/store";
import { createKoreClient, type KoreClient, type KoreClientOptions } from "@kore-chat/transport";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import {
  type MountOptions,
  pickChatOptions,
  resolveLauncherLabels,
  validateMountOptions,
} from "./embed-options.js";
import { EmbedWidget } from "./embed-widget.js";
import { createLauncherState } from "./launcher-state.js";
import { catalogueToLoad, catalogueUrl, importCatalogue } from "./locales/separate-catalogues.js";
import { followPhoneLayout } from "./phone-layout.js";
import { createSessionMemory, pageSessionStorage, type SessionMemory } from "./session-memory.js";

/** One widget on the page, as `KoreChat.mount` returns it. */
export interface KoreChatWidget {
  /** Opens the panel and moves focus to the message field. */
  open(): void;
  /** Closes the panel; focus goes back to the launcher if it was in the panel. */
  close(): void;
  /** Sends `text` as the user; returns the message's key. */
  send(text: string): string;
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
  readonly createClient: (options: KoreClientOptions) => KoreClient;
  /** The catalogues built into this bundle (default: all of `@kore-chat/react`'s). */
  readonly bundledCatalogues?: Readonly<Record<string, KoreChatStrings>>;
  /** Loads a separate catalogue (default: a dynamic `import()` of its file). */
  readonly loadCatalogue?: (url: string) => Promise<KoreChatStrings>;
  /** Where the open state and draft are kept (default: the page's session storage). */
  readonly sessionStorage?: () => Storage | undefined;
}

// Where the script was loaded from, read while it runs (later `currentScript` is another
// script or null): separate catalogues are looked up next to it unless `assetsUrl` says where.
const scriptUrl =
  typeof document !== "undefined" && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : undefined;

let widgetCount = 0;

/**
 * Puts one widget on the page: a host element with an open shadow root (the
 * page's styles stay out, the widget's stay in), a launcher button, and
 * `<KoreChat/>` on a store of its own. Several widgets are independent.
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
  return mountWidget(options, { createClient: createKoreClient });
}

export function mountWidget(
  options: MountOptions,
  dependencies: MountDependencies,
): KoreChatWidget {
  validateMountOptions(options);
  // A separate catalogue to load first (the script holds English only): the widget is drawn
  // once it has arrived, in its language, or in English if it cannot be loaded.
  const catalogueTag = catalogueToLoad(options.locale, dependencies.bundledCatalogues);
  const assetsUrl = options.assetsUrl ?? scriptUrl;
  if (catalogueTag !== undefined && assetsUrl === undefined) {
    throw new TypeError(
      `KoreChat.mount: assetsUrl is required to load the "${catalogueTag}" catalogue (where kore-chat.js and its locales/ folder are served)`,
    );
  }
  const client = dependencies.createClient(options);
  const store = createChatStore({ client });
  const memory: SessionMemory | undefined =
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

  const host = document.createElement("div");
  host.setAttribute("data-kore-chat-embed", "");
  host.setAttribute("data-placement", options.container === undefined ? "floating" : "inline");
  if (options.colorScheme === "light" || options.colorScheme === "dark") {
    host.setAttribute("data-color-scheme", options.colorScheme); // the launcher follows it too
  }
  const shadow = host.attachShadow({ mode: "open" });
  (options.container ?? document.body).append(host);
  // `data-open` lets the stylesheet fill a phone's screen while open; the page stays put behind.
  const stopPhoneLayout =
    options.container === undefined ? followPhoneLayout(host, launcher) : () => {};
  let wasOpen = launcher.getSnapshot().open;
  const stopRemembering = launcher.subscribe(() => {
    const { open } = launcher.getSnapshot();
    if (open === wasOpen) return;
    wasOpen = open;
    memory?.write({ open });
  });

  // Unread: bot and agent messages seen live while the panel is closed (not history pages).
  const newLiveMessages = createNewMessageWatcher(store.getState().messages);
  const stopCountingUnread = store.subscribe((state) => {
    const arrived = newLiveMessages(state.messages).filter(
      (message) => message.author === "bot" || message.author === "agent",
    ).length;
    if (arrived > 0) launcher.addUnread(arrived);
  });

  const launcherButton = () => shadow.querySelector<HTMLElement>(".kce-launcher");
  let mounted = true;

  let openedBeforeRender = false;
  const focusComposer = () =>
    shadow.getElementById(panelId)?.querySelector<HTMLElement>(".kc-composer-field")?.focus();
  const open = () => {
    if (!mounted) return;
    flushSync(() => launcher.setOpen(true));
    if (rendering) openedBeforeRender = true;
    else focusComposer();
  };
  const close = () => {
    if (!mounted) return;
    const focusInPanel = shadow.activeElement !== null && shadow.activeElement !== launcherButton();
    flushSync(() => launcher.setOpen(false));
    if (focusInPanel) launcherButton()?.focus();
  };

  // React 19 reports an error of the first render instead of throwing it from flushSync (Preact
  // throws): caught either way, it undoes the mount. Later errors are reported as React would.
  let rendering = true;
  let renderFailure: { readonly error: unknown } | undefined;
  const reportFailure = (error: unknown) => {
    if (typeof reportError === "function") reportError(error);
    else console.error(error);
  };
  const root = createRoot(shadow, {
    onUncaughtError(error) {
      if (rendering) renderFailure = { error };
      else reportFailure(error);
    },
  });
  // Everything mount made, undone in reverse: by unmount(), or at once if the first render fails.
  const teardown = () => {
    mounted = false;
    stopCountingUnread();
    stopRemembering();
    stopPhoneLayout();
    root.unmount();
    store.destroy();
    client.close();
    host.remove();
  };
  const renderWidget = (catalogue: KoreChatStrings | undefined) => {
    const strings =
      catalogue === undefined ? options.strings : { ...catalogue, ...options.strings };
    const drawn: MountOptions = strings === undefined ? options : { ...options, strings };
    flushSync(() =>
      root.render(
        <EmbedWidget
          store={store}
          chat={pickChatOptions(drawn)}
          launcher={launcher}
          labels={resolveLauncherLabels(drawn)}
          panelId={panelId}
          onToggle={() => (launcher.getSnapshot().open ? close() : open())}
          onClose={close}
          onEnd={() => {
            store.actions.endConversation();
            close();
          }}
          initialDraft={remembered.draft}
          onDraftChange={memory === undefined ? undefined : (draft) => memory.write({ draft })}
        />,
      ),
    );
  };
  if (catalogueTag === undefined || assetsUrl === undefined) {
    try {
      // Synchronous, so the widget is on the page when `mount` returns.
      renderWidget(undefined);
    } catch (error) {
      renderFailure = { error };
    }
    rendering = false;
    if (renderFailure !== undefined) {
      teardown();
      throw renderFailure.error;
    }
  } else {
    const url = catalogueUrl(catalogueTag, assetsUrl);
    const load =
      dependencies.loadCatalogue ?? ((at: string) => importCatalogue(at, englishStrings));
    load(url)
      .catch((error: unknown) => {
        console.warn(
          `KoreChat: the "${catalogueTag}" catalogue (${url}) did not load; showing English`,
          error,
        );
        return undefined;
      })
      .then((catalogue) => {
        if (!mounted) return;
        try {
          renderWidget(catalogue);
        } catch (error) {
          renderFailure = { error };
        }
        rendering = false;
        if (renderFailure !== undefined) {
          teardown();
          reportFailure(renderFailure.error);
          return;
        }
        // open() before the panel was drawn could not move focus: it does now.
        if (launcher.getSnapshot().open && openedBeforeRender) focusComposer();
      });
  }
  store.actions.connect();

  return Object.freeze({
    open,
    close,
    send(text: string) {
      if (!mounted) throw new Error("KoreChat: send() after unmount()");
      if (typeof text !== "string" || text.trim() === "")
        throw new TypeError("KoreChat: send(text) needs a non-empty string");
      return store.actions.send(text);
    },
    endConversation() {
      if (!mounted) throw new Error("KoreChat: endConversation() after unmount()");
      return store.actions.endConversation();
    },
    unmount() {
      if (mounted) teardown();
    },
  });
}
