// Browser tests: real Chromium (Debian's), real elements, @open-wc/testing.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { testApiMiddleware } from './test/browser/support/test-api-middleware.mjs';
import { timeZonePlugin } from './test/browser/support/time-zone-plugin.mjs';
import { referenceServerMiddleware } from './test/browser/support/reference-server-middleware.mjs';
import { strictCspMiddleware } from './test/browser/support/strict-csp-middleware.mjs';
import { loweredCssMiddleware } from './test/browser/support/lowered-css-middleware.mjs';
import { requireBrowser } from './scripts/find-browser.mjs';

export default {
  files: ['test/browser/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time: with two, Chromium stops animation frames in the page that is not in
  // front and fixture() waits forever (modernweb-dev/web#2403).
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 600000,
  plugins: [
    timeZonePlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  middleware: [
    strictCspMiddleware,
    testApiMiddleware,
    referenceServerMiddleware,
    loweredCssMiddleware,
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: requireBrowser('chromium'),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
