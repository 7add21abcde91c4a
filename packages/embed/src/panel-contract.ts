import type {
  ConnectionStatus,
  HeadStart,
  KoreClient,
  KoreClientOptions,
} from "@kore-chat/transport";
import type { LauncherState } from "./launcher-state.js";
import type { MountOptions } from "./mount-options.js";
import type { RememberedChat, SessionMemory } from "./session-memory.js";

/**
 * What the script (`kore-chat.js`, the launcher) hands the panel (`kore-chat-panel.js`, the
 * chat itself) when it has loaded: the checked options, where to draw, and the launcher's state,
 * which both share. The script owns the host element, the launcher and the panel's frame; the
 * panel owns the connection, the store and what is drawn inside the frame.
 */
export interface PanelContext {
  readonly options: MountOptions;
  /** The panel's frame in the shadow root: the panel renders into it. */
  readonly frame: HTMLElement;
  readonly launcher: LauncherState;
  /**
   * The locale's catalogue when the script loaded one (it holds English only); the panel checks
   * it is complete, else shows English.
   */
  readonly catalogue: object | undefined;
  readonly remembered: RememberedChat;
  readonly memory: SessionMemory | undefined;
  /** Hides the panel (the header's "Minimise chat"). */
  readonly onMinimize: () => void;
  /** Hides the panel after "Close chat" ended the conversation. */
  readonly onClosed: () => void;
  /** The chat has been drawn into the frame (in the task after `mountPanel` returned). */
  readonly onDrawn: () => void;
  /** The first render failed: the panel has undone itself; the script removes the widget. */
  readonly onFailed: (error: unknown) => void;
  /** The host's JWT, asked for while the panel was fetched: the first token request uses it. */
  readonly earlyJwt?: Promise<string> | undefined;
  /**
   * The connection's first grant, `rtm/start` and socket, made by the script while the panel was
   * fetched: the panel's client takes them over (its `fetch` and `WebSocket`).
   */
  readonly headStart?: HeadStart | undefined;
  /** The panel's connection status, for the host element's `data-connection`. */
  readonly onConnection?: ((status: ConnectionStatus) => void) | undefined;
  /** A test seam: the transport client (default `createKoreClient`). */
  readonly createClient?: ((options: KoreClientOptions) => KoreClient) | undefined;
}

/** The chat, once drawn: what the widget's handle calls after the panel has loaded. */
export interface PanelHandle {
  send(text: string): string;
  endConversation(): boolean;
  /** Moves focus to the message field (once drawn). */
  focusComposer(): void;
  unmount(): void;
}

/** What `kore-chat-panel.js` exports (and registers for the script, see `module-registry.ts`). */
export interface PanelModule {
  /** The build's version: the script refuses a panel of another build. */
  readonly version: string;
  /** The frame's looks and phone layout, added to the script's sheet (`panel/frame-css.ts`). */
  readonly frameCss: string;
  /**
   * Connects at once and draws the chat into `context.frame` in the next task, so the
   * connection's first requests go out before the render's work (`onDrawn`, or `onFailed`).
   */
  mountPanel(context: PanelContext): PanelHandle;
}
