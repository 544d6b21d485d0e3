// The same browser suite in Firefox (`npm run test:firefox`): Debian's firefox-esr, driven by
// puppeteer-core over WebDriver BiDi through the test runner's puppeteer launcher. Every test of
// the Chromium run passes here too; the only skips are the two theme tests that emulate a dark
// device (the runner does that over CDP only), marked in test/browser/core/theme-lowered-css.test.ts.
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';
import { requireBrowser } from './scripts/find-browser.mjs';

export default {
  ...base,
  browsers: [
    chromeLauncher({
      // A puppeteer of our choosing makes the launcher pass `browser` on (Firefox over BiDi).
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: requireBrowser('firefox'),
        headless: true,
      },
    }),
  ],
};
