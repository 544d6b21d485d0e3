// Mentor confirmation of done goals (a program option): on, a goal the mentee marks as done waits
// for the mentor, who confirms it or sends it back with a note; off, "done" is done at once.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Goal } from '../../src/contract/index.js';
import { assertValid, expectProblem, withHarness, type MakeHarness } from './support.js';

const goalBody = {
  framework: 'REAL' as const,
  title: 'Give feedback that lands',
  criteria: { learning: 'How to give feedback my peers can act on.' },
};

export function goalConfirmationBehaviour(makeHarness: MakeHarness) {
  describe('goal confirmation by the mentor (program option on)', () => {
    const h = withHarness(
      makeHarness,
      { before, after },
      {
        settings: { goalsNeedMentorConfirmation: true },
      },
    );

    it('shows the option in the program settings', async (t) => {
      if (h().optionsIgnored) return t.skip('this backend cannot turn program options on');
      const { personas } = h();
      const me = await h().as(personas.mentee).getMe();
      assert.equal(me.settings.goalsNeedMentorConfirmation, true);
    });

    it('keeps a goal the mentee finished waiting until the mentor confirms it', async (t) => {
      if (h().optionsIgnored) return t.skip('this backend cannot turn program options on');
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const mentor = h().as(personas.partnerMentor);
      const admin = h().as(personas.admin);
      const completedBefore = (await admin.getProgramReport()).goals.completed;
      const goal = await ana.createGoal(personas.activeMentorship, goalBody);
      const asked = await ana.updateGoal(goal.id, { status: 'done' }, { version: goal.version });
      assertValid(Goal, asked, 'goal');
      assert.equal(asked.status, 'awaiting-confirmation');
      assert.equal(asked.confirmation?.step, 'requested');
      assert.equal(asked.confirmation?.byId, personas.mentee);
      assert.equal(
        (await admin.getProgramReport()).goals.completed,
        completedBefore,
        'not counted as completed yet',
      );

      const mine = await expectProblem(
        ana.updateGoal(goal.id, { status: 'done' }, { version: asked.version }),
        { status: 403, code: 'mentor-confirms-goals' },
      );
      assert.match(mine.message, /only the mentor/i);

      const seen = await mentor.getGoal(goal.id);
      assert.equal(seen.status, 'awaiting-confirmation', 'the mentor sees it waiting');
      const confirmed = await mentor.updateGoal(
        goal.id,
        { status: 'done' },
        { version: seen.version },
      );
      assert.equal(confirmed.status, 'done');
      assert.equal(confirmed.confirmation?.step, 'confirmed');
      assert.equal(confirmed.confirmation?.byId, personas.partnerMentor);
      assert.equal((await admin.getProgramReport()).goals.completed, completedBefore + 1);
    });

    it('lets the mentor send a goal back with a note, and the mentee try again', async (t) => {
      if (h().optionsIgnored) return t.skip('this backend cannot turn program options on');
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const mentor = h().as(personas.partnerMentor);
      const goal = await ana.createGoal(personas.activeMentorship, goalBody);
      const asked = await ana.updateGoal(goal.id, { status: 'done' }, { version: goal.version });

      await expectProblem(
        ana.updateGoal(goal.id, { sendBack: { note: 'Not yet' } }, { version: asked.version }),
        { status: 403, code: 'mentor-confirms-goals' },
      );
      const empty = await expectProblem(
        mentor.updateGoal(goal.id, { sendBack: { note: '   ' } }, { version: asked.version }),
        { status: 422, code: 'validation' },
      );
      assert.deepEqual(
        empty.fieldErrors.map((e) => e.path),
        ['sendBack.note'],
      );
      const note = 'Ask two peers whether the feedback helped, then mark it done.';
      const back = await mentor.updateGoal(
        goal.id,
        { sendBack: { note } },
        { version: asked.version },
      );
      assert.equal(back.status, 'on-track');
      assert.deepEqual(
        [back.confirmation?.step, back.confirmation?.note, back.confirmation?.byId],
        ['sent-back', note, personas.partnerMentor],
      );
      await expectProblem(
        mentor.updateGoal(goal.id, { sendBack: { note } }, { version: back.version }),
        { status: 409, code: 'goal-not-awaiting-confirmation' },
      );
      const editedTitle = await ana.updateGoal(
        goal.id,
        { title: 'Give feedback that lands, checked with peers' },
        { version: back.version },
      );
      assert.equal(editedTitle.confirmation?.note, note, 'the note stays while the mentee works');
      const again = await ana.updateGoal(
        goal.id,
        { status: 'done' },
        { version: editedTitle.version },
      );
      assert.equal(again.status, 'awaiting-confirmation');
      assert.equal(again.confirmation?.step, 'requested');
    });

    it('lets the mentee take the request back, and the mentor mark a goal done directly', async (t) => {
      if (h().optionsIgnored) return t.skip('this backend cannot turn program options on');
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const mentor = h().as(personas.partnerMentor);
      const goal = await ana.createGoal(personas.activeMentorship, goalBody);
      const asked = await ana.updateGoal(goal.id, { status: 'done' }, { version: goal.version });
      const open = await ana.updateGoal(
        goal.id,
        { status: 'on-track' },
        { version: asked.version },
      );
      assert.equal(open.status, 'on-track');
      assert.equal(open.confirmation, null);
      const done = await mentor.updateGoal(goal.id, { status: 'done' }, { version: open.version });
      assert.equal(done.status, 'done', 'the mentor’s own “done” needs no second opinion');
      assert.equal(done.confirmation?.step, 'confirmed');
    });
  });

  describe('goal confirmation by the mentor (program option off)', () => {
    const h = withHarness(makeHarness, { before, after });

    it('counts a goal the mentee marks as done at once, and refuses a send-back', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      assert.equal((await ana.getMe()).settings.goalsNeedMentorConfirmation, false);
      const goal = await ana.createGoal(personas.activeMentorship, goalBody);
      const done = await ana.updateGoal(goal.id, { status: 'done' }, { version: goal.version });
      assert.equal(done.status, 'done');
      assert.equal(done.confirmation, null);
      await expectProblem(
        h()
          .as(personas.partnerMentor)
          .updateGoal(goal.id, { sendBack: { note: 'Why?' } }, { version: done.version }),
        { status: 409, code: 'goal-not-awaiting-confirmation' },
      );
    });
  });
}
