// `npm run bench:page`: Lighthouse on the demo intranet page as `npm start` serves it (production
// build, reference server in demo mode, compression and cache headers on), as a phone (Lighthouse's
// default mobile emulation and throttling) and as a desktop. Prints figures only.
//
//   node --import tsx scripts/bench-page.ts [--runs 1] [--why]
//
// `--why` also prints, per run, what kept the phone's main thread busy: the long tasks, the
// scripts by CPU time (Lighthouse's bootup time) and the work by kind (script, style, layout).
//
// Needs Chrome, Chromium or Edge (CHROME_PATH, or found by scripts/find-browser.mjs); works offline.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type RunnerResult } from 'lighthouse';
import { build } from 'vite';
import { testConfig } from '../server/config.js';
import { startServer } from '../server/index.js';
import { silentLogger } from '../server/logger.js';
import { requireBrowser } from './find-browser.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '1' }, why: { type: 'boolean', default: false } },
});
const runs = Math.max(1, Number(values.runs) || 1);
const chromePath = requireBrowser('chromium');
const progress = (step: string) => process.stderr.write(`  … ${step}\n`);

const work = await mkdtemp(join(tmpdir(), 'mentorkit-bench-page-'));
const staticDir = join(work, 'demo');
progress('building the demo page');
await build({
  configFile: resolve(root, 'vite.config.ts'),
  mode: 'demo',
  logLevel: 'silent',
  build: { outDir: staticDir, emptyOutDir: true },
});
progress('starting the reference server (seeding its database)');
const server = await startServer({
  config: testConfig({ port: 0, demo: true, staticDir, dataDir: join(work, 'data') }),
  log: silentLogger,
});
await server.directoryLoaded;
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
});

const number = (result: RunnerResult, audit: string) =>
  result.lhr.audits[audit]?.numericValue ?? Number.NaN;
const score = (result: RunnerResult, category: string) =>
  Math.round((result.lhr.categories[category]?.score ?? 0) * 100);

interface Row {
  device: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  speedIndexMs: number;
  transferKiB: number;
  requests: number;
}

async function audit(device: 'phone' | 'desktop'): Promise<Row> {
  const flags: Flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  };
  const result = await lighthouse(
    `${server.url}/`,
    flags,
    device === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error('Lighthouse returned no result');
  if (values.why) printWhy(device, result);
  const network = result.lhr.audits['network-requests']?.details as
    { items?: Array<{ transferSize?: number }> } | undefined;
  return {
    device,
    performance: score(result, 'performance'),
    accessibility: score(result, 'accessibility'),
    bestPractices: score(result, 'best-practices'),
    fcpMs: number(result, 'first-contentful-paint'),
    lcpMs: number(result, 'largest-contentful-paint'),
    cls: number(result, 'cumulative-layout-shift'),
    tbtMs: number(result, 'total-blocking-time'),
    speedIndexMs: number(result, 'speed-index'),
    transferKiB: number(result, 'total-byte-weight') / 1024,
    requests: network?.items?.length ?? 0,
  };
}

interface Table {
  items?: Array<Record<string, unknown>>;
}
const table = (result: RunnerResult, audit: string) =>
  (result.lhr.audits[audit]?.details as Table | undefined)?.items ?? [];
const ms = (value: unknown) => `${Math.round(Number(value) || 0)} ms`.padStart(8);
const shortUrl = (url: unknown) => String(url).replace(/^https?:\/\/[^/]+/, '');

/** What ran long on the main thread, as Lighthouse's diagnostics list it (simulated phone CPU). */
function printWhy(device: string, result: RunnerResult): void {
  const lines = [`\n${device}: long tasks (start, duration, script)`];
  for (const task of table(result, 'long-tasks'))
    lines.push(`${ms(task['startTime'])}${ms(task['duration'])}  ${shortUrl(task['url'])}`);
  lines.push(`${device}: scripts by main-thread time (total, evaluation, parse/compile)`);
  for (const script of table(result, 'bootup-time'))
    lines.push(
      `${ms(script['total'])}${ms(script['scripting'])}${ms(script['scriptParseCompile'])}  ${shortUrl(script['url'])}`,
    );
  lines.push(`${device}: main-thread work by kind`);
  for (const kind of table(result, 'mainthread-work-breakdown'))
    lines.push(`${ms(kind['duration'])}  ${String(kind['groupLabel'] ?? kind['group'])}`);
  process.stderr.write(`${lines.join('\n')}\n`);
}

const rows: Row[] = [];
try {
  for (let run = 1; run <= runs; run++) {
    for (const device of ['phone', 'desktop'] as const) {
      progress(`Lighthouse, ${device}, run ${run} of ${runs}`);
      rows.push(await audit(device));
    }
  }
} finally {
  await chrome.kill();
  await server.close();
  await rm(work, { recursive: true, force: true });
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(
  `Lighthouse ${'(demo page, production build)'}\n` +
    `${'device'.padEnd(8)}${pad('perf', 6)}${pad('a11y', 6)}${pad('b.p.', 6)}${pad('FCP s', 8)}${pad('LCP s', 8)}${pad('CLS', 7)}${pad('TBT ms', 8)}${pad('SI s', 7)}${pad('KiB', 7)}${pad('reqs', 6)}`,
);
for (const row of rows) {
  console.log(
    `${row.device.padEnd(8)}${pad(row.performance, 6)}${pad(row.accessibility, 6)}${pad(row.bestPractices, 6)}` +
      `${pad((row.fcpMs / 1000).toFixed(2), 8)}${pad((row.lcpMs / 1000).toFixed(2), 8)}${pad(row.cls.toFixed(3), 7)}` +
      `${pad(Math.round(row.tbtMs), 8)}${pad((row.speedIndexMs / 1000).toFixed(2), 7)}${pad(row.transferKiB.toFixed(0), 7)}${pad(row.requests, 6)}`,
  );
}
