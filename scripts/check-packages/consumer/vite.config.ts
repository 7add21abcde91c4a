import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// One chunk holds React, @kore-chat/react and the embed's self-contained module: no size advice.
export default defineConfig({
  plugins: [react()],
  logLevel: "warn",
  build: { chunkSizeWarningLimit: 2_000 },
});
