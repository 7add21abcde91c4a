import { defineConfig } from "vitest/config";

// One Vitest run for the whole workspace, in two projects:
// - unit: fast, fake time and fake sockets, co-located `*.test.ts`;
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
