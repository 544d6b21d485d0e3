// Two partners use <mentor-goal-tracker> on the demo page against the reference server, each in
// their own browser session: the mentee adds a goal and records a session with an action item;
// the mentor sees both and ticks the item off; both edit the same goal and the one who saves
// second is shown the conflict and resolves it. Nothing is mocked.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { FIXTURE_IDS, PERSONAS } from '../../src/fixtures/index.js';
import { chromePath, startDemoServer, type DemoServer } from './support/demo-server.js';

const GOAL = 'Write a monthly trend memo for my team';

describe(
  'goal tracker journey: two partners on the reference server',
  { skip: chromePath ? false : 'no Chromium (set CHROME_PATH)' },
  () => {
    let server: DemoServer;
    let t: DemoServer['t'];
    before(async () => {
      server = await startDemoServer();
      t = server.t;
    });
    after(() => server?.close());

    /** A page in its own browser session, signed in as `personId` through the demo switcher. */
    async function signedIn(personId: string): Promise<Page> {
      const page = await (await server.browser.newContext()).newPage();
      await page.goto(
        `${server.demo.url}/?mentorship=${FIXTURE_IDS.activeMentorship}#my-mentorship`,
      );
      const switcher = page.getByLabel(/Viewing the program as/);
      await switcher.waitFor();
      if ((await switcher.inputValue()) !== personId) {
        await Promise.all([page.waitForEvent('load'), switcher.selectOption(personId)]);
        await page.getByLabel(/Viewing the program as/).waitFor();
      }
      await page.locator('mentor-goal-tracker [part="goals"]').waitFor();
      return page;
    }

    const tracker = (page: Page) => page.locator('mentor-goal-tracker');
    const goalCard = (page: Page, title: string) =>
      tracker(page).locator('li.goal', { has: page.getByRole('heading', { name: title }) });
    const saved = (page: Page) =>
      tracker(page).locator('[part="save-status"]').getByText('All changes saved').waitFor();

    it('works for both partners, conflicts included', async () => {
      const ana = await signedIn(PERSONAS.mentee);
      // The mentee adds a REAL goal.
      await tracker(ana).getByRole('button', { name: 'Add goal' }).click();
      const form = tracker(ana).locator('[part="goal-form"]');
      await form.getByLabel('REAL').check();
      await form.getByLabel('Goal', { exact: true }).fill(GOAL);
      await form.getByLabel('Learning-based').fill('How to spot trends early and argue for them.');
      await form.locator('button[type="submit"]').click();
      await goalCard(ana, GOAL).waitFor();

      // ... and records a session with an action item for the mentor.
      await tracker(ana).getByRole('button', { name: 'Record a session' }).click();
      const recap = tracker(ana).locator('[part="recap-form"]');
      await recap.getByLabel('Notes', { exact: true }).fill('Agreed on the memo outline.');
      await recap.getByRole('button', { name: 'Add action item' }).click();
      await recap
        .getByLabel('Action item 1', { exact: true })
        .fill('Send Ana two trend memos to learn from');
      await recap.getByLabel('Owner').selectOption('mentor');
      await recap.getByRole('button', { name: 'Save recap' }).click();
      await tracker(ana).getByText('Session recap saved.').waitFor({ state: 'attached' });

      // The mentor sees the goal and the action item, and ticks it off.
      const priya = await signedIn(PERSONAS.partnerMentor);
      await goalCard(priya, GOAL).waitFor();
      const item = tracker(priya)
        .locator('[part="action-items"]')
        .getByRole('checkbox', { name: 'Send Ana two trend memos to learn from' });
      await item.check();
      await saved(priya);
      const items = await t.as(PERSONAS.mentee).listActionItems(FIXTURE_IDS.activeMentorship, {
        status: 'all',
      });
      assert.equal(
        items.items.find((i) => i.text === 'Send Ana two trend memos to learn from')?.done,
        true,
      );

      // Both open the same goal; the mentee saves first, the mentor second.
      await goalCard(ana, GOAL).getByRole('button', { name: 'Edit' }).click();
      await goalCard(priya, GOAL).getByRole('button', { name: 'Edit' }).click();
      await tracker(ana).getByLabel('Goal', { exact: true }).fill(`${GOAL} (Ana)`);
      await saved(ana);
      await tracker(priya).getByLabel('Goal', { exact: true }).fill(`${GOAL} (Priya)`);
      const conflict = tracker(priya).locator('[part="conflict"]');
      await conflict.waitFor();
      await conflict.locator(`tr[data-field="title"]`).getByText(`${GOAL} (Ana)`).waitFor();
      await conflict.getByRole('button', { name: 'Keep all mine' }).click();
      await saved(priya);
      const goals = await t.as(PERSONAS.mentee).listGoals(FIXTURE_IDS.activeMentorship);
      assert.ok(goals.items.some((g) => g.title === `${GOAL} (Priya)`));
      await ana.close();
      await priya.close();
    });
  },
);
