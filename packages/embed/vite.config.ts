import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { defineConfig } from "vite";

const { version } = JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8")) as {
  version: string;
};
const resolveHere = createRequire(import.meta.url).resolve;

/**
 * The embed renders the same `@kore-chat/react` components with Preact's React-compatible
 * runtime instead of React DOM: ~4 KB gzipped against ~64 KB, which is what lets every template
 * fit the script's budget. React apps that import `@kore-chat/react` keep using their own React;
 * only this one self-contained script swaps the runtime. The aliases resolve to absolute paths
 * so the workspace packages (which do not depend on Preact) get the same single copy.
 */
export const preactAliases = [
  { find: /^react-dom\/client$/, replacement: resolveHere("preact/compat/client") },
  { find: /^react-dom$/, replacement: resolveHere("preact/compat") },
  { find: /^react\/jsx-runtime$/, replacement: resolveHere("preact/jsx-runtime") },
  { find: /^react\/jsx-dev-runtime$/, replacement: resolveHere("preact/jsx-dev-runtime") },
  { find: /^react$/, replacement: resolveHere("preact/compat") },
];

// One self-contained IIFE, `dist/kore-chat.js` (entry `src/global.ts`, which sets the frozen
// `KoreChat` global); size-checked by `scripts/check-size.mjs`. Bundlers import `dist/index.js`,
// a few lines that run this same file and re-export it (`scripts/write-module.mjs`).
export default defineConfig({
  define: {
    "process.env.NODE_ENV": JSON.stringify("production"),
    __KORE_CHAT_VERSION__: JSON.stringify(version),
  },
  resolve: { alias: preactAliases },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    minify: true,
    target: "es2022",
    sourcemap: process.env.KORE_EMBED_SOURCEMAP === "1",
    lib: {
      entry: "src/global.ts",
      formats: ["iife"],
      name: "KoreChat",
      fileName: () => "kore-chat.js",
    },
    rollupOptions: {
      // virtua marks its modules "use client" for React Server Components; meaningless in a bundle.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
});
