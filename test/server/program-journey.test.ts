// The whole program on the demo page, as its people live it, against `npm start` itself (a free
// port, a fresh embedded database): Ana (mentee) finds Kwame and asks him; Kwame (mentor, in a
// second browser context) accepts from his inbox; both sign the agreement; Ana adds a goal and a
// session recap; both answer the pulse survey; Kwame's context switches to Grace (admin) through
// the page's tour and sees the program report; the page turns dark; Start over reseeds. Any
// console error, script error or CSP violation on either page fails the test.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromePath } from './support/demo-server.js';
import { npmStart, type StartedServer } from './support/npm-start.js';
import { fillPulse } from './support/pulse.js';

const GOAL = 'Present the design roadmap to the leadership team';

describe(
  'the whole program on the demo page (npm start), two browser contexts',
  { skip: chromePath ? false : 'no Chromium (set CHROME_PATH)' },
  () => {
    let server: StartedServer;
    let browser: Browser;
    let ana: Page;
    let kwame: Page;
    const problems: string[] = [];

    async function open(who: string): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} (${event.blockedURI})`),
        );
        // What a page's error monitoring sees (window.onerror), including errors the browser
        // reports there only, such as "ResizeObserver loop completed…".
        window.addEventListener('error', (event) =>
          console.error(`window error: ${event.message}`),
        );
      });
      page.on('pageerror', (error) => problems.push(`${who}: script error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${who}: console error: ${message.text()}`);
      });
      // Name the request behind a "Failed to load resource" console error.
      page.on('response', (response) => {
        if (response.status() >= 400)
          problems.push(
            `${who}: ${response.status()} from ${response.request().method()} ${new URL(response.url()).pathname}`,
          );
      });
      await page.goto(`${server.url}/`);
      return page;
    }

    const tour = (page: Page) => page.locator('.demo-tour');
    const switcher = (page: Page) => page.getByLabel(/Viewing the program as/);
    /** Takes the person switch a tour step offers, and waits for the page to come back. */
    async function tourSwitch(page: Page, name: string) {
      await Promise.all([
        page.waitForEvent('load'),
        tour(page)
          .getByRole('button', { name: `Switch to ${name}` })
          .first()
          .click(),
      ]);
      await tour(page).getByRole('link', { name: 'Go to this step' }).first().waitFor();
    }
    const signer = (page: Page) => page.locator('mentor-agreement-signer');
    async function sign(page: Page, name: string) {
      await signer(page).locator('#consent').check();
      await signer(page).locator('#typedName').fill(name);
      await signer(page)
        .getByRole('button', { name: /^Sign version \d+$/ })
        .click();
    }
    async function answerPulse(page: Page) {
      await fillPulse(page);
      await page
        .locator('mentor-feedback-survey [data-focus="answered"]', { hasText: 'Thank you' })
        .waitFor();
    }

    before(async () => {
      server = await npmStart();
      browser = await chromium.launch({ executablePath: chromePath!, args: ['--no-sandbox'] });
      ana = await open('Ana');
      kwame = await open('Kwame');
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('1. Ana, a mentee, finds Kwame in the directory and sends a request', async () => {
      assert.equal(await switcher(ana).inputValue(), 'ana-souza', 'a first visit is Ana');
      // The tour names the steps in order; Ana's own steps link to their place.
      const steps = tour(ana).locator('.tour-steps > li');
      assert.equal(await steps.count(), 6);
      await steps.first().getByRole('link', { name: 'Go to this step' }).waitFor();
      await steps.nth(1).getByRole('button', { name: 'Switch to Kwame Mensah' }).waitFor();
      // A mentee sees the request form and her requests, not a mentor's inbox or the report.
      assert.equal(await ana.locator('mentor-match-request#inbox').count(), 0);
      assert.equal(await ana.locator('#report').count(), 0);

      await ana.getByLabel('Search mentors').fill('Kwame Mensah');
      await ana.getByLabel('Search mentors').press('Enter');
      await ana
        .locator('mentor-card', { hasText: 'Kwame Mensah' })
        .getByRole('button', { name: /Request mentoring/ })
        .click();
      const form = ana.locator('mentor-match-request#request-form');
      await form
        .getByLabel('Message to the mentor')
        .fill('Hi Kwame, I want to present our design roadmap to leadership with confidence.');
      await form.getByLabel('Goal 1').fill(GOAL);
      await form.getByRole('button', { name: 'Send request to Kwame Mensah' }).click();
      await form.getByText('Request sent to Kwame Mensah').waitFor();
      await ana.locator('#my-requests').getByText('Request to Kwame Mensah').first().waitFor();
    });

    it('2. Kwame, in his own browser, switches in through the tour and accepts from his inbox', async () => {
      await tourSwitch(kwame, 'Kwame Mensah');
      assert.equal(await switcher(kwame).inputValue(), 'kwame-mensah');
      assert.match(kwame.url(), /#inbox-section$/, 'the tour brought him to his inbox');
      const inbox = kwame.locator('mentor-match-request#inbox');
      const request = inbox.locator('[part="incoming"]', { hasText: 'Ana Souza' });
      await request.getByText(GOAL).waitFor();
      await request.getByRole('button', { name: 'Accept Ana Souza' }).click();
      await inbox.getByText('You accepted Ana Souza. The mentorship has started.').waitFor();
      // The new mentorship's agreement appears on his page without a reload.
      await signer(kwame).locator('[part="status"]').waitFor();
    });

    it('3. both sign the agreement', async () => {
      await sign(kwame, 'Kwame Mensah');
      await signer(kwame).getByText('Awaiting the other partner').waitFor();
      await ana.reload();
      // Ana has two mentorships now; the page shows the new one and lets her pick.
      const picker = ana.getByLabel('Mentorship', { exact: true });
      await picker.waitFor();
      assert.equal(await picker.locator('option:checked').textContent(), 'With Kwame Mensah');
      await signer(ana)
        .locator('[part="status"]')
        .getByText('Awaiting the other partner')
        .waitFor();
      await sign(ana, 'Ana Souza');
      await signer(ana).getByText('Signed by both: active').waitFor();
    });

    it('4. Ana adds a goal and records her first session', async () => {
      const tracker = ana.locator('mentor-goal-tracker');
      await tracker.getByRole('button', { name: 'Add goal' }).first().click();
      const goalForm = tracker.locator('[part="goal-form"]');
      await goalForm.getByLabel('REAL').check();
      await goalForm.getByLabel('Goal', { exact: true }).fill(GOAL);
      await goalForm.getByLabel('Learning-based').fill('How to tell a story leaders act on.');
      await goalForm.locator('button[type="submit"]').click();
      await tracker.locator('li.goal', { has: ana.getByRole('heading', { name: GOAL }) }).waitFor();

      await tracker.getByRole('button', { name: 'Record a session' }).click();
      const recap = tracker.locator('[part="recap-form"]');
      await recap.getByLabel('Notes', { exact: true }).fill('Outlined the roadmap story.');
      await recap.getByRole('button', { name: 'Add action item' }).click();
      await recap.getByLabel('Action item 1', { exact: true }).fill('Draft the first three slides');
      await recap.getByRole('button', { name: 'Save recap' }).click();
      await tracker.getByText('Session recap saved.').waitFor({ state: 'attached' });
    });

    it('5. both answer the pulse survey', async () => {
      await answerPulse(ana);
      await kwame.reload();
      await answerPulse(kwame);
    });

    it('6. Grace, the program admin, sees the program report', async () => {
      await tourSwitch(kwame, 'Grace Okafor');
      assert.equal(await switcher(kwame).inputValue(), 'grace-okafor');
      const report = kwame.locator('#report');
      const figure = (label: string) =>
        report.locator('.report-figures div', { has: kwame.getByText(label, { exact: true }) });
      await figure('Agreements signed').waitFor();
      assert.match((await figure('Active mentorships').locator('dd').textContent()) ?? '', /^\d+$/);
      assert.match((await figure('Acceptance rate').locator('dd').textContent()) ?? '', /^\d+%$/);
      await report.locator('mentor-feedback-survey[view="results"] [part="results"]').waitFor();
      // An admin who mentors nobody sees no request form, inbox or agreement.
      assert.equal(await kwame.locator('mentor-match-request').count(), 0);
    });

    it('the page switches to dark and back to the kit’s own brand', async () => {
      await kwame.getByLabel('Colour scheme').selectOption('dark');
      await kwame.getByLabel('Brand').selectOption('kit');
      const page = await kwame.evaluate(() => ({
        scheme: getComputedStyle(document.documentElement).colorScheme,
        background: getComputedStyle(document.documentElement).backgroundColor,
      }));
      assert.deepEqual(page, { scheme: 'dark', background: 'rgb(18, 20, 23)' }, 'a dark page');
      await kwame.reload();
      assert.equal(await kwame.getByLabel('Colour scheme').inputValue(), 'dark', 'remembered');
    });

    it('Start over puts the seeded program back and restarts the tour as Ana', async () => {
      await Promise.all([
        kwame.waitForEvent('load'),
        tour(kwame).getByRole('button', { name: 'Start over' }).click(),
      ]);
      await tour(kwame).getByRole('link', { name: 'Go to this step' }).first().waitFor();
      assert.equal(await switcher(kwame).inputValue(), 'ana-souza');
      await kwame.locator('#my-requests [part="request"]').first().waitFor();
      assert.equal(
        await kwame.locator('#my-requests').getByText('Request to Kwame Mensah').count(),
        0,
      );
    });

    it('no console error, script error or CSP violation on either page', () => {
      assert.deepEqual(problems, []);
    });
  },
);
