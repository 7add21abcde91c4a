import { registerModule } from "../module-registry.js";
import { version } from "../version.js";
import { frameCss } from "./frame-css.js";
import { mountPanel } from "./mount-panel.js";

/**
 * The entry of `dist/kore-chat-panel.js` (an ES module, fetched by `kore-chat.js` when the
 * visitor shows intent): puts `mountPanel` and the frame's styles where the script finds them.
 */
registerModule("panel", Object.freeze({ version, frameCss, mountPanel }));
