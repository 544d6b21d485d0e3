// Directory benchmark: <mentor-directory> on the memory API in Chromium, for 1,000 and 10,000
// mentors, virtualized (as shipped) next to the same page rendering every card. Prints figures.
//
//   node --import tsx scripts/bench-directory.ts [--mentors 1000,10000] [--page-size 100]
//
// Needs Chrome, Chromium or Edge (CHROME_PATH, or found by scripts/find-browser.mjs). The page is a production build (minified,
// production Lit), as users get it. The memory API's own time (searching its data) is measured
// apart from the widget's (rendering and painting the cards); building the data set is not timed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { requireBrowser } from './find-browser.mjs';
// The page's `window.mentorBench` typing.
import type {} from '../bench/directory/bench-page.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    mentors: { type: 'string', default: '1000,10000' },
    'page-size': { type: 'string', default: '100' },
  },
});
const sizes = values.mentors.split(',').map(Number);
const pageSize = Number(values['page-size']);

const chromePath = requireBrowser('chromium');

/** Progress goes to stderr so stdout holds the figures only. */
const progress = (step: string) => process.stderr.write(`  … ${step}\n`);

interface Figures {
  firstResultsMs: number;
  firstResultsApiMs: number;
  heapAfterFirstMb: number;
  loadAllMs: number;
  loaded: number;
  cardsInDom: number;
  heapAfterAllMb: number;
  typeToResultsMs: number;
  enterToResultsMs: number;
  enterToResultsApiMs: number;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

async function measure(
  page: Page,
  baseUrl: string,
  mentors: number,
  virtualize: boolean,
): Promise<Figures> {
  await page.goto(`${baseUrl}index.html`);
  await page.waitForFunction(() => 'mentorBench' in window);
  const first = await page.evaluate(([n, v, size]) => window.mentorBench.firstRender(n, v, size), [
    mentors,
    virtualize,
    pageSize,
  ] as const);
  const heapAfterFirstMb = await heapMb(page);
  progress(`${mentors} ${virtualize ? 'virtualized' : 'every card'}: first results`);
  const all = await page.evaluate(() => window.mentorBench.loadAll());
  const heapAfterAllMb = await heapMb(page);
  progress('every page loaded');

  // Typing one letter: includes the 300 ms debounce, as a person experiences it.
  const typed = await page.evaluate(() => window.mentorBench.keystroke('d', false));
  progress('typed');
  // Enter commits at once: the search itself, without the debounce.
  const entered = await page.evaluate(() => window.mentorBench.keystroke('de', true));

  return {
    firstResultsMs: first.firstResultsMs,
    firstResultsApiMs: first.firstResultsApiMs,
    heapAfterFirstMb,
    ...all,
    heapAfterAllMb,
    typeToResultsMs: typed.ms,
    enterToResultsMs: entered.ms,
    enterToResultsApiMs: entered.apiMs,
  };
}

progress('building the benchmark page (production)');
const outDir = await mkdtemp(join(tmpdir(), 'mentorkit-bench-directory-'));
const pageRoot = resolve(root, 'bench/directory');
await build({
  configFile: false,
  root: pageRoot,
  logLevel: 'error',
  build: { outDir, emptyOutDir: true, target: 'es2022' },
});
const server = await preview({
  configFile: false,
  root: pageRoot,
  logLevel: 'error',
  build: { outDir },
  preview: { port: 0, strictPort: false },
});
const baseUrl = server.resolvedUrls?.local[0] ?? 'http://localhost:4173/';
const browser = await chromium.launch({
  executablePath: chromePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

const ms = (value: number) => `${value.toFixed(0)} ms`;
const mb = (value: number) => `${value.toFixed(1)} MB`;
try {
  console.log(
    `<mentor-directory> benchmark (production build, Chromium ${browser.version()}, memory API, page size ${pageSize})`,
  );
  for (const mentors of sizes) {
    const results: Record<string, Figures> = {};
    for (const [label, virtualize] of [
      ['virtualized', true],
      ['every card', false],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      results[label] = await measure(page, baseUrl, mentors, virtualize);
      await page.close();
    }
    const rows: Array<[string, (f: Figures) => string]> = [
      ['connect to first results painted', (f) => ms(f.firstResultsMs)],
      ['  of which memory API', (f) => ms(f.firstResultsApiMs)],
      ['  of which the widget', (f) => ms(f.firstResultsMs - f.firstResultsApiMs)],
      ['JS heap after first page', (f) => mb(f.heapAfterFirstMb)],
      ['load every page (scroll to end)', (f) => ms(f.loadAllMs)],
      ['cards loaded / cards in DOM', (f) => `${f.loaded} / ${f.cardsInDom}`],
      ['JS heap with every page loaded', (f) => mb(f.heapAfterAllMb)],
      ['keystroke to results (typing, 300 ms debounce)', (f) => ms(f.typeToResultsMs)],
      ['Enter to results (no debounce)', (f) => ms(f.enterToResultsMs)],
      ['  of which memory API', (f) => ms(f.enterToResultsApiMs)],
      ['  of which the widget', (f) => ms(f.enterToResultsMs - f.enterToResultsApiMs)],
    ];
    console.log(`\n${mentors.toLocaleString('en')} mentors`);
    console.log(`${''.padEnd(48)}${'virtualized'.padStart(14)}${'every card'.padStart(14)}`);
    for (const [name, format] of rows) {
      console.log(
        `${name.padEnd(48)}${format(results['virtualized']!).padStart(14)}${format(results['every card']!).padStart(14)}`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
}
