import { registerPanel } from "../panel-registry.js";
import { version } from "../version.js";
import { mountPanel } from "./mount-panel.js";

/**
 * The entry of `dist/kore-chat-panel.js` (an ES module, fetched by `kore-chat.js` when the
 * visitor shows intent): puts `mountPanel` where the script finds it.
 */
registerPanel(Object.freeze({ version, mountPanel }));
