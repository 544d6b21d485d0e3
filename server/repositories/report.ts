// Admin report: funnel and outcomes, computed in SQL over the whole program.
import { and, eq, sql } from 'drizzle-orm';
import type { ProgramReport } from '../../src/contract/index.js';
import type { Tx } from '../db/connection.js';
import {
  agreements,
  goals,
  mentorships,
  people,
  recaps,
  requests,
  signatures,
  surveyResponses,
  surveys,
} from '../db/schema.js';
import { rawRows } from '../db/sql.js';

const n = (value: unknown) => Number(value ?? 0);

export async function programReport(tx: Tx, programId: string, now: Date): Promise<ProgramReport> {
  const [participants] = await tx
    .select({
      mentors: sql<number>`count(*) filter (where ${people.isMentor})`,
      mentees: sql<number>`count(*) filter (where 'mentee' = any(${people.roles}))`,
    })
    .from(people)
    .where(eq(people.programId, programId));
  const statusRows = await tx
    .select({ status: requests.status, count: sql<number>`count(*)` })
    .from(requests)
    .where(eq(requests.programId, programId))
    .groupBy(requests.status);
  const count = (status: string) => n(statusRows.find((row) => row.status === status)?.count);
  const [firstAnswer] = await tx
    .select({
      median: sql<
        number | null
      >`percentile_cont(0.5) within group (order by extract(epoch from (${requests.firstAnsweredAt} - ${requests.createdAt})) / 3600.0)`,
    })
    .from(requests)
    .where(and(eq(requests.programId, programId), sql`${requests.firstAnsweredAt} is not null`));
  const [active] = await tx
    .select({ count: sql<number>`count(*)` })
    .from(mentorships)
    .where(and(eq(mentorships.programId, programId), eq(mentorships.status, 'active')));
  const [signed] = await rawRows<{ count: number }>(
    tx,
    sql`select count(*) as count from ${agreements} a join ${mentorships} m on m.id = a.mentorship_id
        where m.program_id = ${programId}
        and (select count(*) from ${signatures} s where s.agreement_id = a.id and s.version = a.version and not s.voided) >= 2`,
  );
  const [goalCounts] = await rawRows<{ total: number; completed: number }>(
    tx,
    sql`select count(*) as total, count(*) filter (where g.status = 'done') as completed
        from ${goals} g join ${mentorships} m on m.id = g.mentorship_id where m.program_id = ${programId}`,
  );
  const [actions] = await rawRows<{ total: number; done_on_time: number }>(
    tx,
    sql`select count(*) as total,
        count(*) filter (where (item->>'done')::boolean and (item->>'dueDate' is null or (item->>'dueDate')::date >= ${now.toISOString().slice(0, 10)}::date)) as done_on_time
        from ${recaps} r join ${mentorships} m on m.id = r.mentorship_id, jsonb_array_elements(r.action_items) item
        where m.program_id = ${programId}`,
  );
  // Ratings: answers to the first rating question of each survey; NPS from every nps question.
  const answers = await tx
    .select({ questions: surveys.questions, answers: surveyResponses.answers })
    .from(surveyResponses)
    .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
    .where(eq(surveys.programId, programId));
  const ratings: number[] = [];
  const nps: number[] = [];
  for (const row of answers) {
    for (const question of row.questions) {
      const value = row.answers[question.id];
      if (typeof value !== 'number') continue;
      if (question.type === 'rating') ratings.push((value / question.scale) * 5);
      if (question.type === 'nps') nps.push(value);
    }
  }
  const accepted = count('accepted');
  const answered = accepted + count('declined') + count('expired');
  return {
    programId,
    generatedAt: now.toISOString(),
    participants: { mentors: n(participants?.mentors), mentees: n(participants?.mentees) },
    requests: {
      sent: statusRows.reduce((sum, row) => sum + n(row.count), 0),
      pending: count('pending'),
      needsInfo: count('needs-info'),
      accepted,
      declined: count('declined'),
      withdrawn: count('withdrawn'),
      expired: count('expired'),
    },
    acceptanceRate: answered ? accepted / answered : null,
    medianHoursToFirstAnswer:
      firstAnswer?.median === null || firstAnswer?.median === undefined
        ? null
        : Math.round(Number(firstAnswer.median) * 10) / 10,
    activeMentorships: n(active?.count),
    agreementsSigned: n(signed?.count),
    goals: { total: n(goalCounts?.total), completed: n(goalCounts?.completed) },
    actionItems: { total: n(actions?.total), doneOnTime: n(actions?.done_on_time) },
    averageRelationshipRating: ratings.length
      ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100
      : null,
    nps: nps.length
      ? Math.round(
          ((nps.filter((v) => v >= 9).length - nps.filter((v) => v <= 6).length) / nps.length) *
            100,
        )
      : null,
  };
}
