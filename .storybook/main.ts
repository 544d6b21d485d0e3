// Storybook: every widget, state, theme and locale on the in-browser memory API (no backend).
// Vite settings come from ../vite.config.ts; Storybook replaces its `root` and `build`.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Storybook's own manager and docs chunks are large by nature; keep the build log readable.
  viteFinal: (config) => ({ ...config, build: { ...config.build, chunkSizeWarningLimit: 2000 } }),
};

export default config;
