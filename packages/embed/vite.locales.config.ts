import { defineConfig } from "vite";
import { separateCatalogueTags } from "./src/locales/separate-catalogue-tags.js";
import { sharedBuild } from "./vite.config.js";

// The catalogues the script loads on demand: `dist/locales/<tag>.js`, one small ES module each
// (`export default` the catalogue), built after `vite.config.ts` into the same `dist/`.
export default defineConfig({
  define: sharedBuild.define,
  build: {
    outDir: "dist",
    emptyOutDir: false,
    minify: "terser",
    target: "es2022",
    lib: {
      entry: Object.fromEntries(separateCatalogueTags.map((tag) => [tag, `src/locales/${tag}.ts`])),
      formats: ["es"],
      fileName: (_format, name) => `locales/${name}.js`,
    },
    rollupOptions: { onwarn: sharedBuild.onwarn },
  },
});
