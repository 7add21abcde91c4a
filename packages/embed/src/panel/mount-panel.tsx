import { englishStrings, type KoreChatStrings, pickUiProps } from "@kore-chat/react";
import { createChatStore, createNewMessageWatcher } from "@kore-chat/store";
import { createKoreClient, fetchJwt, type KoreClientOptions } from "@kore-chat/transport";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { checkCatalogue } from "../locales/separate-catalogues.js";
import type { MountOptions } from "../mount-options.js";
import type { PanelContext, PanelHandle } from "../panel-contract.js";
import { EmbedPanel } from "./embed-panel.js";
import { followPhoneLayout } from "./phone-layout.js";

/**
 * Connects, then draws the chat into the script's frame: a client and a store of its own, the
 * connection started at once, and `<KoreChat/>` rendered in the next task (synchronously there),
 * in the catalogue the script loaded, so the token requests go out before the render's work
 * and overlap it. Live bot and agent messages that arrive while the panel is closed count on
 * the launcher. A first render that fails undoes everything and says so through `onFailed`.
 */
export function mountPanel(context: PanelContext): PanelHandle {
  const { options, frame, launcher, memory } = context;
  const { headStart } = context;
  const clientOptions =
    context.earlyJwt === undefined ? options : withFirstJwt(options, context.earlyJwt);
  const client = (context.createClient ?? createKoreClient)(
    headStart === undefined
      ? clientOptions
      : { ...clientOptions, fetch: headStart.fetch, WebSocket: headStart.WebSocket },
  );
  const store = createChatStore({ client });
  // A floating widget fills a phone's screen while open, above the on-screen keyboard.
  const host = (frame.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
  const stopPhoneLayout =
    options.container === undefined && host !== undefined
      ? followPhoneLayout(host, launcher)
      : undefined;
  const stopReportingConnection = store.subscribe((state, previous) => {
    if (state.connection !== previous.connection) context.onConnection?.(state.connection);
  });

  // Unread: bot and agent messages seen live while the panel is closed (not history pages).
  const newLiveMessages = createNewMessageWatcher(store.getState().messages);
  const stopCountingUnread = store.subscribe((state) => {
    const arrived = newLiveMessages(state.messages).filter(
      (message) => message.author === "bot" || message.author === "agent",
    ).length;
    if (arrived > 0) launcher.addUnread(arrived);
  });

  // React 19 reports an error of the first render instead of throwing it from flushSync (Preact
  // throws): caught either way, it undoes the mount. Later errors are reported as React would.
  let rendering = true;
  let renderFailure: { readonly error: unknown } | undefined;
  const root = createRoot(frame, {
    onUncaughtError(error) {
      if (rendering) renderFailure = { error };
      else if (typeof reportError === "function") reportError(error);
      else console.error(error);
    },
  });
  let mounted = true;
  let drawTimer: ReturnType<typeof setTimeout> | undefined;
  const unmount = () => {
    if (!mounted) return;
    mounted = false;
    clearTimeout(drawTimer);
    stopCountingUnread();
    stopReportingConnection();
    stopPhoneLayout?.();
    root.unmount();
    store.destroy();
    client.close();
  };

  // The token requests go out in this task; the first render waits for the next one.
  store.actions.connect();
  const catalogue = completeCatalogue(context.catalogue);
  const strings = catalogue === undefined ? options.strings : { ...catalogue, ...options.strings };
  // The platform's branding is on by default in the embed (a host opts out with false).
  const shown: MountOptions = {
    ...options,
    brandFromPlatform: options.brandFromPlatform ?? true,
    // The header's Message sound toggle is always there, off until the visitor turns it on
    // (`sound: true` starts it on); their choice follows them across the site's pages.
    sound: context.remembered.sound ?? options.sound ?? false,
    onSoundChange: (on: boolean) => {
      memory?.write({ sound: on });
      options.onSoundChange?.(on);
    },
    ...(strings === undefined ? {} : { strings }),
  };
  let drawn = false;
  let focusWhenDrawn = false;
  const focusComposer = () => frame.querySelector<HTMLElement>(".kc-composer-field")?.focus();
  const draw = () => {
    drawTimer = undefined;
    frame.replaceChildren();
    frame.removeAttribute("aria-busy");
    try {
      flushSync(() =>
        root.render(
          <EmbedPanel
            store={store}
            chat={pickUiProps(shown)}
            launcher={launcher}
            onMinimize={context.onMinimize}
            onClosed={context.onClosed}
            initialDraft={context.remembered.draft}
            onDraftChange={memory === undefined ? undefined : (draft) => memory.write({ draft })}
          />,
        ),
      );
    } catch (error) {
      renderFailure = { error };
    }
    rendering = false;
    if (renderFailure !== undefined) {
      unmount();
      context.onFailed(renderFailure.error);
      return;
    }
    drawn = true;
    context.onDrawn();
    if (focusWhenDrawn) focusComposer();
  };
  drawTimer = setTimeout(draw, 0);

  return {
    send: (text) => store.actions.send(text),
    endConversation: () => store.actions.endConversation(),
    focusComposer: () => {
      if (drawn) focusComposer();
      else focusWhenDrawn = true;
    },
    unmount,
  };
}

/** The script's catalogue when it has every text of the English one; else English, with a warning. */
function completeCatalogue(catalogue: object | undefined): KoreChatStrings | undefined {
  if (catalogue === undefined) return undefined;
  try {
    return checkCatalogue(catalogue, englishStrings, "this locale");
  } catch (error) {
    console.warn("KoreChat: showing English", error);
    return undefined;
  }
}

/**
 * `options` whose first JWT is `first` (asked for by the script while the panel was fetched);
 * every later one (a refresh, a retry after `first` failed) comes from the host as configured.
 */
export function withFirstJwt(options: MountOptions, first: Promise<string>): KoreClientOptions {
  let pending: Promise<string> | undefined = first;
  let fromHost: () => Promise<string>;
  let rest: Omit<MountOptions, "getJWT" | "jwtUrl" | "jwtRequestBody">;
  if (options.getJWT !== undefined) {
    const { getJWT, ...others } = options;
    fromHost = getJWT;
    rest = others;
  } else {
    const { jwtUrl, jwtRequestBody = {}, ...others } = options;
    fromHost = () => fetchJwt(options.fetch ?? fetch, jwtUrl, jwtRequestBody);
    rest = others;
  }
  return {
    ...rest,
    getJWT: () => {
      const jwt = pending ?? fromHost();
      pending = undefined;
      return jwt;
    },
  };
}
