// Sessions: the recap form opens with the open action items to review, saves notes, new action
// items and progress; items carry forward until ticked off, anywhere they appear; the timeline
// pages through the recaps.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { FIXTURE_IDS, PERSONAS } from '../../../src/fixtures/index.js';
import type { Recap } from '../../../src/contract/index.js';
import type { MentorGoalTracker } from '../../../src/components/goal-tracker/goal-tracker.component.js';
import {
  $,
  $$,
  button,
  card,
  inCard,
  memoryApi,
  MENTORSHIP,
  root,
  saved,
  settle,
  textOf,
  tracker,
  type,
} from './helpers.js';

async function openRecap(el: MentorGoalTracker) {
  button(el, 'Record a session').click();
  // The form is a lazy part: its first load may take a while on a busy machine.
  await waitUntil(() => root(el).querySelector('[part="recap-form"]'), 'no recap form', {
    timeout: 5000,
  });
  await el.updateComplete;
  return $(el, '[part="recap-form"]');
}

const itemTexts = (scope: Element) =>
  [...scope.querySelectorAll('[data-item-id]')].map((li) => textOf(li.querySelector('label')!));

describe('<mentor-goal-tracker> sessions', function () {
  this.timeout(30_000);

  it('opens the recap form with the open action items to review first', async () => {
    const el = await tracker();
    const form = await openRecap(el);
    const review = form.querySelector('[part="action-items"]')!;
    expect(itemTexts(review)).to.deep.equal([
      'Collect adoption numbers from analytics',
      'Introduce Ana to the VP of Product’s chief of staff',
    ]);
    expect(textOf(review)).to.contain('Mentor');
    await expect(el).to.be.accessible();
  });

  it('saves a recap with action items; they carry forward to the next session', async () => {
    const api = await memoryApi();
    const el = await tracker({ api });
    await openRecap(el);
    await type(el, 'sessionDate', '2026-11-24');
    await type(el, 'notes', 'Rehearsed the opening twice.');
    button(el, 'Add action item').click();
    await el.updateComplete;
    await type(el, 'items.0.text', 'Book the leadership slot');
    await type(el, 'items.0.dueDate', '2026-12-04');
    const select = $<HTMLSelectElement>(el, '#owner-0');
    select.value = 'mentor';
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const event = oneEvent(el, 'mentor-recap-save');
    root(el).querySelector<HTMLButtonElement>('[part="recap-form"] [type="submit"]')!.click();
    const { recap } = (await event).detail as { recap: Recap };
    expect(recap.actionItems.map((i) => [i.text, i.owner, i.dueDate])).to.deep.equal([
      ['Book the leadership slot', 'mentor', '2026-12-04'],
    ]);
    await settle(el);
    expect(root(el).querySelector('[part="recap-form"]')).to.equal(null);
    expect(textOf($(el, '.tracker > [role="status"]'))).to.contain('Session recap saved');
    const open = (await api.listActionItems(MENTORSHIP)).items.map((i) => i.text);
    expect(open).to.include('Book the leadership slot');

    const next = await openRecap(el);
    expect(itemTexts(next.querySelector('[part="action-items"]')!)).to.include(
      'Book the leadership slot',
    );
  });

  it("keeps a recap's progress when a goal's edit form, open meanwhile, saves an edit", async () => {
    const api = await memoryApi();
    const goal = await api.createGoal(MENTORSHIP, {
      framework: 'SMART',
      title: 'Speak at the design guild',
      criteria: { measurable: 'A talk given, with questions from the floor.' },
      dueDate: '2027-03-31',
      progress: 20,
    });
    const el = await tracker({ api });
    inCard(card(el, goal.title), 'edit').click();
    await el.updateComplete;
    await openRecap(el);
    await type(el, 'sessionDate', '2026-11-24');
    await type(el, `progress.${goal.id}`, '60');
    const event = oneEvent(el, 'mentor-recap-save');
    root(el).querySelector<HTMLButtonElement>('[part="recap-form"] [type="submit"]')!.click();
    await event;
    await settle(el);
    expect((await api.getGoal(goal.id)).progress).to.equal(60);
    // The edit form still shows 20: the person changes the title only.
    await type(el, 'title', 'Speak at the design guild in March');
    expect(await saved(el)).to.equal('All changes saved');
    const after = await api.getGoal(goal.id);
    expect(after.title).to.equal('Speak at the design guild in March');
    expect(after.progress, 'the recap’s progress stays').to.equal(60);
    // Typing the title back sends it too (the first edit is what the form now agrees with).
    await type(el, 'title', 'Speak at the design guild');
    await waitUntil(
      async () => (await api.getGoal(goal.id)).title === 'Speak at the design guild',
      'the title typed back was never sent',
      { timeout: 5000 },
    );
    expect(await saved(el)).to.equal('All changes saved');
    expect((await api.getGoal(goal.id)).progress).to.equal(60);
  });

  it('checks the recap before sending: a date is needed, the draft is kept', async () => {
    const el = await tracker();
    await openRecap(el);
    await type(el, 'sessionDate', '');
    await type(el, 'notes', 'Notes I do not want to lose');
    root(el).querySelector<HTMLButtonElement>('[part="recap-form"] [type="submit"]')!.click();
    await settle(el);
    expect(textOf($(el, '#f-sessionDate-error'))).to.equal('Enter a date.');
    expect(($(el, '#f-notes') as HTMLTextAreaElement).value).to.equal(
      'Notes I do not want to lose',
    );
  });

  it('ticks an action item off anywhere: the partner sees it done', async () => {
    const api = await memoryApi();
    const el = await tracker({ api });
    const changed = oneEvent(el, 'mentor-action-item-change');
    const openList = $(el, '[part="action-items"]');
    openList.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    expect((await changed).detail.item.done).to.equal(true);
    await saved(el);
    const priya = api.as(PERSONAS.partnerMentor);
    const all = await priya.listActionItems(MENTORSHIP, { status: 'all' });
    expect(
      all.items.find((i) => i.text === 'Collect adoption numbers from analytics')!.done,
    ).to.equal(true);
    const stillOpen = await priya.listActionItems(MENTORSHIP);
    expect(stillOpen.items.map((i) => i.text)).not.to.include(
      'Collect adoption numbers from analytics',
    );
  });

  it('pages through the session history, newest first, with progress per goal', async () => {
    const api = await memoryApi();
    for (let day = 1; day <= 6; day++)
      await api.createRecap(MENTORSHIP, {
        sessionDate: `2026-11-${String(10 + day).padStart(2, '0')}`,
        notes: `Session ${day}`,
        goalUpdates: [{ goalId: FIXTURE_IDS.realGoal, progress: day * 10 }],
      });
    const el = await tracker({ api });
    button(el, 'Session history').click();
    await waitUntil(() => $$(el, '.recap-entry').length > 0, 'no recaps');
    expect($$(el, '.recap-entry')).to.have.length(5);
    expect(textOf($$(el, '.recap-entry')[0]!)).to.contain('Session 6');
    expect(textOf($$(el, '.recap-entry')[0]!)).to.contain('Recorded by Ana');
    await expect(el).to.be.accessible();
    button(el, 'Show earlier sessions').click();
    await waitUntil(() => $$(el, '.recap-entry').length === 8, 'no second page');
    expect(root(el).querySelector('[part="load-more"]')).to.equal(null);
  });
});
