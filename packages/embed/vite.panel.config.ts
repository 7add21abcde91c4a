import { defineConfig } from "vite";
import { richTemplatesOnDemand } from "./scripts/bundle-plugins.js";
import { embedFileBuild, sharedBuild } from "./vite.config.js";

// The panel, `dist/kore-chat-panel.js`: an ES module (entry `src/panel/panel-entry.ts`) that the
// script fetches on intent, with `@kore-chat/react` rendered by Preact's React-compatible runtime.
// Its templates beyond the everyday ones are chunks of their own (`dist/chunks/`), imported the
// first time a message needs one.
export default defineConfig({
  define: sharedBuild.define,
  resolve: sharedBuild.resolve,
  // Drawn without a fetch: the templates nearly every bot sends.
  plugins: [...sharedBuild.plugins, richTemplatesOnDemand(["button", "quick_replies"])],
  build: embedFileBuild(
    { entry: "src/panel/panel-entry.ts", fileName: "kore-chat-panel.js", format: "es" },
    {
      // The entry exports nothing (it registers itself), so the code the on-demand chunk shares
      // with it can stay inside it: one file to fetch, not a file and then its common chunk.
      preserveEntrySignatures: false,
      output: {
        chunkFileNames: ({ name }) =>
          name.includes("rich-templates")
            ? "chunks/rich-templates-[hash].js"
            : "chunks/[name]-[hash].js",
      },
    },
  ),
});
