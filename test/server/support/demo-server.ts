// The demo page built (vite --mode demo) and served by a reference server in demo mode, over the
// database of a fresh test server, with a Chromium to open it. Shared by the browser journeys.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { testConfig } from '../../../server/config.js';
import { startServer, type RunningServer } from '../../../server/index.js';
import { silentLogger } from '../../../server/logger.js';
import { startTestServer, type TestServer } from './test-server.js';
import { findBrowser } from '../../../scripts/find-browser.mjs';

const root = resolve(import.meta.dirname, '../../..');

/** An installed Chrome, Chromium or Edge (CHROME_PATH first), on any OS. */
export const chromePath = findBrowser('chromium').path;

export interface DemoServer {
  /** The API server (typed clients per persona, the fixture). */
  t: TestServer;
  /** The demo page's server (same database). */
  demo: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startDemoServer(): Promise<DemoServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'mentorkit-demo-'));
  await build({
    configFile: resolve(root, 'vite.config.ts'),
    mode: 'demo',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  const t = await startTestServer('pglite');
  const demo = await startServer({
    config: testConfig({ port: 0, demo: true, staticDir: outDir }),
    database: t.server.database,
    log: silentLogger,
    seed: false,
  });
  const browser = await chromium.launch({ executablePath: chromePath!, args: ['--no-sandbox'] });
  return {
    t,
    demo,
    browser,
    close: async () => {
      await browser.close();
      await demo.close();
      await t.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
