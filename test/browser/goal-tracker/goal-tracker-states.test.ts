// Every state a person can meet, each checked with axe: loading, error with retry, the empty
// state with an example per framework, read-only for admins and ended mentorships, dark theme,
// right-to-left Arabic, narrow widths.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { MemoryMentoringApi } from '../../../src/memory/memory-api.js';
import type { MentorGoalTracker } from '../../../src/components/goal-tracker/goal-tracker.component.js';
import { FIXTURE_IDS, PERSONAS } from '../../../src/fixtures/index.js';
import { $, $$, button, card, memoryApi, programData, root, textOf, tracker } from './helpers.js';

async function withoutGoals(): Promise<MemoryMentoringApi> {
  const data = structuredClone(await programData());
  data.goals = data.goals.filter((g) => g.mentorshipId !== FIXTURE_IDS.activeMentorship);
  return new MemoryMentoringApi({ userId: PERSONAS.mentee, data });
}

describe('<mentor-goal-tracker> states', function () {
  this.timeout(30_000);

  it('shows a skeleton while loading, announced politely', async () => {
    const api = await memoryApi({ latencyMs: 500 });
    const el = await fixture<MentorGoalTracker>(
      html`<mentor-goal-tracker
        .api=${api}
        mentorship-id=${FIXTURE_IDS.activeMentorship}
      ></mentor-goal-tracker>`,
    );
    expect(root(el).querySelector('[part="skeleton"]')).not.to.equal(null);
    expect(textOf($(el, '[role="status"]'))).to.equal('Loading goals');
    await expect(el).to.be.accessible();
    await el.loaded();
    expect(root(el).querySelector('[part="skeleton"]')).to.equal(null);
  });

  it('says what failed and retries', async () => {
    const options = { userId: PERSONAS.mentee, data: await programData(), failureRate: 1 };
    const el = await tracker({ api: new MemoryMentoringApi(options) });
    expect(textOf($(el, '[part="error"]'))).to.contain('offline');
    await expect(el).to.be.accessible();
    options.failureRate = 0;
    button(el, 'Try again').click();
    await el.loaded();
    await waitUntil(() => $$(el, '.goals > li').length === 3, 'goals after retry');
  });

  it('helps write a first good goal, with an example per framework', async () => {
    const el = await tracker({ api: await withoutGoals() });
    const empty = $(el, '[part="empty"]');
    expect(textOf(empty)).to.contain('No goals yet');
    expect($$(el, '[data-start]').map((b) => b.dataset['start'])).to.deep.equal([
      'SMART',
      'REAL',
      'OKR',
    ]);
    expect(textOf(empty)).to.contain('sprint reviews');
    await expect(el).to.be.accessible();
    $(el, '[data-start="OKR"]').click();
    await el.updateComplete;
    expect($(el, 'label[for="f-title"]').textContent).to.equal('Objective');
    expect(root(el).querySelector('[data-path="keyResults.0.title"]')).not.to.equal(null);
  });

  it('uses only the framework the program fixed', async () => {
    const el = await tracker({ api: await withoutGoals(), framework: 'real' });
    expect($$(el, '[data-start]').map((b) => b.dataset['start'])).to.deep.equal(['REAL']);
    button(el, 'Add goal').click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="framework-choice"]')).to.equal(null);
    expect(textOf($(el, '[part="framework-help"]'))).to.contain('learning-based');
  });

  it('is read-only for an admin: everything shown, nothing to change', async () => {
    const el = await tracker({ api: await memoryApi({ userId: PERSONAS.admin }) });
    expect(textOf($(el, '[part="readonly-notice"]'))).to.contain('only the two partners');
    expect(root(el).querySelector('[data-action="edit"]')).to.equal(null);
    expect(root(el).querySelector('button.primary')).to.equal(null);
    const boxes = root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect([...boxes].every((b) => b.disabled)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is read-only once the mentorship ended', async () => {
    const data = structuredClone(await programData());
    const ms = data.mentorships.find((m) => m.id === FIXTURE_IDS.activeMentorship)!;
    ms.status = 'ended';
    const el = await tracker({ api: new MemoryMentoringApi({ userId: PERSONAS.mentee, data }) });
    expect(textOf($(el, '[part="readonly-notice"]'))).to.contain('has ended');
    expect(root(el).querySelector('[data-action="archive"]')).to.equal(null);
  });

  it('passes axe in the dark theme on a dark page, form open', async () => {
    document.documentElement.style.colorScheme = 'dark';
    document.body.style.background = '#101114';
    try {
      const el = await tracker();
      expect(getComputedStyle(el).color).to.equal('rgb(236, 238, 242)');
      await expect(el).to.be.accessible();
      button(el, 'Add goal').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.style.colorScheme = '';
      document.body.style.background = '';
    }
  });

  it('lays out right-to-left in Arabic', async () => {
    const el = await tracker({ locale: 'ar' });
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(textOf($(el, '#tracker-title'))).not.to.equal('Goals');
    const smart = card(el, 'Present the design system roadmap');
    const head = smart.querySelector('.goal-head')!;
    const title = head.querySelector('.goal-title')!.getBoundingClientRect();
    const chip = head.querySelector('.chip')!.getBoundingClientRect();
    expect(chip.left, 'the framework chip follows the title to its left').to.be.lessThan(
      title.left,
    );
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px wide screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await tracker();
      button(el, 'Add goal').click();
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
