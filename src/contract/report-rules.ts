// The program report computed from plain rows. Shared by the memory API and the server, so both
// count the same things the same way.
import type { Agreement } from './agreement.js';
import type { ActionItem, Goal, Mentorship } from './mentorship.js';
import type { ProgramReport } from './report.js';
import type { MatchRequest } from './request.js';
import type { AnswerValue, Survey } from './survey.js';

export interface ReportRows {
  programId: string;
  now: Date;
  mentorCount: number;
  menteeCount: number;
  requests: readonly Pick<MatchRequest, 'status' | 'createdAt' | 'firstAnsweredAt'>[];
  mentorships: readonly Pick<Mentorship, 'status'>[];
  agreements: readonly Pick<Agreement, 'status'>[];
  goals: readonly Pick<Goal, 'status'>[];
  recaps: readonly { actionItems: readonly Pick<ActionItem, 'done' | 'dueDate' | 'doneAt'>[] }[];
  surveys: readonly Pick<Survey, 'id' | 'questions'>[];
  responses: readonly { surveyId: string; answers: Record<string, AnswerValue> }[];
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Done on time: marked done, with a completion time, on or before the due date (any time that
 * day). An item without a due date cannot be late; one without a completion time (stored before
 * completion times were kept) is not counted, as nobody knows when it was done.
 */
export function isDoneOnTime(item: Pick<ActionItem, 'done' | 'dueDate' | 'doneAt'>): boolean {
  if (!item.done || !item.doneAt) return false;
  return item.dueDate === null || item.doneAt.slice(0, 10) <= item.dueDate;
}

/** Ratings of any scale (1-3 ... 1-10) on one 1-5 scale, so that they can be averaged. */
export function toFivePointScale(value: number, scale: number): number {
  return (value / scale) * 5;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export function computeProgramReport(rows: ReportRows): ProgramReport {
  const count = (status: MatchRequest['status']) =>
    rows.requests.filter((r) => r.status === status).length;
  const accepted = count('accepted');
  const declined = count('declined');
  const expired = count('expired');
  const answered = accepted + declined + expired;

  const firstAnswerHours = rows.requests.flatMap((r) =>
    r.firstAnsweredAt
      ? [(Date.parse(r.firstAnsweredAt) - Date.parse(r.createdAt)) / 3_600_000]
      : [],
  );
  const medianHours = median(firstAnswerHours);

  const items = rows.recaps.flatMap((recap) => recap.actionItems);
  const doneOnTime = items.filter(isDoneOnTime).length;

  const ratings: number[] = [];
  const nps: number[] = [];
  const surveysById = new Map(rows.surveys.map((survey) => [survey.id, survey]));
  for (const response of rows.responses) {
    const survey = surveysById.get(response.surveyId);
    if (!survey) continue;
    for (const question of survey.questions) {
      const answer = response.answers[question.id];
      if (typeof answer !== 'number') continue;
      if (question.type === 'nps') nps.push(answer);
      if (question.type === 'rating') ratings.push(toFivePointScale(answer, question.scale));
    }
  }
  const promoters = nps.filter((score) => score >= 9).length;
  const detractors = nps.filter((score) => score <= 6).length;

  return {
    programId: rows.programId,
    generatedAt: rows.now.toISOString(),
    participants: { mentors: rows.mentorCount, mentees: rows.menteeCount },
    requests: {
      sent: rows.requests.length,
      pending: count('pending'),
      needsInfo: count('needs-info'),
      accepted,
      declined,
      withdrawn: count('withdrawn'),
      expired,
    },
    acceptanceRate: answered ? round(accepted / answered, 4) : null,
    medianHoursToFirstAnswer: medianHours === null ? null : round(medianHours, 1),
    activeMentorships: rows.mentorships.filter((m) => m.status === 'active').length,
    agreementsSigned: rows.agreements.filter((a) => a.status === 'signed').length,
    goals: {
      total: rows.goals.length,
      completed: rows.goals.filter((g) => g.status === 'done').length,
    },
    actionItems: { total: items.length, doneOnTime },
    averageRelationshipRating: ratings.length
      ? round(ratings.reduce((a, b) => a + b, 0) / ratings.length)
      : null,
    nps: nps.length ? Math.round(((promoters - detractors) / nps.length) * 100) : null,
  };
}
