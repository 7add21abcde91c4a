import { defineConfig } from "vite";
import { embedFileBuild, sharedBuild } from "./vite.config.js";

// The connection's head start, `dist/kore-chat-connect.js`: an ES module of about 1 KB (entry
// `src/connect/connect-entry.ts`) that the script fetches together with the panel, so the grant,
// `rtm/start` and the socket run while the panel downloads. Built on its own: the panel keeps
// its own copy of the few lines both use, and neither waits for a shared chunk.
export default defineConfig({
  define: sharedBuild.define,
  build: embedFileBuild({
    entry: "src/connect/connect-entry.ts",
    fileName: "kore-chat-connect.js",
    format: "es",
  }),
});
