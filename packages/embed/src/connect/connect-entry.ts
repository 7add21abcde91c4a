import { startHeadStart } from "@kore-chat/transport";
import { registerModule } from "../module-registry.js";
import { version } from "../version.js";

/**
 * The entry of `dist/kore-chat-connect.js` (an ES module of ~1 KB, fetched by `kore-chat.js`
 * together with the panel): the connection's first steps, so they run while the panel is still
 * downloading. Kept out of the script, whose every byte each page pays before any interaction.
 */
registerModule("connect", Object.freeze({ version, startHeadStart }));
