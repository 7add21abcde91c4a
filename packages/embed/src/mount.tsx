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
}

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
  const client = dependencies.createClient(options);
  const store = createChatStore({ client });
  const launcher = createLauncherState(options.open === true);
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

  const open = () => {
    if (!mounted) return;
    flushSync(() => launcher.setOpen(true));
    shadow.getElementById(panelId)?.querySelector<HTMLElement>(".kc-composer-field")?.focus();
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
  const root = createRoot(shadow, {
    onUncaughtError(error) {
      if (rendering) renderFailure = { error };
      else if (typeof reportError === "function") reportError(error);
      else console.error(error);
    },
  });
  // Everything mount made, undone in reverse: by unmount(), or at once if the first render fails.
  const teardown = () => {
    mounted = false;
    stopCountingUnread();
    root.unmount();
    store.destroy();
    client.close();
    host.remove();
  };
  try {
    // Synchronous, so the widget is on the page when `mount` returns.
    flushSync(() =>
      root.render(
        <EmbedWidget
          store={store}
          chat={pickChatOptions(options)}
          launcher={launcher}
          labels={resolveLauncherLabels(options)}
          panelId={panelId}
          onToggle={() => (launcher.getSnapshot().open ? close() : open())}
          onClose={close}
        />,
      ),
    );
  } catch (error) {
    renderFailure = { error };
  }
  rendering = false;
  if (renderFailure !== undefined) {
    teardown();
    throw renderFailure.error;
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
