import type { ChatMessage, ChatStore } from "@kore-chat/store";
import type {
  BotInfo,
  ConnectionStatus,
  KoreClientOptions,
  KoreTransportError,
} from "@kore-chat/transport";
import type { QueryClient } from "@tanstack/react-query";
import type { KoreChatStrings } from "../i18n/strings.js";
import type { TemplateRegistry } from "../templates/template-types.js";

/**
 * How the widget reaches the platform: the options of `createKoreClient`, and where history
 * pages are cached.
 *
 * When a connection is made: `apiHost`, `botInfo` and `paths` (compared by value, so inline
 * objects are fine) and `queryClient` (by identity); a change of one of them closes the
 * connection and makes a new one. `getJWT`, `jwtUrl` and `jwtRequestBody` are read each time
 * a JWT is needed, so a new function or URL serves the next JWT without reconnecting. The
 * other client options (`WebSocket`, `fetch`, timeouts, `logger`, …) are read when a
 * connection is made; give the widget a new `key` to apply a change of them (or to switch
 * users) at once.
 */
export type KoreChatConnection = KoreClientOptions & {
  /**
   * The QueryClient that caches history pages. Default: the one of a `QueryClientProvider`
   * above the widget, else one of the widget's own.
   */
  readonly queryClient?: QueryClient;
};

/** Theme tokens, written as the CSS custom properties of the same name (`accent` → `--kc-accent`). */
export interface KoreChatTheme {
  readonly accent?: string | undefined;
  /** Text on the accent (`--kc-accent-text`). */
  readonly accentText?: string | undefined;
  readonly background?: string | undefined;
  /** Header, chips and cards (`--kc-surface`). */
  readonly surface?: string | undefined;
  readonly text?: string | undefined;
  readonly userBubble?: string | undefined;
  readonly userBubbleText?: string | undefined;
  readonly botBubble?: string | undefined;
  readonly botBubbleText?: string | undefined;
  readonly radius?: string | undefined;
  readonly font?: string | undefined;
}

/** The welcome screen shown before the first message: starters send `payload`, showing `title`. */
export interface KoreChatWelcome {
  readonly title?: string | undefined;
  readonly subtitle?: string | undefined;
  readonly starters?: readonly { readonly title: string; readonly payload: string }[] | undefined;
}

/** What the widget draws with (everything but the connection or store). */
export interface KoreChatUiProps {
  /** Shown in the header. */
  readonly title?: string;
  /**
   * BCP 47 tag of the widget's language (`"de"`, `"ar-EG"`): picks the built-in
   * texts (`en`, `de`, `ar`; `de-AT` → `de`, unknown → `en`), sets `lang` and,
   * unless `dir` is given, the direction (`"rtl"` for Arabic, Hebrew, Persian, Urdu).
   */
  readonly locale?: string;
  /** Texts that override the locale's (`{ send: "Envoyer" }`). */
  readonly strings?: Partial<KoreChatStrings>;
  readonly theme?: KoreChatTheme;
  /** Light or dark; `"auto"` (the default) follows the visitor's `prefers-color-scheme`. */
  readonly colorScheme?: "light" | "dark" | "auto";
  /** Your renderers by `template_type`; they override the built-in ones. */
  readonly templates?: TemplateRegistry;
  readonly dir?: "ltr" | "rtl" | "auto";
  /** Every message added to the conversation (live, not from history). */
  readonly onMessage?: (message: ChatMessage) => void;
  readonly onConnectionChange?: (status: ConnectionStatus) => void;
  readonly onError?: (error: KoreTransportError) => void;
  /**
   * Whether users can attach files (the "Attach a file" button, dropping and pasting files).
   * Default true; what they may attach is the connection's `attachments` option.
   */
  readonly allowAttachments?: boolean;
  /**
   * Header buttons, each shown when its callback is given: "Minimise chat", "Close chat", and
   * "Larger window" (a toggle, pressed while `expanded`). The host lays the widget out. "Close
   * chat" ends the platform session (`/bot.closeConversationSession`) itself, then calls
   * `onClose` for the host to hide the widget.
   */
  readonly onMinimize?: () => void;
  readonly onClose?: () => void;
  readonly expanded?: boolean;
  readonly onExpandedChange?: (expanded: boolean) => void;
  /** The bot's picture in the header (http(s) or a data: image). */
  readonly avatar?: string;
  /** The message field's text when the widget is drawn (an unsent draft kept by the host). */
  readonly initialDraft?: string;
  /** Every change of the message field's text, to keep the draft (a send empties it). */
  readonly onDraftChange?: (draft: string) => void;
  /** Nonce for the `<style>` fallback where constructable stylesheets are unavailable. */
  readonly styleNonce?: string;
  readonly className?: string;
  /**
   * Applies the look the bot's builder chose in the platform (PROTOCOL.md §11), fetched once
   * the socket is open: colours, light or dark, the bot's picture, the title and the welcome
   * screen. The host's `theme`, `colorScheme`, `title`, `avatar` and `welcome` win. Default false.
   */
  readonly brandFromPlatform?: boolean;
  /**
   * A welcome screen (heading, sub-title, starter buttons) shown while the conversation has no
   * message; over the platform's one. `false`: none, not even the platform's.
   */
  readonly welcome?: KoreChatWelcome | false;
  /**
   * The header's "Message sound" toggle, starting on (`true`) or off (`false`): a short tone when
   * a bot or agent message arrives while the widget is hidden or the tab is in the background.
   * Omitted: no toggle and no sound.
   */
  readonly sound?: boolean;
  /** Every flip of the sound toggle, to remember the visitor's choice. */
  readonly onSoundChange?: (on: boolean) => void;
}

/**
 * Either connection options (the widget creates and owns its client and
 * store) or a `store` you created (you own it; the embed does this).
 */
export type KoreChatProps = KoreChatUiProps &
  (
    | (KoreChatConnection & { readonly store?: never })
    | {
        readonly store: ChatStore;
        readonly apiHost?: never;
        readonly botInfo?: BotInfo;
        readonly queryClient?: never;
      }
  );

// Every UI prop once, and nothing else: the compiler rejects a missing or unknown key, so a new
// UI prop cannot be forgotten here and handed to `createKoreClient` as a connection option.
const uiProps: Record<keyof KoreChatUiProps, true> = {
  title: true,
  locale: true,
  strings: true,
  theme: true,
  colorScheme: true,
  templates: true,
  dir: true,
  onMessage: true,
  onConnectionChange: true,
  onError: true,
  styleNonce: true,
  className: true,
  allowAttachments: true,
  onMinimize: true,
  onClose: true,
  expanded: true,
  onExpandedChange: true,
  avatar: true,
  initialDraft: true,
  onDraftChange: true,
  brandFromPlatform: true,
  welcome: true,
  sound: true,
  onSoundChange: true,
};

/**
 * The names of `KoreChatUiProps`: the one list that tells UI props from connection options.
 *
 * @example
 * koreChatUiPropNames.includes("title"); // true; "apiHost" is a connection option
 */
export const koreChatUiPropNames: readonly (keyof KoreChatUiProps)[] = Object.freeze(
  Object.keys(uiProps) as (keyof KoreChatUiProps)[],
);

/** Whether `name` is a `<KoreChat/>` UI prop (and not a connection option). */
export function isUiPropName(name: string): name is keyof KoreChatUiProps {
  return Object.hasOwn(uiProps, name);
}

/**
 * The `<KoreChat/>` UI props found in `options` (e.g. `KoreChat.mount`'s), undefined ones left out.
 *
 * @example
 * <KoreChat store={store} {...pickUiProps(mountOptions)} />
 */
export function pickUiProps(options: object): KoreChatUiProps {
  const picked: Record<string, unknown> = {};
  for (const name of koreChatUiPropNames) {
    const value = (options as Record<string, unknown>)[name];
    if (value !== undefined) picked[name] = value;
  }
  return picked as KoreChatUiProps;
}
