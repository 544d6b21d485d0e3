// The goal tracker's rules on every backend: progress from key results and milestones,
// validation per framework, archive and restore, order, recaps with action items that carry
// forward until ticked off.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ActionItemList, Goal, RecapPage } from '../../src/contract/index.js';
import {
  assertValid,
  expectProblem,
  fieldPaths,
  withHarness,
  type MakeHarness,
} from './support.js';

const okr = {
  framework: 'OKR' as const,
  title: 'Objective: a calmer support queue',
  keyResults: [
    { title: 'Open tickets', start: 200, target: 100, current: 150, unit: 'tickets' },
    { title: 'Replies within a day', start: 40, target: 90, current: 90, unit: '%', weight: 3 },
  ],
};

export function goalBehaviour(makeHarness: MakeHarness) {
  describe('goal tracker', () => {
    const h = withHarness(makeHarness, { before, after });

    it('computes progress from key results, weighted, also when the number should fall', async () => {
      const { personas } = h();
      const goal = await h().as(personas.mentee).createGoal(personas.activeMentorship, okr);
      assertValid(Goal, goal, 'goal');
      // 200 -> 100 at 150 is 50 %; the second is done (100 %) and weighs 3: (50 + 300) / 4.
      assert.equal(goal.progress, 87.5);
      assert.deepEqual(
        goal.keyResults.map((kr) => [kr.unit, kr.weight]),
        [
          ['tickets', 1],
          ['%', 3],
        ],
      );
      const moved = await h()
        .as(personas.partnerMentor)
        .updateGoal(
          goal.id,
          {
            keyResults: goal.keyResults.map((kr, i) => ({ ...kr, current: i === 0 ? 250 : 40 })),
          },
          { version: goal.version },
        );
      assert.equal(moved.progress, 0, 'worse than the start is clamped to 0');
      assert.deepEqual(
        moved.keyResults.map((kr) => kr.id),
        goal.keyResults.map((kr) => kr.id),
        'key results keep their ids',
      );
    });

    it('checks each framework before saving, field by field', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const smart = await expectProblem(
        ana.createGoal(personas.activeMentorship, { framework: 'SMART', title: 'Get better' }),
        { status: 422, code: 'validation' },
      );
      assert.deepEqual(fieldPaths(smart).sort(), ['criteria.measurable', 'dueDate']);
      const real = await expectProblem(
        ana.createGoal(personas.activeMentorship, { framework: 'REAL', title: 'Explore' }),
        { status: 422 },
      );
      assert.deepEqual(fieldPaths(real), ['criteria.learning']);
      const noKeyResults = await expectProblem(
        ana.createGoal(personas.activeMentorship, { framework: 'OKR', title: 'Objective: more' }),
        { status: 422 },
      );
      assert.deepEqual(fieldPaths(noKeyResults), ['keyResults']);
      const flat = await expectProblem(
        ana.createGoal(personas.activeMentorship, {
          ...okr,
          keyResults: [{ title: 'Same', start: 5, target: 5, current: 5 }],
          dueDate: '2027-01-31',
          milestones: [{ title: 'Late', dueDate: '2027-02-15', done: false }],
        }),
        { status: 422 },
      );
      assert.deepEqual(fieldPaths(flat).sort(), ['keyResults.0.target', 'milestones.0.dueDate']);
    });

    it('archives and restores goals without losing them', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const goal = await ana.getGoal(personas.realGoal);
      const archived = await ana.updateGoal(goal.id, { archived: true }, { version: goal.version });
      assert.ok(archived.archivedAt);
      const listed = await h().as(personas.partnerMentor).listGoals(personas.activeMentorship);
      assert.ok(listed.items.find((g) => g.id === goal.id)?.archivedAt, 'still listed, archived');
      const restored = await ana.updateGoal(
        goal.id,
        { archived: false },
        { version: archived.version },
      );
      assert.equal(restored.archivedAt, null);
      assert.equal(restored.title, goal.title);
      await expectProblem(h().as(personas.secondMentee).getGoal(goal.id), { status: 404 });
    });

    it('keeps the order the partners choose, and refuses an incomplete one', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const before = await ana.listGoals(personas.activeMentorship);
      const reversed = before.items.map((g) => g.id).reverse();
      const after = await ana.reorderGoals(personas.activeMentorship, { goalIds: reversed });
      assert.deepEqual(
        after.items.map((g) => g.id),
        reversed,
      );
      const again = await h().as(personas.partnerMentor).listGoals(personas.activeMentorship);
      assert.deepEqual(
        again.items.map((g) => g.id),
        reversed,
      );
      const missing = await expectProblem(
        ana.reorderGoals(personas.activeMentorship, { goalIds: reversed.slice(1) }),
        { status: 422 },
      );
      assert.deepEqual(fieldPaths(missing), ['goalIds']);
      await expectProblem(
        h().as(personas.admin).reorderGoals(personas.activeMentorship, { goalIds: reversed }),
        { status: 403 },
      );
    });

    it('carries open action items forward until someone ticks them off', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const priya = h().as(personas.partnerMentor);
      const open = await ana.listActionItems(personas.activeMentorship);
      assertValid(ActionItemList, open, 'action items');
      assert.ok(open.items.length >= 2, 'the last session left open items');
      assert.ok(open.items.every((item) => !item.done));
      const recap = await ana.createRecap(personas.activeMentorship, {
        sessionDate: '2026-11-27',
        notes: 'Reviewed the adoption numbers.',
        actionItems: [{ text: 'Book the leadership slot', owner: 'mentee', dueDate: '2026-12-04' }],
      });
      const carried = await priya.listActionItems(personas.activeMentorship);
      assert.deepEqual(
        carried.items.map((item) => item.id),
        [...open.items.map((item) => item.id), recap.actionItems[0]!.id],
        'earlier items first, then the new one',
      );
      const first = carried.items[0]!;
      const ticked = await priya.updateActionItem(
        first.id,
        { done: true },
        { version: first.version },
      );
      assert.deepEqual([ticked.done, ticked.version], [true, first.version + 1]);
      const stale = await expectProblem(
        ana.updateActionItem(
          first.id,
          { text: 'Edited on an old copy' },
          { version: first.version },
        ),
        { status: 412 },
      );
      assert.equal(stale.problem.currentVersion, ticked.version);
      const still = await ana.listActionItems(personas.activeMentorship);
      assert.ok(!still.items.some((item) => item.id === first.id), 'ticked off: no longer open');
      const all = await ana.listActionItems(personas.activeMentorship, { status: 'all' });
      assert.equal(all.items.find((item) => item.id === first.id)?.done, true);
      await expectProblem(
        h().as(personas.secondMentee).updateActionItem(first.id, { done: false }, { version: 2 }),
        { status: [403, 404] },
      );
    });

    it('lists recaps newest session first, page by page', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const first = await ana.listRecaps(personas.activeMentorship, { limit: 1 });
      assertValid(RecapPage, first, 'recaps');
      assert.equal(first.items.length, 1);
      assert.ok(first.nextCursor);
      const rest = await ana.listRecaps(personas.activeMentorship, {
        limit: 50,
        cursor: first.nextCursor,
      });
      const dates = [...first.items, ...rest.items].map((r) => r.sessionDate);
      assert.deepEqual(dates, [...dates].sort().reverse());
      assert.equal(new Set([...first.items, ...rest.items].map((r) => r.id)).size, dates.length);
      assert.equal(rest.nextCursor, null);
    });

    it('takes a session’s progress for goals set by hand; computed goals keep their own', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const manual = await ana.createGoal(personas.activeMentorship, {
        framework: 'REAL',
        title: 'Speak up earlier in design critiques',
        criteria: { learning: 'How to disagree kindly and early.' },
      });
      const smart = await ana.getGoal(personas.smartGoal);
      const recap = await ana.createRecap(personas.activeMentorship, {
        sessionDate: '2026-11-28',
        notes: 'Two critiques, spoke first in one.',
        goalUpdates: [
          { goalId: manual.id, progress: 35 },
          { goalId: smart.id, progress: 99 },
        ],
      });
      assert.deepEqual(recap.goalUpdates, [
        { goalId: manual.id, progress: 35 },
        { goalId: smart.id, progress: smart.progress },
      ]);
      const after = await ana.getGoal(manual.id);
      assert.deepEqual([after.progress, after.status], [35, 'on-track']);
      assert.equal((await ana.getGoal(smart.id)).version, smart.version, 'untouched');
      const error = await expectProblem(
        ana.createRecap(personas.activeMentorship, {
          sessionDate: '2026-11-28',
          notes: '',
          goalUpdates: [{ goalId: 'goal-of-someone-else', progress: 10 }],
        }),
        { status: 422 },
      );
      assert.deepEqual(fieldPaths(error), ['goalUpdates.0.goalId']);
    });
  });
}
