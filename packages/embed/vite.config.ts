import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Rollup } from "vite";

import {
  englishCatalogueOnly,
  markedLexerOnly,
  minifyCssLiterals,
  queryCoreWithoutFocusOrOnlineTracking,
  queryCoreWithoutMutations,
} from "./scripts/bundle-plugins.js";

type RollupOptions = Rollup.RollupOptions;

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

/** What the embed's files (the script, the panel, the head start) are built with. */
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

/**
 * The build block of one of the embed's files: `entry` bundled into `dist/<fileName>`, minified
 * as above, with a source map when `KORE_EMBED_SOURCEMAP=1`, and `rollupOptions` added to the
 * shared ones. Only the first build (the script) empties `dist/`.
 */
export function embedFileBuild(
  file: {
    entry: string;
    fileName: string;
    format: "es" | "iife";
    name?: string;
    emptyOutDir?: boolean;
  },
  rollupOptions: Omit<RollupOptions, "onwarn"> = {},
) {
  return {
    outDir: "dist",
    emptyOutDir: file.emptyOutDir ?? false,
    minify: sharedBuild.minify,
    terserOptions: sharedBuild.terserOptions,
    target: sharedBuild.target,
    sourcemap: process.env.KORE_EMBED_SOURCEMAP === "1",
    lib: {
      entry: file.entry,
      formats: [file.format],
      ...(file.name === undefined ? {} : { name: file.name }),
      fileName: () => file.fileName,
    },
    rollupOptions: { ...rollupOptions, onwarn: sharedBuild.onwarn },
  };
}

// The script, `dist/kore-chat.js`: a classic IIFE (entry `src/global.ts`, which sets the frozen
// `KoreChat` global) that draws the launcher with the DOM alone and fetches the panel
// (`vite.panel.config.ts`) on intent. Size-checked by `scripts/check-size.mjs`. Bundlers import
// `dist/index.js`, a few lines that run both files (`scripts/write-module.mjs`).
export default defineConfig({
  define: sharedBuild.define,
  plugins: [englishCatalogueOnly(), minifyCssLiterals()],
  build: embedFileBuild({
    entry: "src/global.ts",
    fileName: "kore-chat.js",
    format: "iife",
    name: "KoreChat",
    emptyOutDir: true,
  }),
});
