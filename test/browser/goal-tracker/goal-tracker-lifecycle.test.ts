// A goal's life: complete, reopen, archive and restore (nothing is deleted), reorder with the
// keyboard, milestones and key results updated in place with progress computed from them.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FIXTURE_IDS } from '../../../src/fixtures/index.js';
import {
  $,
  button,
  card,
  goalTitles,
  inCard,
  memoryApi,
  MENTORSHIP,
  saved,
  textOf,
  tracker,
} from './helpers.js';

describe('<mentor-goal-tracker> goal lifecycle', function () {
  this.timeout(30_000);

  it('completes and reopens a goal, with events and the status shown', async () => {
    const api = await memoryApi();
    const el = await tracker({ api });
    const complete = oneEvent(el, 'mentor-goal-complete');
    inCard(card(el, 'Think more strategically'), 'complete').click();
    expect((await complete).detail.goal.status).to.equal('done');
    await saved(el);
    expect(textOf(card(el, 'Think more strategically').querySelector('[part="status"]')!)).to.equal(
      'Done',
    );
    expect((await api.getGoal(FIXTURE_IDS.realGoal)).status).to.equal('done');

    const reopened = oneEvent(el, 'mentor-goal-change');
    inCard(card(el, 'Think more strategically'), 'reopen').click();
    expect((await reopened).detail.change).to.equal('reopened');
    await saved(el);
    expect((await api.getGoal(FIXTURE_IDS.realGoal)).status).to.equal('on-track');
  });

  it('archives a goal out of the list and restores it, losing nothing', async () => {
    const api = await memoryApi();
    const el = await tracker({ api });
    inCard(card(el, 'Think more strategically'), 'archive').click();
    await saved(el);
    expect(goalTitles(el)).not.to.include('Think more strategically about design decisions');
    expect(textOf($(el, '.tracker > [role="status"]'))).to.contain('archived');
    const toggle = button(el, 'Archived goals (1)');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
    const restore = oneEvent(el, 'mentor-goal-change');
    inCard(card(el, 'Think more strategically'), 'restore').click();
    expect((await restore).detail.change).to.equal('restored');
    await saved(el);
    const goal = await api.getGoal(FIXTURE_IDS.realGoal);
    expect(goal.archivedAt).to.equal(null);
    expect(goal.milestones).to.have.length(2);
    expect(goalTitles(el)).to.include('Think more strategically about design decisions');
  });

  it('moves goals with Alt+Arrow keys, keeps focus on the moved goal, and saves the order', async () => {
    const api = await memoryApi();
    const el = await tracker({ api });
    const [first, second] = goalTitles(el);
    inCard(card(el, first!), 'down').focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await saved(el);
    expect(goalTitles(el).slice(0, 2)).to.deep.equal([second, first]);
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.dataset['action']).to.equal('down');
    expect(focused.closest('li')!.querySelector('.goal-title')!.textContent).to.equal(first);
    expect(textOf($(el, '.tracker > [role="status"]'))).to.contain('to position 2 of 3');
    const stored = await api.listGoals(MENTORSHIP);
    expect(stored.items.map((g) => g.title).slice(0, 2)).to.deep.equal([second, first]);

    inCard(card(el, first!), 'up').click(); // the buttons work too
    await saved(el);
    expect(goalTitles(el).slice(0, 2)).to.deep.equal([first, second]);
  });

  it('ticks milestones off in place and computes progress from them', async () => {
    const api = await memoryApi();
    const el = await tracker({ api });
    const smart = card(el, 'Present the design system roadmap');
    const boxes = [...smart.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => b.checked)).to.deep.equal([true, false, false]);
    boxes[1]!.click();
    await saved(el);
    const bar = card(el, 'Present the design system roadmap').querySelector(
      '[role="progressbar"]',
    )!;
    expect(bar.getAttribute('aria-valuetext')).to.equal('67%, 2 of 3 milestones done');
    const stored = await api.getGoal(FIXTURE_IDS.smartGoal);
    expect(stored.milestones.map((m) => m.done)).to.deep.equal([true, true, false]);
    expect(stored.progress).to.equal(66.7);
  });

  it('updates a key result in place, falling numbers included', async () => {
    const api = await memoryApi();
    const el = await tracker({ api });
    const okr = card(el, 'design system the default');
    const tickets = [...okr.querySelectorAll<HTMLInputElement>('.kr-current')][2]!;
    tickets.value = '100';
    tickets.dispatchEvent(new Event('change'));
    await saved(el);
    const stored = await api.getGoal(FIXTURE_IDS.okrGoal);
    expect(stored.keyResults[2]!.current).to.equal(100);
    // (37.8 * 2 + 33.3 + 100) / 4
    expect(stored.progress).to.equal(52.2);
    await waitUntil(
      () =>
        card(el, 'design system the default')
          .querySelector('[role="progressbar"]')!
          .getAttribute('aria-valuenow') === '52',
    );
  });
});
