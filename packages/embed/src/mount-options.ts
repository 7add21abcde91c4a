import type { KoreChatUiProps } from "@kore-chat/react";
import type { KoreClientOptions } from "@kore-chat/transport";

/**
 * Texts of the launcher button. They come from the catalogue of `locale`
 * (with `strings` over it: `openChat`, `minimizeChat`, `unreadMessages`);
 * `launcherLabels` overrides them again.
 */
export interface LauncherLabels {
  readonly open: string;
  readonly close: string;
  /** The launcher's description while messages arrived with the panel closed. */
  readonly unread: (count: number) => string;
}

/**
 * When the script fetches the rest of the widget (the panel): on the first sign the visitor
 * wants it (`"intent"`: pointer over, focus on or a click of the launcher), when the browser is
 * idle after the page has loaded (`"idle"`), or at once (`"eager"`). `open: true`, an inline
 * `container`, a panel left open on the previous page, `open()` and `send()` load it at once.
 */
export type PanelPreload = "intent" | "idle" | "eager";

/**
 * The `<KoreChat/>` options the embed passes through unchanged (all but the connection). Named
 * by the UI props alone, so the published `.d.ts` of `mount` needs no store or query types.
 */
export type EmbedChatOptions = KoreChatUiProps;

/** What only the embed knows: where the widget goes and its launcher. */
export interface EmbedPlacementOptions {
  /** Renders the widget inside this element instead of floating over the page. */
  readonly container?: Element;
  /**
   * Opens the panel at once. Where the visitor opened or closed it earlier in the tab, on any
   * page of the site, that wins (see `remember`).
   */
  readonly open?: boolean;
  /**
   * Keeps the panel's open state and the unsent draft in session storage (per bot), so they
   * survive a reload and the site's other pages. Default true.
   */
  readonly remember?: boolean;
  readonly launcherLabels?: Partial<LauncherLabels>;
  /**
   * Where the script's other files are served (the folder of `kore-chat.js`, holding
   * `locales/<tag>.js`). Default: the folder the script was loaded from.
   */
  readonly assetsUrl?: string;
  /** When to fetch the panel (default `"intent"`). */
  readonly preload?: PanelPreload;
  /**
   * The nonce of a strict Content-Security-Policy, given to the panel's script element. Default:
   * the nonce of the `kore-chat.js` script element itself.
   */
  readonly nonce?: string;
  /**
   * Subresource Integrity: the panel's hash (`"sha384-…"`), or the object the build writes to
   * `dist/integrity.json` (every file's hash by name), and the browser refuses a file that does
   * not match. The script tag's own `integrity` attribute covers `kore-chat.js`. With the panel's
   * hash alone `kore-chat-connect.js` is not loaded (nothing unverified runs): the panel then
   * makes the connection's first requests itself, once it has loaded.
   */
  readonly integrity?: string | Readonly<Record<string, string>>;
}

/**
 * Options of `KoreChat.mount`: the connection (`createKoreClient`'s), the
 * `<KoreChat/>` options, and where to put the widget.
 */
export type MountOptions = KoreClientOptions & EmbedChatOptions & EmbedPlacementOptions;

const fail = (message: string): never => {
  throw new TypeError(`KoreChat.mount: ${message}`);
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

const nonEmptyString = (value: unknown): value is string =>
  typeof value === "string" && value.trim() !== "";

/**
 * Checks what a plain-JS host page passes (no compiler there), naming the
 * bad option, before anything touches the page.
 */
export function validateMountOptions(options: unknown): asserts options is MountOptions {
  if (!isRecord(options)) fail("expected an options object, e.g. { apiHost, botInfo, jwtUrl }");
  const candidate = options as Record<string, unknown>;
  if (!nonEmptyString(candidate.apiHost))
    fail('apiHost is required: the platform origin, e.g. "https://bots.kore.ai"');
  if (!/^https?:\/\//i.test(candidate.apiHost as string))
    fail(`apiHost must be an http(s) origin, got "${String(candidate.apiHost)}"`);
  const botInfo = candidate.botInfo;
  if (!isRecord(botInfo)) fail('botInfo is required: { chatBot: "My Bot", taskBotId: "st-…" }');
  const bot = botInfo as Record<string, unknown>;
  if (!nonEmptyString(bot.chatBot)) fail("botInfo.chatBot is required (the bot's name)");
  if (!nonEmptyString(bot.taskBotId)) fail('botInfo.taskBotId is required (the bot id, "st-…")');
  const hasGetJwt = candidate.getJWT !== undefined;
  const hasJwtUrl = candidate.jwtUrl !== undefined;
  if (!hasGetJwt && !hasJwtUrl)
    fail("a JWT source is required: getJWT (() => Promise<string>) or jwtUrl (POST → { jwt })");
  if (hasGetJwt && hasJwtUrl) fail("pass either getJWT or jwtUrl, not both");
  if (hasGetJwt && typeof candidate.getJWT !== "function")
    fail("getJWT must be a function returning a Promise of the JWT");
  if (hasJwtUrl && !nonEmptyString(candidate.jwtUrl)) fail("jwtUrl must be a non-empty string");
  for (const name of ["customData", "metaTags"] as const) {
    const value = bot[name];
    if (value !== undefined && (!isRecord(value) || Array.isArray(value)))
      fail(`botInfo.${name} must be an object`);
  }
  if (candidate.secureRtm !== undefined && typeof candidate.secureRtm !== "boolean")
    fail("secureRtm must be true or false");
  const modes = ["Start_New", "Start_New_Resume_Agent", "Reconnect"];
  if (candidate.connectionMode !== undefined && !modes.includes(String(candidate.connectionMode)))
    fail(`connectionMode must be one of ${modes.join(", ")}`);
  for (const name of [
    "allowAttachments",
    "remember",
    "open",
    "brandFromPlatform",
    "sound",
  ] as const) {
    if (candidate[name] !== undefined && typeof candidate[name] !== "boolean")
      fail(`${name} must be true or false`);
  }
  const rules = candidate.attachments;
  if (rules !== undefined) {
    if (!isRecord(rules) || Array.isArray(rules))
      fail("attachments must be an object: { maxFileBytes, maxFiles, allowedExtensions }");
    const { maxFileBytes, maxFiles, allowedExtensions } = rules as Record<string, unknown>;
    const positive = (value: unknown) => typeof value === "number" && value > 0;
    if (maxFileBytes !== undefined && !positive(maxFileBytes))
      fail("attachments.maxFileBytes must be a number of bytes above 0");
    if (maxFiles !== undefined && !(positive(maxFiles) && Number.isInteger(maxFiles)))
      fail("attachments.maxFiles must be a whole number above 0");
    if (
      allowedExtensions !== undefined &&
      !(Array.isArray(allowedExtensions) && allowedExtensions.every(nonEmptyString))
    )
      fail('attachments.allowedExtensions must be a list of extensions, e.g. ["pdf", "png"]');
  }
  if (candidate.locale !== undefined && !nonEmptyString(candidate.locale))
    fail('locale must be a BCP 47 language tag, e.g. "de" or "ar-EG"');
  if (
    candidate.preload !== undefined &&
    !["intent", "idle", "eager"].includes(String(candidate.preload))
  )
    fail('preload must be "intent", "idle" or "eager"');
  if (candidate.nonce !== undefined && !nonEmptyString(candidate.nonce))
    fail("nonce must be a non-empty string");
  const integrity = candidate.integrity;
  if (
    integrity !== undefined &&
    !nonEmptyString(integrity) &&
    !(isRecord(integrity) && Object.values(integrity).every(nonEmptyString))
  )
    fail('integrity must be the panel\'s "sha384-…" hash or the object of dist/integrity.json');
  if (candidate.assetsUrl !== undefined && !nonEmptyString(candidate.assetsUrl))
    fail('assetsUrl must be the URL of the folder holding kore-chat.js, e.g. "/static/kore-chat/"');
  const container = candidate.container;
  if (container !== undefined && !(isRecord(container) && container.nodeType === 1))
    fail("container must be a DOM element");
}
