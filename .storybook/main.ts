import type { StorybookConfig } from "@storybook/react-vite";
import react from "@vitejs/plugin-react";

/**
 * Storybook for the presentational components of `@kore-chat/react`: every
 * component and state, fed with plain data (the simulator's demo payloads run
 * through the store's normaliser), so a story is what a bot would make us draw.
 */
const config: StorybookConfig = {
  stories: ["../packages/react/src/**/*.stories.tsx"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: false },
  // The root vite.config.ts is Vitest's; the React transform is all stories need.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), react()],
    // Storybook's own runtime is one ~1.1 MB chunk; that is not ours to split.
    build: { ...viteConfig.build, chunkSizeWarningLimit: 1500 },
  }),
};

export default config;
