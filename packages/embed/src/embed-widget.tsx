import { directionOf, KoreChat, useAdoptedStylesheet } from "@kore-chat/react";
import type { ChatStore } from "@kore-chat/store";
import { type KeyboardEvent, useRef, useSyncExternalStore } from "react";
import type { EmbedChatOptions, LauncherLabels } from "./embed-options.js";
import { Launcher } from "./launcher.js";
import { launcherCss } from "./launcher-css.js";
import type { LauncherState } from "./launcher-state.js";

export interface EmbedWidgetProps {
  readonly store: ChatStore;
  readonly chat: EmbedChatOptions;
  readonly launcher: LauncherState;
  readonly labels: LauncherLabels;
  readonly panelId: string;
  readonly onToggle: () => void;
  /** Hides the panel (launcher, "Minimise chat", Escape). */
  readonly onClose: () => void;
  /** "Close chat": ends the conversation and hides the panel. */
  readonly onEnd: () => void;
  readonly initialDraft?: string | undefined;
  readonly onDraftChange?: ((draft: string) => void) | undefined;
}

/** The launcher and the panel around `<KoreChat/>`; the panel stays mounted while closed. */
export function EmbedWidget({
  store,
  chat,
  launcher,
  labels,
  panelId,
  onToggle,
  onClose,
  onEnd,
  initialDraft,
  onDraftChange,
}: EmbedWidgetProps) {
  const { open, unread, expanded } = useSyncExternalStore(launcher.subscribe, launcher.getSnapshot);
  const root = useRef<HTMLDivElement>(null);
  // The launcher sits at the inline end: the page's bottom-left corner for a right-to-left locale.
  const dir = chat.dir ?? (chat.locale === undefined ? undefined : directionOf(chat.locale));
  useAdoptedStylesheet(root, launcherCss, chat.styleNonce);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape" && !event.defaultPrevented) onClose();
  };

  return (
    <div ref={root} className="kce-widget" dir={dir}>
      {/* Escape is a shortcut; the launcher is the keyboard-reachable way to close. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: see above */}
      <div
        id={panelId}
        className="kce-panel"
        hidden={!open}
        data-expanded={expanded ? "" : undefined}
        onKeyDown={onKeyDown}
      >
        <KoreChat
          store={store}
          onMinimize={onClose}
          onClose={onEnd}
          expanded={expanded}
          onExpandedChange={launcher.setExpanded}
          {...(initialDraft === undefined ? {} : { initialDraft })}
          {...(onDraftChange === undefined ? {} : { onDraftChange })}
          {...chat}
        />
      </div>
      <Launcher open={open} unread={unread} panelId={panelId} labels={labels} onToggle={onToggle} />
    </div>
  );
}
