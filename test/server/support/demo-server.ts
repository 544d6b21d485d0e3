// The demo intranet page built with Vite and served by the reference server in demo mode, with
// a Chromium to drive it: what the Chromium tests under test/server share.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { testConfig } from '../../../server/config.js';
import { startServer, type RunningServer } from '../../../server/index.js';
import { silentLogger } from '../../../server/logger.js';
import { startTestServer, type TestServer } from './test-server.js';

const root = resolve(import.meta.dirname, '../../..');

export const chromePath = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].find((path) => path && existsSync(path));

export interface DemoServer {
  /** The API server (typed clients per persona, the database). */
  t: TestServer;
  /** The demo page's server, on the same database. */
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
    async close() {
      await browser.close();
      await demo.close();
      await t.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
