// Mentor confirmation of done goals (program option): the mentee's "done" waits, shown as such on
// both sides; the mentor confirms it (mentor-goal-complete) or sends it back with a note, checked
// before sending, rolled back with the note kept when sending fails.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { MemoryMentoringApi } from '../../../src/memory/memory-api.js';
import type { MentorGoalTracker } from '../../../src/components/goal-tracker/goal-tracker.component.js';
import { FIXTURE_IDS, PERSONAS } from '../../../src/fixtures/index.js';
import { expectAccessibleInThemes } from '../support/a11y.js';
import { $, card, errorOf, inCard, programData, saved, textOf, tracker, type } from './helpers.js';

const REAL = 'Think more strategically';
const ON = { goalsNeedMentorConfirmation: true };

async function program(extra: { failureRate?: number } = {}) {
  const options = {
    userId: PERSONAS.mentee,
    data: await programData(),
    programSettings: ON,
    ...extra,
  };
  return { options, mentee: new MemoryMentoringApi(options) };
}

const status = (el: MentorGoalTracker) => textOf(card(el, REAL).querySelector('[part="status"]')!);
const note = (el: MentorGoalTracker) =>
  textOf(card(el, REAL).querySelector('[part="confirmation"]')!);

async function markedDoneByMentee(mentee: MemoryMentoringApi) {
  const goal = await mentee.getGoal(FIXTURE_IDS.realGoal);
  return mentee.updateGoal(goal.id, { status: 'done' }, { version: goal.version });
}

describe('<mentor-goal-tracker> mentor confirmation', function () {
  this.timeout(40_000);

  it('keeps the mentee’s “done” waiting for the mentor, and lets her take it back', async () => {
    const { mentee } = await program();
    const el = await tracker({ api: mentee });
    let completed = false;
    el.addEventListener('mentor-goal-complete', () => (completed = true));
    const changed = oneEvent(el, 'mentor-goal-change');
    inCard(card(el, REAL), 'complete').click();
    await el.updateComplete;
    expect(status(el), 'optimistic').to.equal('Awaiting confirmation');
    expect((await changed).detail.change).to.equal('awaiting-confirmation');
    await saved(el);
    expect(completed, 'not complete yet').to.equal(false);
    expect(status(el)).to.equal('Awaiting confirmation');
    expect(note(el)).to.match(/Waiting for Priya .* to confirm that it is done/);
    expect(textOf($(el, '.tracker > [role="status"]'))).to.contain('waiting for your mentor');
    expect((await mentee.getGoal(FIXTURE_IDS.realGoal)).status).to.equal('awaiting-confirmation');
    expect(card(el, REAL).querySelector('[data-action="send-back"]')).to.equal(null);
    await expectAccessibleInThemes(el);

    inCard(card(el, REAL), 'reopen').click(); // "Not done yet"
    await saved(el);
    expect(status(el)).to.not.equal('Awaiting confirmation');
    expect((await mentee.getGoal(FIXTURE_IDS.realGoal)).status).to.equal('on-track');
  });

  it('lets the mentor confirm a goal, which then counts as done', async () => {
    const { mentee } = await program();
    await markedDoneByMentee(mentee);
    const el = await tracker({ api: mentee.as(PERSONAS.partnerMentor) });
    expect(status(el)).to.equal('Awaiting confirmation');
    expect(note(el)).to.contain('marked this goal as done');
    await expectAccessibleInThemes(el);
    const complete = oneEvent(el, 'mentor-goal-complete');
    inCard(card(el, REAL), 'complete').click(); // "Confirm done"
    const { goal } = (await complete).detail;
    expect([goal.status, goal.confirmation?.step]).to.deep.equal(['done', 'confirmed']);
    await saved(el);
    expect(status(el)).to.equal('Done');
    expect(note(el)).to.contain('You confirmed it on');
    await expectAccessibleInThemes(el);

    const menteeView = await tracker({ api: mentee });
    expect(textOf(card(menteeView, REAL).querySelector('[part="confirmation"]')!)).to.match(
      /Confirmed by Priya/,
    );
  });

  it('sends a goal back with a note the mentee then reads; an empty note is refused', async () => {
    const { mentee } = await program();
    await markedDoneByMentee(mentee);
    const el = await tracker({ api: mentee.as(PERSONAS.partnerMentor) });
    inCard(card(el, REAL), 'send-back').click();
    await waitUntil(() => card(el, REAL).querySelector('[part="send-back"]'), 'no note form');
    const box = card(el, REAL).querySelector('textarea')!;
    await waitUntil(() => el.shadowRoot!.activeElement === box, 'the note is not focused');
    await expectAccessibleInThemes(el);

    card(el, REAL).querySelector<HTMLButtonElement>('[part="send-back"] [type="submit"]')!.click();
    await el.updateComplete;
    const path = `send-back-${FIXTURE_IDS.realGoal}`;
    expect(errorOf(el, path)).to.contain('Say what is missing');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessibleInThemes(el);

    const changed = oneEvent(el, 'mentor-goal-change');
    await type(el, path, 'Ask two peers whether the feedback helped first.');
    card(el, REAL).querySelector<HTMLButtonElement>('[part="send-back"] [type="submit"]')!.click();
    expect((await changed).detail.change).to.equal('sent-back');
    await saved(el);
    expect(status(el)).to.not.equal('Awaiting confirmation');
    expect(note(el)).to.contain('You sent it back on');
    const stored = await mentee.getGoal(FIXTURE_IDS.realGoal);
    expect([stored.status, stored.confirmation?.note]).to.deep.equal([
      'on-track',
      'Ask two peers whether the feedback helped first.',
    ]);

    const menteeView = await tracker({ api: mentee });
    const shown = textOf(card(menteeView, REAL).querySelector('[part="confirmation"]')!);
    expect(shown).to.contain('Sent back by Priya');
    expect(shown).to.contain('Ask two peers whether the feedback helped first.');
    await expectAccessibleInThemes(menteeView);
  });

  it('rolls a failed send-back back and opens the note again with the text typed', async () => {
    const options = {
      userId: PERSONAS.partnerMentor,
      data: await programData(),
      programSettings: ON,
      failureRate: 0,
    };
    const mentor = new MemoryMentoringApi(options); // the options object stays the API's own
    await markedDoneByMentee(mentor.as(PERSONAS.mentee));
    const el = await tracker({ api: mentor });
    inCard(card(el, REAL), 'send-back').click();
    await waitUntil(() => card(el, REAL).querySelector('[part="send-back"]'), 'no note form');
    const path = `send-back-${FIXTURE_IDS.realGoal}`;
    await type(el, path, 'Add the trend memo to the goal first.');
    options.failureRate = 1;
    card(el, REAL).querySelector<HTMLButtonElement>('[part="send-back"] [type="submit"]')!.click();
    expect(await saved(el)).to.contain('Could not save');
    await waitUntil(() => card(el, REAL).querySelector('[part="send-back"] textarea'), 'closed');
    expect(status(el)).to.equal('Awaiting confirmation');
    expect(card(el, REAL).querySelector('textarea')!.value).to.equal(
      'Add the trend memo to the goal first.',
    );
    await expectAccessibleInThemes(el);
  });
});
