import { KoreChat } from "@kore-chat/react";
import type { ChatStore } from "@kore-chat/store";
import { useSyncExternalStore } from "react";
import type { LauncherState } from "../launcher-state.js";
import type { EmbedChatOptions } from "../mount-options.js";

export interface EmbedPanelProps {
  readonly store: ChatStore;
  readonly chat: EmbedChatOptions;
  readonly launcher: LauncherState;
  /** Hides the panel (the header's "Minimise chat"). */
  readonly onMinimize: () => void;
  /** After "Close chat" ended the conversation (`<KoreChat/>` does): hides the panel. */
  readonly onClosed: () => void;
  readonly initialDraft?: string | undefined;
  readonly onDraftChange?: ((draft: string) => void) | undefined;
}

/**
 * What the panel draws inside the script's frame: `<KoreChat/>` with the header's window
 * buttons wired to the launcher's state (the frame itself, the launcher and Escape belong to
 * the script).
 */
export function EmbedPanel({
  store,
  chat,
  launcher,
  onMinimize,
  onClosed,
  initialDraft,
  onDraftChange,
}: EmbedPanelProps) {
  const { expanded } = useSyncExternalStore(launcher.subscribe, launcher.getSnapshot);
  return (
    <KoreChat
      store={store}
      onMinimize={onMinimize}
      onClose={onClosed}
      expanded={expanded}
      onExpandedChange={launcher.setExpanded}
      {...(initialDraft === undefined ? {} : { initialDraft })}
      {...(onDraftChange === undefined ? {} : { onDraftChange })}
      {...chat}
    />
  );
}
