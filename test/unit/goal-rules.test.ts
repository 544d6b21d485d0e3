// The goal rules every backend and the widget share: progress, status in the viewer's calendar,
// validation per framework and what an edit changes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  goalHealth,
  goalIssues,
  goalProgress,
  introducedIssues,
  keyResultProgress,
  milestoneProgress,
  newGoal,
  objectiveProgress,
  patchGoal,
  progressSource,
  recapGoalProgress,
  todayIn,
  type Goal,
} from '../../src/contract/index.js';

let seq = 0;
const newId = (prefix: string) => `${prefix}-${++seq}`;
const at = '2026-11-01T10:00:00.000Z';

function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    ...newGoal(
      {
        framework: 'REAL',
        title: 'Think more strategically',
        description: '',
        criteria: { learning: 'Spotting trends early.' },
        milestones: [],
        keyResults: [],
        dueDate: '2026-12-31',
      },
      { id: 'g1', mentorshipId: 'ms1', position: 0, now: at, newId },
    ),
    ...overrides,
  };
}

describe('key result progress', () => {
  it('is where the current value sits between start and target, rising', () => {
    assert.equal(keyResultProgress({ start: 0, target: 4, current: 1 }), 25);
    assert.equal(keyResultProgress({ start: 35, target: 80, current: 80 }), 100);
  });
  it('works when the number should fall (200 -> 100 tickets is 50 % at 150)', () => {
    assert.equal(keyResultProgress({ start: 200, target: 100, current: 150 }), 50);
    assert.equal(keyResultProgress({ start: 200, target: 100, current: 120 }), 80);
  });
  it('clamps to 0-100 past either end', () => {
    assert.equal(keyResultProgress({ start: 200, target: 100, current: 260 }), 0);
    assert.equal(keyResultProgress({ start: 200, target: 100, current: 40 }), 100);
    assert.equal(keyResultProgress({ start: 0, target: 10, current: -3 }), 0);
    assert.equal(keyResultProgress({ start: 0, target: 10, current: 30 }), 100);
  });
  it('is done or not when start and target are equal (no division by zero)', () => {
    assert.equal(keyResultProgress({ start: 5, target: 5, current: 5 }), 100);
    assert.equal(keyResultProgress({ start: 5, target: 5, current: 4 }), 0);
  });
  it('rounds to one decimal', () => {
    assert.equal(keyResultProgress({ start: 0, target: 3, current: 1 }), 33.3);
  });
});

describe('objective progress', () => {
  const half = { start: 0, target: 10, current: 5 };
  const done = { start: 200, target: 100, current: 100 };
  it('averages its key results', () => {
    assert.equal(objectiveProgress([half, done]), 75);
  });
  it('weighs them when asked', () => {
    assert.equal(
      objectiveProgress([
        { ...half, weight: 3 },
        { ...done, weight: 1 },
      ]),
      62.5,
    );
    assert.equal(
      objectiveProgress([
        { ...half, weight: 1 },
        { ...done, weight: 0.5 },
      ]),
      66.7,
    );
  });
  it('is 0 without key results', () => {
    assert.equal(objectiveProgress([]), 0);
  });
});

describe('goal progress', () => {
  const milestones = [
    { id: 'm1', title: 'a', dueDate: null, done: true },
    { id: 'm2', title: 'b', dueDate: null, done: false },
    { id: 'm3', title: 'c', dueDate: null, done: false },
  ];
  it('comes from milestones done', () => {
    assert.equal(milestoneProgress(milestones), 33.3);
    assert.equal(goalProgress({ milestones, keyResults: [], progress: 90 }), 33.3);
    assert.equal(progressSource({ milestones, keyResults: [] }), 'milestones');
  });
  it('prefers key results over milestones', () => {
    const keyResults = [{ start: 0, target: 4, current: 3 }];
    assert.equal(goalProgress({ milestones, keyResults, progress: 0 }), 75);
    assert.equal(progressSource({ milestones, keyResults }), 'key-results');
  });
  it('is set by hand when there is neither, clamped', () => {
    assert.equal(goalProgress({ milestones: [], keyResults: [], progress: 140 }), 100);
    assert.equal(progressSource({ milestones: [], keyResults: [] }), 'manual');
  });
});

describe('status in the viewer’s calendar', () => {
  // 2026-03-29 00:30 UTC: still the 28th in New York, already the 29th in Tokyo; Europe moved to
  // summer time at 01:00 UTC that morning.
  const instant = new Date('2026-03-29T00:30:00Z');
  it('takes today from the time zone, not from UTC', () => {
    assert.equal(todayIn('America/New_York', instant), '2026-03-28');
    assert.equal(todayIn('Asia/Tokyo', instant), '2026-03-29');
    assert.equal(todayIn('UTC', instant), '2026-03-29');
  });
  it('stays on the right day across a daylight-saving change', () => {
    assert.equal(todayIn('Europe/Berlin', new Date('2026-03-29T00:59:00Z')), '2026-03-29');
    assert.equal(todayIn('Europe/Berlin', new Date('2026-03-29T22:30:00Z')), '2026-03-30');
    assert.equal(todayIn('America/New_York', new Date('2026-03-08T04:59:00Z')), '2026-03-07');
    assert.equal(todayIn('America/New_York', new Date('2026-03-08T05:00:00Z')), '2026-03-08');
  });
  it('is overdue only after the due day has passed where the viewer is', () => {
    const due = goal({ dueDate: '2026-03-28', progress: 10, status: 'on-track' });
    assert.equal(goalHealth(due, todayIn('America/New_York', instant)), 'on-track');
    assert.equal(goalHealth(due, todayIn('Asia/Tokyo', instant)), 'overdue');
  });
  it('is at risk when a milestone is overdue, done when done, not started at 0', () => {
    const late = goal({
      milestones: [{ id: 'm', title: 'x', dueDate: '2026-03-01', done: false }],
      status: 'on-track',
      progress: 0,
    });
    assert.equal(goalHealth(late, '2026-03-02'), 'at-risk');
    assert.equal(goalHealth({ ...late, status: 'done' }, '2027-01-01'), 'done');
    assert.equal(goalHealth(goal(), '2026-03-02'), 'not-started');
  });
});

describe('validation per framework', () => {
  const base = { criteria: {}, dueDate: null, milestones: [], keyResults: [] };
  it('asks a SMART goal for a measure and a due date', () => {
    assert.deepEqual(
      goalIssues({ ...base, framework: 'SMART' }).map((i) => i.path),
      ['criteria.measurable', 'dueDate'],
    );
  });
  it('asks a REAL goal what it will learn, an OKR for a key result', () => {
    assert.deepEqual(goalIssues({ ...base, framework: 'REAL' })[0]?.rule, 'real-needs-learning');
    assert.deepEqual(goalIssues({ ...base, framework: 'OKR' })[0]?.rule, 'okr-needs-key-result');
  });
  it('refuses a key result whose target is its start, and milestones after the goal', () => {
    const issues = goalIssues({
      ...base,
      framework: 'OKR',
      dueDate: '2026-12-31',
      keyResults: [{ start: 1, target: 1 }],
      milestones: [{ dueDate: '2027-01-02' }],
    });
    assert.deepEqual(
      issues.map((i) => i.path),
      ['keyResults.0.target', 'milestones.0.dueDate'],
    );
  });
  it('lets an edit pass what was already missing, but not what it breaks', () => {
    const old = { ...base, framework: 'SMART' as const, dueDate: '2026-12-31' };
    assert.deepEqual(introducedIssues(old, old), []);
    assert.deepEqual(
      introducedIssues(old, { ...old, dueDate: null }).map((i) => i.path),
      ['dueDate'],
    );
  });
});

describe('edits', () => {
  it('advance the version, recompute progress and keep part ids', () => {
    const g = goal({
      milestones: [{ id: 'm1', title: 'a', dueDate: null, done: false }],
      progress: 0,
    });
    const next = patchGoal(
      g,
      { milestones: [{ id: 'm1', title: 'a', dueDate: null, done: true }] },
      '2026-11-02T00:00:00.000Z',
      newId,
    );
    assert.deepEqual([next.version, next.progress, next.status], [2, 100, 'on-track']);
    assert.equal(next.milestones[0]!.id, 'm1');
    assert.equal(g.version, 1, 'the original is untouched');
  });
  it('archive and restore', () => {
    const archived = patchGoal(goal(), { archived: true }, '2026-11-02T00:00:00.000Z', newId);
    assert.equal(archived.archivedAt, '2026-11-02T00:00:00.000Z');
    assert.equal(patchGoal(archived, { archived: false }, at, newId).archivedAt, null);
  });
  it('drop the prompts of another framework on a switch', () => {
    const okr = patchGoal(
      goal(),
      { framework: 'OKR', keyResults: [{ title: 'x', start: 0, target: 1, current: 0 }] },
      at,
      newId,
    );
    assert.deepEqual(okr.criteria, {});
  });
  it('a recap sets progress only on goals set by hand', () => {
    assert.equal(recapGoalProgress(goal(), 40, at)?.progress, 40);
    const computed = goal({ milestones: [{ id: 'm', title: 'x', dueDate: null, done: false }] });
    assert.equal(recapGoalProgress(computed, 40, at), null);
  });
});
