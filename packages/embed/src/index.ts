import { mount } from "./mount.js";

export type { LauncherLabels, MountOptions } from "./embed-options.js";
export { type KoreChatWidget, mount } from "./mount.js";

declare const __KORE_CHAT_VERSION__: string | undefined;

/** This build's package version. */
export const version: string =
  typeof __KORE_CHAT_VERSION__ === "string" ? __KORE_CHAT_VERSION__ : "0.0.0-dev";

/**
 * `mount` and `version` in one frozen object: what the script tag defines as the global
 * `window.KoreChat` (see `global.ts`), and this module's default export.
 *
 * @example
 * // in a bundler
 * import { mount } from "@kore-chat/embed";
 * const chat = mount({ apiHost: "https://bots.kore.ai", botInfo, jwtUrl: "/api/kore-jwt" });
 * chat.open();
 */
const KoreChat = Object.freeze({ mount, version });

export default KoreChat;
