// The report's definitions, written once (src/contract/report-rules.ts) for every backend.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  computeProgramReport,
  isDoneOnTime,
  toFivePointScale,
  type ReportRows,
} from '../../src/contract/report-rules.js';
import type { Question } from '../../src/contract/index.js';

const item = (done: boolean, dueDate: string | null, doneAt: string | null) => ({
  done,
  dueDate,
  doneAt,
});

describe('report rules', () => {
  it('counts an action item on time only when it was done by its due date', () => {
    assert.equal(isDoneOnTime(item(true, '2026-03-10', '2026-03-10T22:00:00.000Z')), true);
    assert.equal(isDoneOnTime(item(true, '2026-03-10', '2026-03-11T08:00:00.000Z')), false);
    assert.equal(isDoneOnTime(item(false, '2026-03-10', null)), false, 'not done');
    assert.equal(isDoneOnTime(item(true, '2026-03-10', null)), false, 'nobody knows when');
    assert.equal(isDoneOnTime(item(true, null, '2026-03-11T08:00:00.000Z')), true, 'no due date');
  });

  it('averages every rating question on a five-point scale', () => {
    assert.equal(toFivePointScale(8, 10), 4);
    const questions = [
      { id: 'quality', type: 'rating', scale: 5 },
      { id: 'progress', type: 'rating', scale: 10 },
      { id: 'recommend', type: 'nps' },
    ] as unknown as Question[];
    const rows: ReportRows = {
      programId: 'p',
      now: new Date('2026-03-12T00:00:00Z'),
      mentorCount: 1,
      menteeCount: 1,
      requests: [],
      mentorships: [],
      agreements: [],
      goals: [],
      recaps: [{ actionItems: [item(true, '2026-03-10', '2026-03-09T10:00:00.000Z')] }],
      surveys: [{ id: 's', questions }],
      responses: [
        { surveyId: 's', answers: { quality: 5, progress: 6, recommend: 10 } },
        { surveyId: 's', answers: { quality: 3, progress: 10, recommend: 5 } },
      ],
    };
    const report = computeProgramReport(rows);
    assert.equal(report.averageRelationshipRating, (5 + 3 + 3 + 5) / 4);
    assert.equal(report.nps, 0);
    assert.deepEqual(report.actionItems, { total: 1, doneOnTime: 1 });
  });
});
