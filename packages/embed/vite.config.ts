import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import {
  englishCatalogueOnly,
  markedLexerOnly,
  minifyCssLiterals,
  queryCoreWithoutFocusOrOnlineTracking,
  queryCoreWithoutMutations,
} from "./scripts/bundle-plugins.js";

const { version } = JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8")) as {
  version: string;
};
// Resolved as ES modules (the "import" condition): preact/compat/client's CommonJS file would make
// the bundler wrap all of preact/compat in an interop object and keep every export of it.
const resolveHere = (specifier: string) => fileURLToPath(import.meta.resolve(specifier));

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

/** What both files of the embed are built with. */
export const sharedBuild = {
  define: {
    "process.env.NODE_ENV": JSON.stringify("production"),
    __KORE_CHAT_VERSION__: JSON.stringify(version),
  },
  resolve: { alias: preactAliases },
  plugins: [
    markedLexerOnly(),
    minifyCssLiterals(),
    englishCatalogueOnly(),
    queryCoreWithoutMutations(),
    queryCoreWithoutFocusOrOnlineTracking(),
  ],
  // terser with three compress passes: ~0.7 KB gzipped under the default minifier.
  minify: "terser",
  terserOptions: { compress: { passes: 3 }, format: { comments: false } },
  target: "es2022",
  // virtua marks its modules "use client" for React Server Components; meaningless in a bundle.
  onwarn(warning: { code?: string }, warn: (warning: never) => void) {
    if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning as never);
  },
} as const;

// The script, `dist/kore-chat.js`: a classic IIFE (entry `src/global.ts`, which sets the frozen
// `KoreChat` global) that draws the launcher with the DOM alone and fetches the panel
// (`vite.panel.config.ts`) on intent. Size-checked by `scripts/check-size.mjs`. Bundlers import
// `dist/index.js`, a few lines that run both files (`scripts/write-module.mjs`).
export default defineConfig({
  define: sharedBuild.define,
  plugins: [englishCatalogueOnly(), minifyCssLiterals()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    minify: sharedBuild.minify,
    terserOptions: sharedBuild.terserOptions,
    target: sharedBuild.target,
    sourcemap: process.env.KORE_EMBED_SOURCEMAP === "1",
    lib: {
      entry: "src/global.ts",
      formats: ["iife"],
      name: "KoreChat",
      fileName: () => "kore-chat.js",
    },
    rollupOptions: { onwarn: sharedBuild.onwarn },
  },
});
