import KoreChat from "./index.js";

/**
 * The script tag's entry (`dist/kore-chat.js`, an IIFE): its default export becomes the one
 * global, `window.KoreChat`, frozen: `mount(options)` puts a widget on the page; `version` is
 * this build's package version.
 *
 * @example
 * <script src="/kore-chat.js"></script>
 * <script src="/my-chat.js"></script>  <!-- KoreChat.mount({ apiHost, botInfo, jwtUrl }) -->
 */
export default KoreChat;
