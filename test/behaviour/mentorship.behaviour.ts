// Goals and recaps: only the two partners (and admins, read-only) see them; edits are versioned.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Goal, GoalList, Recap } from '../../src/contract/index.js';
import {
  assertValid,
  expectProblem,
  fieldPaths,
  withHarness,
  type MakeHarness,
} from './support.js';

export function mentorshipBehaviour(makeHarness: MakeHarness) {
  describe('goals and recaps', () => {
    const h = withHarness(makeHarness, { before, after });

    it('shows the goals to both partners and admins, and to nobody else', async () => {
      const { personas } = h();
      const goals = await h().as(personas.mentee).listGoals(personas.activeMentorship);
      assertValid(GoalList, goals, 'goals');
      assert.deepEqual(
        new Set(goals.items.map((g) => g.framework)),
        new Set(['SMART', 'REAL', 'OKR']),
      );
      assert.equal(
        (await h().as(personas.partnerMentor).listGoals(personas.activeMentorship)).items.length,
        goals.items.length,
      );
      assert.equal(
        (await h().as(personas.admin).listGoals(personas.activeMentorship)).items.length,
        goals.items.length,
      );
      await expectProblem(h().as(personas.secondMentee).listGoals(personas.activeMentorship), {
        status: [403, 404],
      });
      await expectProblem(h().as(personas.mentor).getMentorship(personas.activeMentorship), {
        status: [403, 404],
      });
      const strangers = await h().as(personas.secondMentee).listMentorships();
      assert.ok(!strangers.items.some((m) => m.id === personas.activeMentorship));
    });

    it('lets partners add and edit goals, with versions guarding concurrent edits', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const created = await ana.createGoal(personas.activeMentorship, {
        framework: 'REAL',
        title: 'Be the go-to person for accessible components',
        criteria: { learning: 'How assistive technology users meet our components.' },
        milestones: [{ title: 'Audit 10 components', dueDate: '2027-02-01', done: false }],
      });
      assertValid(Goal, created, 'goal');
      assert.deepEqual([created.version, created.progress, created.milestones.length], [1, 0, 1]);
      const priya = h().as(personas.partnerMentor);
      const updated = await priya.updateGoal(created.id, { status: 'at-risk' }, { version: 1 });
      assert.deepEqual([updated.version, updated.status], [2, 'at-risk']);
      const stale = await expectProblem(
        ana.updateGoal(created.id, { title: 'Changed on an old copy' }, { version: 1 }),
        { status: 412 },
      );
      assert.equal(stale.problem.currentVersion, 2);
      const kept = await ana.updateGoal(
        created.id,
        {
          milestones: [
            {
              id: created.milestones[0]!.id,
              title: 'Audit 10 components',
              dueDate: '2027-02-01',
              done: true,
            },
          ],
        },
        { version: 2 },
      );
      assert.equal(kept.milestones[0]!.done, true);
      assert.equal(kept.progress, 100, 'progress follows the milestones');
      assert.equal(kept.milestones[0]!.id, created.milestones[0]!.id);
    });

    it('refuses goal changes from anyone but the partners', async () => {
      const { personas } = h();
      const goal = {
        framework: 'REAL' as const,
        title: 'Not mine to set',
        criteria: { learning: 'x' },
      };
      await expectProblem(
        h().as(personas.secondMentee).createGoal(personas.activeMentorship, goal),
        { status: [403, 404] },
      );
      await expectProblem(h().as(personas.admin).createGoal(personas.activeMentorship, goal), {
        status: 403,
      });
      const smart = await h().as(personas.mentee).listGoals(personas.activeMentorship);
      const target = smart.items.find((g) => g.id === personas.smartGoal)!;
      await expectProblem(
        h()
          .as(personas.secondMentee)
          .updateGoal(target.id, { progress: 99 }, { version: target.version }),
        { status: [403, 404] },
      );
    });

    it('validates goals field by field', async () => {
      const { personas } = h();
      const error = await expectProblem(
        h().as(personas.mentee).createGoal(personas.activeMentorship, {
          framework: 'SMART',
          title: '   ',
          dueDate: 'next week',
        }),
        { status: [400, 422], code: 'validation' },
      );
      assert.ok(fieldPaths(error).includes('title'));
      assert.ok(fieldPaths(error).includes('dueDate'));
    });

    it('records a session recap with action items, for partners only', async () => {
      const { personas } = h();
      const recap = await h()
        .as(personas.mentee)
        .createRecap(personas.activeMentorship, {
          sessionDate: '2026-11-20',
          notes: 'Practised the opening; Priya pushed me to cut the component inventory slide.',
          actionItems: [
            { text: 'Cut the deck to 12 slides', owner: 'mentee', dueDate: '2026-12-01' },
            { text: 'Send the list of directors to invite', owner: 'mentor', dueDate: null },
          ],
          goalUpdates: [{ goalId: personas.smartGoal, progress: 55 }],
        });
      assertValid(Recap, recap, 'recap');
      assert.equal(recap.authorId, personas.mentee);
      assert.equal(recap.actionItems.length, 2);
      assert.ok(recap.actionItems.every((item) => item.id && item.done === false));
      await expectProblem(
        h().as(personas.secondMentee).createRecap(personas.activeMentorship, {
          sessionDate: '2026-11-20',
          notes: 'x',
          actionItems: [],
        }),
        { status: [403, 404] },
      );
    });
  });
}
