// Two people, one reference server, real Chromium on the demo page: the mentee requests Kwame
// from the directory, Kwame asks a question in his inbox, the mentee answers, Kwame accepts until
// he is full, and another mentee is told before typing that he has no open spot.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PERSONAS } from '../../src/fixtures/index.js';
import { testConfig } from '../../server/config.js';
import { startServer, type RunningServer } from '../../server/index.js';
import { silentLogger } from '../../server/logger.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { chromePath } from './support/demo-server.js';

const root = resolve(import.meta.dirname, '../..');

describe(
  'match request journey on the demo page, two people, in Chromium',
  { skip: chromePath ? false : 'no Chromium (set CHROME_PATH)' },
  () => {
    let t: TestServer;
    let demo: RunningServer;
    let outDir: string;
    let browser: Browser;
    let page: Page;
    before(async () => {
      outDir = await mkdtemp(join(tmpdir(), 'mentorkit-journey-'));
      await build({
        configFile: resolve(root, 'vite.config.ts'),
        mode: 'demo',
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      });
      t = await startTestServer('pglite');
      demo = await startServer({
        config: testConfig({ port: 0, demo: true, staticDir: outDir }),
        database: t.server.database,
        log: silentLogger,
        seed: false,
      });
      browser = await chromium.launch({ executablePath: chromePath!, args: ['--no-sandbox'] });
      page = await browser.newPage();
      page.setDefaultTimeout(15_000);
    });
    after(async () => {
      await browser?.close();
      await demo?.close();
      await t?.close();
      if (outDir) await rm(outDir, { recursive: true, force: true });
    });

    const switcher = () => page.getByLabel(/Viewing the program as/);
    async function becomes(personId: string) {
      await Promise.all([page.waitForEvent('load'), switcher().selectOption(personId)]);
      await switcher().waitFor();
      assert.equal(await switcher().inputValue(), personId);
    }
    const inbox = () => page.locator('mentor-match-request#inbox');
    const mine = () => page.locator('mentor-match-request#my-requests');

    it('the mentee sends Kwame a request from the directory', async () => {
      await page.goto(`${demo.url}/`);
      await switcher().waitFor();
      assert.equal(await switcher().inputValue(), PERSONAS.mentee);
      await page.getByLabel('Search mentors').fill('Kwame Mensah');
      await page.getByLabel('Search mentors').press('Enter');
      await page.getByText('1 mentor found').first().waitFor();
      await page
        .locator('mentor-card', { hasText: 'Kwame Mensah' })
        .getByRole('button', { name: /Request mentoring/ })
        .click();
      const form = page.locator('mentor-match-request#request-form');
      await form.getByRole('heading', { name: 'Request mentoring from Kwame Mensah' }).waitFor();
      await form
        .getByLabel('Message to the mentor')
        .fill(
          'Hi Kwame, I want to present our design roadmap to the leadership team with confidence.',
        );
      await form.getByLabel('Goal 1').fill('Present the design roadmap to leadership by March');
      const created = page.waitForResponse(
        (r) => r.url().endsWith('/api/v1/requests') && r.request().method() === 'POST',
      );
      await form.getByRole('button', { name: 'Send request to Kwame Mensah' }).click();
      assert.equal((await created).status(), 201);
      await form.getByText('Request sent to Kwame Mensah').waitFor();
      await mine().getByText('Request to Kwame Mensah').first().waitFor();
    });

    it('Kwame sees it in his inbox and asks a question', async () => {
      await becomes(PERSONAS.mentor);
      const request = inbox().locator('[part="incoming"]', { hasText: 'Ana Souza' });
      await request.waitFor();
      await inbox().getByText('0 of 2 spots used').waitFor();
      await request.getByRole('button', { name: 'Ask a question…' }).click();
      await request.getByLabel('Your question').fill('Which leadership meeting is the first one?');
      await request.getByRole('button', { name: 'Send question' }).click();
      await inbox().getByText('Your question was sent to Ana Souza.').waitFor();
    });

    it('the mentee answers the question', async () => {
      await becomes(PERSONAS.mentee);
      const request = mine().locator('[part="request"]', { hasText: 'Request to Kwame Mensah' });
      await request.getByText('Which leadership meeting is the first one?').waitFor();
      await request.getByLabel('Your answer').fill('The quarterly business review on 12 March.');
      await request.getByRole('button', { name: 'Send answer' }).click();
      await request.getByText('You replied:').waitFor();
    });

    it('Kwame accepts her, then Diego: he is full', async () => {
      await becomes(PERSONAS.mentor);
      const ana = inbox().locator('[part="incoming"]', { hasText: 'Ana Souza' });
      await ana.getByText('The quarterly business review on 12 March.').waitFor();
      await ana.getByRole('button', { name: 'Accept Ana Souza' }).click();
      await inbox().getByText('You accepted Ana Souza. The mentorship has started.').waitFor();
      await inbox().getByText('1 of 2 spots used').waitFor();
      const diego = inbox().locator('[part="incoming"]', { hasText: 'Diego' });
      await diego.getByRole('button', { name: /Accept Diego/ }).click();
      await inbox().getByText('2 of 2 spots used').waitFor();
    });

    it('another mentee is told before typing that Kwame has no open spot', async () => {
      await becomes(PERSONAS.secondMentee);
      await page.goto(`${demo.url}/?request-mentor=${PERSONAS.mentor}`);
      const form = page.locator('mentor-match-request#request-form');
      await form.getByText('Kwame Mensah has no open spots right now').waitFor();
      await form.getByText('Choose another mentor in the directory').waitFor();
      assert.equal(await form.getByLabel('Message to the mentor').count(), 0);
      // The directory agrees: no request button on his card.
      await page.getByLabel('Search mentors').fill('Kwame Mensah');
      await page.getByLabel('Search mentors').press('Enter');
      const card = page.locator('mentor-card', { hasText: 'Kwame Mensah' });
      await card.getByText('Has no open spots right now.').waitFor();
      assert.equal(await card.getByRole('button', { name: /Request mentoring/ }).count(), 0);
    });
  },
);
