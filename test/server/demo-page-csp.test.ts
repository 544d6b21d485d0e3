// The demo intranet page, built and served by the reference server in demo mode, loads in
// Chromium under its strict CSP (no inline script or style, Trusted Types): no policy violation,
// no script error, the person switcher works and the widgets show the server's data.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { PERSONAS } from '../../src/fixtures/index.js';
import type { RunningServer } from '../../server/index.js';
import { chromePath, startDemoServer, type DemoServer } from './support/demo-server.js';
import { fillPulse } from './support/pulse.js';

describe(
  'demo page under the strict CSP, in Chromium',
  { skip: chromePath ? false : 'no Chromium (set CHROME_PATH)' },
  () => {
    let demo: RunningServer;
    let served: DemoServer | undefined;
    let browser: Browser;
    before(async () => {
      served = await startDemoServer();
      ({ demo, browser } = served);
    });
    after(async () => {
      await served?.close();
    });

    it('renders every widget with no CSP or Trusted Types violation and no script error', async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
      // A first visit is already signed in as the demo persona: no request bounces with 401.
      page.on('response', (response) => {
        if (response.url().includes('/api/v1/') && response.status() === 401)
          problems.push(`401 from ${new URL(response.url()).pathname}`);
      });
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(
            `CSP violation: ${event.violatedDirective} at ${event.sourceFile}:${event.lineNumber}`,
          ),
        ),
      );
      page.on('console', (message) => {
        if (message.text().startsWith('CSP violation')) problems.push(message.text());
      });
      const mentorsLoaded = page.waitForResponse(
        (response) => response.url().includes('/api/v1/mentors') && response.status() === 200,
      );
      await page.goto(`${demo.url}/`);
      // First visit signs in as the main persona through the switcher, then reloads.
      const switcher = page.getByLabel(/Viewing the program as/);
      await switcher.waitFor();
      assert.equal(await switcher.inputValue(), PERSONAS.mentee);
      // The directory asks the server for mentors (not the in-browser memory API) and shows them.
      await mentorsLoaded;
      await page
        .getByText(/\d+ mentors found/)
        .first()
        .waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(
        [...new Set(problems)],
        [],
        // The usual cause of style-src-attr: Lit's styleMap writes a style attribute on first render;
        // set custom properties with element.style.setProperty() (CSSOM is allowed) instead.
        'the page must run under its CSP without violations or unauthenticated calls',
      );
      await page.close();
    });

    it('lets the mentee search the server’s directory and see why a mentor cannot be asked', async () => {
      const page = await browser.newPage();
      await page.goto(`${demo.url}/`);
      await page.getByLabel(/Viewing the program as/).waitFor();
      await page
        .getByText(/\d+ mentors found/)
        .first()
        .waitFor();
      // A name search goes to the server (q=...) and narrows the list to that person.
      const searched = page.waitForResponse(
        (response) =>
          response.url().includes('/api/v1/mentors?') &&
          new URL(response.url()).searchParams.get('q') === 'Leila Haddad',
      );
      await page.getByLabel('Search mentors').fill('Leila Haddad');
      await page.getByLabel('Search mentors').press('Enter');
      assert.equal((await searched).status(), 200);
      await page.getByText('1 mentor found').first().waitFor();
      // Leila is Ana's manager: the card says why and offers no request button.
      const card = page.locator('mentor-card', { hasText: 'Leila Haddad' });
      await card.getByText(/they are in your management line \(conflict of interest\)/).waitFor();
      assert.equal(await card.getByRole('button', { name: /Request mentoring/ }).count(), 0);
      await page.close();
    });

    it('loads the parts the first paint leaves out (profile dialog, filters) under the CSP', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const violations: string[] = [];
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective}`),
        ),
      );
      page.on('console', (message) => {
        if (message.text().startsWith('CSP violation')) violations.push(message.text());
      });
      page.on('pageerror', (error) => violations.push(`script error: ${error.message}`));
      const chunks: string[] = [];
      page.on('response', (response) => {
        if (response.url().endsWith('.js')) chunks.push(new URL(response.url()).pathname);
      });
      await page.goto(`${demo.url}/`);
      await page
        .getByText(/\d+ mentors found/)
        .first()
        .waitFor();
      // The filters (on screen at this width) arrive from their own chunk.
      await page.getByRole('group', { name: 'Availability' }).first().waitFor();
      await page
        .getByRole('button', { name: /View profile/ })
        .first()
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      assert.ok(await dialog.getByRole('button', { name: 'Close' }).isVisible());
      for (const part of ['mentor-profile-dialog', 'directory-filters', 'virtualize'])
        assert.ok(
          chunks.some((path) => path.includes(part)),
          `${part} came in its own chunk: ${chunks.join(', ')}`,
        );
      assert.deepEqual(violations, []);
      await page.close();
    });

    it('lets the mentee answer the program pulse, section by section, on the server', async () => {
      const page = await browser.newPage();
      await page.goto(`${demo.url}/`);
      await page.getByLabel(/Viewing the program as/).waitFor();
      // The first visit signs in and reloads: wait for the signed-in page before answering.
      await page
        .getByText(/\d+ mentors found/)
        .first()
        .waitFor();
      const sent = page.waitForResponse(
        (response) =>
          response.url().endsWith('/api/v1/surveys/survey-pulse/responses') &&
          response.request().method() === 'POST',
      );
      await fillPulse(page);
      assert.equal((await sent).status(), 201);
      await page
        .locator('mentor-feedback-survey')
        .locator('[data-focus="answered"]', { hasText: 'Thank you' })
        .waitFor();
      await page.close();
    });
  },
);
