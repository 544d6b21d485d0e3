// Autosave: visible states, optimistic edits rolled back with a message when the network fails,
// Retry, and a concurrent edit by the partner (412) resolved each way without losing anything.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { MemoryMentoringApi } from '../../../src/memory/memory-api.js';
import type { MentorGoalTracker } from '../../../src/components/goal-tracker/goal-tracker.component.js';
import { FIXTURE_IDS, PERSONAS } from '../../../src/fixtures/index.js';
import {
  $,
  button,
  card,
  inCard,
  programData,
  root,
  saved,
  textOf,
  tracker,
  type,
} from './helpers.js';

const SMART = 'Present the design system roadmap';

async function openEditor(el: MentorGoalTracker, title: string) {
  inCard(card(el, title), 'edit').click();
  await el.updateComplete;
}

describe('<mentor-goal-tracker> saving', function () {
  this.timeout(30_000);

  it('shows saving, then saved, for an edit that saves itself', async () => {
    const options = { userId: PERSONAS.mentee, data: await programData(), latencyMs: 300 };
    const api = new MemoryMentoringApi(options);
    const el = await tracker({ api });
    await openEditor(el, SMART);
    const changed = oneEvent(el, 'mentor-goal-change');
    await type(el, 'title', 'Present the roadmap to product leadership');
    await waitUntil(() => textOf($(el, '[part="save-status"]')) === 'Saving…', 'no saving state');
    await expect(el).to.be.accessible();
    expect((await changed).detail.change).to.equal('updated');
    expect(await saved(el)).to.equal('All changes saved');
    expect((await api.getGoal(FIXTURE_IDS.smartGoal)).title).to.equal(
      'Present the roadmap to product leadership',
    );
    button(el, 'Done').click();
    await el.updateComplete;
    expect(card(el, 'Present the roadmap to product leadership').isConnected).to.equal(true);
  });

  it('undoes an edit that could not be saved, says so, and saves it on retry', async () => {
    const options = { userId: PERSONAS.mentee, data: await programData(), failureRate: 0 };
    const api = new MemoryMentoringApi(options);
    const el = await tracker({ api });
    options.failureRate = 1; // the network drops
    const box = () =>
      card(el, SMART).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1]!;
    box().click();
    expect(box().checked).to.equal(true); // optimistic
    expect(await saved(el)).to.contain('Could not save');
    const alert = textOf($(el, '[part="save-status"] [role="alert"]'));
    expect(alert).to.contain(`Could not save “${SMART}`);
    expect(alert).to.contain('Your change was undone');
    expect(alert).to.contain('offline');
    expect(box().checked).to.equal(false);
    await expect(el).to.be.accessible();

    options.failureRate = 0; // back online
    button(el, 'Try again').click();
    expect(await saved(el)).to.equal('All changes saved');
    expect(box().checked).to.equal(true);
    const stored = await api.getGoal(FIXTURE_IDS.smartGoal);
    expect(stored.milestones[1]!.done).to.equal(true);
  });

  it('rolls back a move that failed', async () => {
    const options = { userId: PERSONAS.mentee, data: await programData(), failureRate: 0 };
    const el = await tracker({ api: new MemoryMentoringApi(options) });
    const first = card(el, SMART);
    options.failureRate = 1;
    inCard(first, 'down').click();
    expect(await saved(el)).to.contain('Could not save “the order of goals”');
    expect(root(el).querySelector('.goals > li .goal-title')!.textContent).to.contain(SMART);
  });

  describe('when the partner changed the same goal meanwhile', () => {
    async function conflicted(changes: { title: string; dueDate?: string }) {
      const api = new MemoryMentoringApi({ userId: PERSONAS.mentee, data: await programData() });
      const el = await tracker({ api });
      const priya = api.as(PERSONAS.partnerMentor);
      await priya.updateGoal(
        FIXTURE_IDS.smartGoal,
        { title: 'Priya’s title' },
        { version: (await priya.getGoal(FIXTURE_IDS.smartGoal)).version },
      );
      await openEditor(el, SMART);
      await type(el, 'title', changes.title);
      if (changes.dueDate) await type(el, 'dueDate', changes.dueDate);
      await waitUntil(() => root(el).querySelector('[part="conflict"]'), 'no conflict view');
      await el.updateComplete;
      return { api, el, view: $(el, '[part="conflict"]') };
    }

    it('shows both versions field by field, and keeps mine when asked', async () => {
      const { api, el, view } = await conflicted({ title: 'Ana’s title' });
      const row = view.querySelector('tr[data-field="title"]')!;
      expect(textOf(row)).to.contain('Ana’s title');
      expect(textOf(row)).to.contain('Priya’s title');
      expect((await api.getGoal(FIXTURE_IDS.smartGoal)).title).to.equal('Priya’s title');
      await expect(el).to.be.accessible();
      button(el, 'Keep all mine').click();
      expect(await saved(el)).to.equal('All changes saved');
      expect((await api.getGoal(FIXTURE_IDS.smartGoal)).title).to.equal('Ana’s title');
      expect(root(el).querySelector('[part="conflict"]')).to.equal(null);
    });

    it('takes theirs when asked, sending nothing', async () => {
      const { api, el } = await conflicted({ title: 'Ana’s title' });
      const version = (await api.getGoal(FIXTURE_IDS.smartGoal)).version;
      button(el, 'Take all theirs').click();
      await el.updateComplete;
      expect(card(el, 'Priya’s title').isConnected).to.equal(true);
      expect((await api.getGoal(FIXTURE_IDS.smartGoal)).version).to.equal(version);
    });

    it('merges field by field', async () => {
      const { api, el, view } = await conflicted({ title: 'Ana’s title', dueDate: '2027-01-31' });
      view.querySelector<HTMLInputElement>('input[name="pick-title"][value="theirs"]')!.click();
      await el.updateComplete;
      button(el, 'Save my choices').click();
      expect(await saved(el)).to.equal('All changes saved');
      const goal = await api.getGoal(FIXTURE_IDS.smartGoal);
      expect([goal.title, goal.dueDate]).to.deep.equal(['Priya’s title', '2027-01-31']);
    });
  });
});
