// Three jobs:
// - `vite build`: the npm package in dist/. Dependencies (lit, @lit/*, ky, zod) stay imports, so
//   an app that already has Lit loads one copy, and every source module keeps its own file
//   (dist/components/directory/directory.component.js next to the .d.ts tsc writes), so app
//   bundlers tree-shake and custom-elements.json can name real files. One small named file per
//   entry (dist/directory.js, dist/directory.d.ts) re-exports its module.
// - `vite build --mode browser`: the self-contained build in dist/browser/, same entry names,
//   everything bundled and minified, for pages that can only add a script tag.
// - `vite` serves the demo intranet page; `vite build --mode demo` builds it for the server.
// Storybook reuses this file but replaces `build` and `root` with its own.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';

const here = import.meta.dirname;

/** Output name (dist/<name>.js, dist/browser/<name>.js) -> source module. Add a line for every new widget. */
const entries: Record<string, string> = {
  mentorkit: 'src/index.ts',
  client: 'src/client/index.ts',
  contract: 'src/contract/index.ts',
  memory: 'src/memory/index.ts',
  program: 'src/components/program/define.ts',
  directory: 'src/components/directory/define.ts',
  'agreement-signer': 'src/components/agreement-signer/define.ts',
  'goal-tracker': 'src/components/goal-tracker/define.ts',
  'feedback-survey': 'src/components/feedback-survey/define.ts',
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

/** Module path inside dist/ for a source under src/: src/core/events.ts -> core/events.js. */
function distModule(source: string): string {
  return relative(resolve(here, 'src'), resolve(here, source)).replace(/\.ts$/, '.js');
}

/** What the npm entries import instead of bundling: the package's runtime dependencies. */
const pkg = JSON.parse(readFileSync(resolve(here, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
};
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id: string) =>
  dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * Every module under src/ (not tests or stories), so dist/ mirrors src/ and each module that
 * custom-elements.json or a .d.ts names has its .js, even one no entry imports yet.
 */
function sourceModules(): string[] {
  return readdirSync(resolve(here, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ts$/.test(file) && !/\.(test|stories|d)\.ts$/.test(file))
    .map((file) => resolve(here, 'src', file))
    .sort();
}

/** dist/<name>.js and dist/<name>.d.ts for each entry, re-exporting the module it names. */
function entryFiles(found: Record<string, string>): Plugin {
  return {
    name: 'mentorkit-entry-files',
    generateBundle() {
      for (const [name, source] of Object.entries(found)) {
        const target = `./${distModule(source)}`;
        // A plain re-export: the module's side effects (registering tags) run on import.
        const text = `export * from '${target}';\n`;
        this.emitFile({ type: 'asset', fileName: `${name}.js`, source: text });
        this.emitFile({ type: 'asset', fileName: `${name}.d.ts`, source: text });
      }
    },
  };
}

/** `vite build`: the npm package. */
function npmBuild(): BuildEnvironmentOptions {
  const found = existingEntries();
  return {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // The app's bundler minifies; readable modules are easier to debug in an app.
    minify: false,
    sourcemap: true,
    lib: { entry: sourceModules(), formats: ['es' as const] },
    rolldownOptions: {
      external: isDependency,
      plugins: [entryFiles(found)],
      output: {
        preserveModules: true,
        preserveModulesRoot: resolve(here, 'src'),
        entryFileNames: '[name].js',
      },
    },
  };
}

/** CSS text: comments and spaces go; a space before `:` stays (`.a :hover` is a descendant). */
const minifyCss = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();

/**
 * The CSS in Lit's css`...` templates, minified for the self-contained build (minifying JS leaves
 * template text alone): about 0.3 KB brotli less per page. Source maps still name the module.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'mentorkit-minify-lit-css',
    transform(code, id) {
      if (!id.startsWith(resolve(here, 'src')) || !code.includes('css`')) return null;
      const minified = code.replace(
        /\bcss`([^`]*)`/g,
        (_, css: string) => `css\`${minifyCss(css)}\``,
      );
      return { code: minified, map: null };
    },
  };
}

/** `vite build --mode browser`: one script per entry, everything (Lit included) bundled. */
function browserBuild(): BuildEnvironmentOptions {
  return {
    outDir: resolve(here, 'dist/browser'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    // Which chunk holds which module: `npm run size` finds the chunks a page loads for its first data.
    manifest: true,
    lib: { entry: existingEntries(), formats: ['es' as const] },
    rolldownOptions: {
      plugins: [minifyLitCss()],
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Library mode keeps whitespace by default (for re-bundling); this build is what a page
        // downloads as is, so minify it fully (about 8% less brotli).
        minify: true,
      },
    },
  };
}

/** `vite build --mode demo`: the demo page as a static site, for the reference server to serve. */
const demoBuild = {
  outDir: resolve(here, 'dist/demo'),
  emptyOutDir: true,
  target: 'es2022',
  sourcemap: true,
  modulePreload: {
    polyfill: false,
    // The page's own script and its static imports are preloaded from the HTML. A chunk loaded on
    // demand fetches its imports itself, as in the self-contained build a portal uses: Vite's
    // helper would otherwise add a <link rel="modulepreload"> per dependency of every dynamic
    // import at boot, about 100 of them, ~170 ms of a phone's main thread (npm run bench:page).
    resolveDependencies: (
      _file: string,
      deps: string[],
      { hostType }: { hostType: 'html' | 'js' },
    ) => (hostType === 'html' ? deps : []),
  },
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
        : mode === 'browser'
          ? browserBuild()
          : npmBuild(),
}));
