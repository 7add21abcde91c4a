import { mount } from "./mount.js";
import { version } from "./version.js";

export { type KoreChatWidget, mount } from "./mount.js";
export type {
  LauncherLabels,
  MountOptions,
  PanelPreload,
} from "./mount-options.js";
export { version };

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
