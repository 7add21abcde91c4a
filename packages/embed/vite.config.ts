import { readFileSync } from "node:fs";
import { defineConfig } from "vite";

const { version } = JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8")) as {
  version: string;
};

// One IIFE with React inside: `<script src="kore-chat.js">` defines the frozen `KoreChat` global.
export default defineConfig({
  define: {
    "process.env.NODE_ENV": JSON.stringify("production"),
    __KORE_CHAT_VERSION__: JSON.stringify(version),
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    minify: true,
    target: "es2022",
    sourcemap: process.env.KORE_EMBED_SOURCEMAP === "1",
    lib: {
      entry: "src/index.ts",
      formats: ["iife"],
      name: "KoreChat",
      fileName: () => "kore-chat.js",
    },
    rollupOptions: { output: { exports: "default" } },
  },
});
