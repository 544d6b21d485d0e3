import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // <mentor-*> are custom elements, not Vue components: Vue renders them as they are.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mentor-') } },
    }),
  ],
  // Vue and the memory API's demo data in one chunk; an app on a real server uses
  // mentorkit/client instead and stays well under Vite's 500 kB warning.
  build: { chunkSizeWarningLimit: 800 },
});
