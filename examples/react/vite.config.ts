import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // React and the memory API's demo data in one chunk; an app on a real server uses
  // mentorkit/client instead and stays well under Vite's 500 kB warning.
  build: { chunkSizeWarningLimit: 800 },
});
