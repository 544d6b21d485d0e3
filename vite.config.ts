// Two jobs: `vite build` makes the library (ES modules in dist/, one entry for the whole kit, one
// per widget, one for the client and the contract); `vite` serves the demo intranet page.
// Storybook reuses this file but replaces `build` and `root` with its own.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

/** Output name (dist/<name>.js) -> source module. Add a line for every new widget. */
const entries: Record<string, string> = {
  mentorkit: 'src/index.ts',
  client: 'src/client/index.ts',
  contract: 'src/contract/index.ts',
  memory: 'src/client/memory-api.ts',
  program: 'src/components/program/define.ts',
  directory: 'src/components/directory/define.ts',
  'match-request': 'src/components/match-request/define.ts',
};

function existingEntries(): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [name, source] of Object.entries(entries)) {
    const path = resolve(here, source);
    // A widget still being written must not break everyone else's build.
    if (existsSync(path)) found[name] = path;
    else console.warn(`vite.config.ts: skipping entry "${name}": ${source} does not exist yet`);
  }
  return found;
}

/** `vite build --mode demo`: the demo page as a static site, for the reference server to serve. */
const demoBuild = {
  outDir: resolve(here, 'dist/demo'),
  emptyOutDir: true,
  target: 'es2022',
  sourcemap: true,
};

export default defineConfig(({ command, mode }) => ({
  // The dev server shows the demo page; the library build reads absolute entry paths.
  root: resolve(here, 'demo'),
  server: {
    port: Number(process.env.PORT) || 5173,
    // Let the demo import the kit's sources from src/.
    fs: { allow: [here] },
  },
  optimizeDeps: {
    // Pre-bundle the kit's dependencies at startup, so the first visit does not trigger a
    // reload when Vite discovers one late ("Outdated Optimize Dep").
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/class-map.js',
      'lit/directives/style-map.js',
      'lit/directives/if-defined.js',
      'lit/directives/live.js',
      'lit/directives/ref.js',
      'lit/directives/repeat.js',
      '@lit/context',
      '@lit/task',
      '@lit/localize',
      '@lit-labs/virtualizer/virtualize.js',
      'ky',
      'zod/mini',
    ],
  },
  preview: { port: Number(process.env.PORT) || 4173 },
  build:
    command !== 'build'
      ? undefined
      : mode === 'demo'
        ? demoBuild
        : {
            outDir: resolve(here, 'dist'),
            emptyOutDir: true,
            target: 'es2022',
            minify: true,
            sourcemap: true,
            // Everything (Lit included) is bundled: a page pastes one script tag and nothing else.
            lib: { entry: existingEntries(), formats: ['es' as const] },
            rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
          },
}));
