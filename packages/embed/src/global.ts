import KoreChat from "./index.js";

/**
 * The script's entry (`dist/kore-chat.js`, an IIFE, the launcher): defines the one global,
 * `KoreChat`, frozen: `mount(options)` puts a widget on the page; `version` is this build's
 * package version. Set on `globalThis` explicitly (not as the IIFE's `var`), so it is the same
 * when a bundler imports the script through `dist/index.js`, where a top-level `var` would stay
 * inside the module.
 *
 * @example
 * <script src="/kore-chat.js"></script>
 * <script src="/my-chat.js"></script>  <!-- KoreChat.mount({ apiHost, botInfo, jwtUrl }) -->
 */
(globalThis as { KoreChat?: typeof KoreChat }).KoreChat = KoreChat;
