import { mount } from "./mount.js";

export type { LauncherLabels, MountOptions } from "./embed-options.js";
export type { KoreChatWidget } from "./mount.js";

declare const __KORE_CHAT_VERSION__: string | undefined;

/**
 * The embed's one global, `window.KoreChat`, frozen: `mount(options)` puts a
 * widget on the page; `version` is this build's package version.
 *
 * @example
 * <script src="/kore-chat.js"></script>
 * <script src="/my-chat.js"></script>  <!-- KoreChat.mount({ apiHost, botInfo, jwtUrl }) -->
 */
const KoreChat = Object.freeze({
  mount,
  version: typeof __KORE_CHAT_VERSION__ === "string" ? __KORE_CHAT_VERSION__ : "0.0.0-dev",
});

export default KoreChat;
