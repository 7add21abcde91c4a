import { defineConfig } from "vitest/config";

// One Vitest run for the whole workspace, in two projects:
// - unit: fast, fake time and fake sockets, co-located `*.test.ts`;
// - dom: React components in happy-dom, co-located `*.test.tsx`;
// - integration: the real simulator over real HTTP and WebSockets, `*.integration.test.ts`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/node_modules/**"],
          environment: "node",
        },
      },
      {
        // React components in a DOM (happy-dom: jsdom 31 breaks on Node 20).
        test: {
          name: "dom",
          include: ["packages/*/src/**/*.test.tsx"],
          environment: "happy-dom",
        },
      },
      {
        test: {
          name: "integration",
          include: ["packages/*/src/**/*.integration.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
