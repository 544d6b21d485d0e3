// Admin report: the database supplies the program's rows (only the columns the report reads), and
// the shared computeProgramReport (src/contract/report-rules.ts) counts them, exactly as the
// memory API does.
import { and, eq, sql } from 'drizzle-orm';
import type { ProgramReport } from '../../src/contract/index.js';
import { computeProgramReport } from '../../src/contract/report-rules.js';
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

export async function programReport(tx: Tx, programId: string, now: Date): Promise<ProgramReport> {
  const inProgram = eq(mentorships.programId, programId);
  const [participants, requestRows, mentorshipRows, agreementRows, goalRows, recapRows, answers] =
    await Promise.all([
      tx
        .select({
          mentors: sql<number>`count(*) filter (where ${people.isMentor})`,
          mentees: sql<number>`count(*) filter (where 'mentee' = any(${people.roles}))`,
        })
        .from(people)
        .where(eq(people.programId, programId)),
      tx
        .select({
          status: requests.status,
          createdAt: requests.createdAt,
          firstAnsweredAt: requests.firstAnsweredAt,
        })
        .from(requests)
        .where(eq(requests.programId, programId)),
      tx.select({ status: mentorships.status }).from(mentorships).where(inProgram),
      // Signed: two valid signatures on the current version (as the agreement's status says).
      rawRows<{ signed: boolean }>(
        tx,
        sql`select (select count(*) from ${signatures} s where s.agreement_id = a.id
              and s.version = a.version and not s.voided) >= 2 as signed
            from ${agreements} a join ${mentorships} m on m.id = a.mentorship_id
            where m.program_id = ${programId}`,
      ),
      tx
        .select({ status: goals.status })
        .from(goals)
        .innerJoin(mentorships, eq(mentorships.id, goals.mentorshipId))
        .where(inProgram),
      tx
        .select({ actionItems: recaps.actionItems })
        .from(recaps)
        .innerJoin(mentorships, eq(mentorships.id, recaps.mentorshipId))
        .where(inProgram),
      tx
        .select({
          surveyId: surveyResponses.surveyId,
          questions: surveys.questions,
          answers: surveyResponses.answers,
        })
        .from(surveyResponses)
        .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
        .where(and(eq(surveys.programId, programId))),
    ]);
  const surveyQuestions = new Map(answers.map((row) => [row.surveyId, row.questions]));
  return computeProgramReport({
    programId,
    now,
    mentorCount: Number(participants[0]?.mentors ?? 0),
    menteeCount: Number(participants[0]?.mentees ?? 0),
    requests: requestRows.map((row) => ({
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      firstAnsweredAt: row.firstAnsweredAt?.toISOString() ?? null,
    })),
    mentorships: mentorshipRows,
    agreements: agreementRows.map((row) => ({
      status: row.signed ? 'signed' : 'awaiting-signatures',
    })),
    goals: goalRows,
    // Items stored before completion times were kept have no doneAt.
    recaps: recapRows.map((row) => ({
      actionItems: row.actionItems.map((item) => ({ ...item, doneAt: item.doneAt ?? null })),
    })),
    surveys: [...surveyQuestions].map(([id, questions]) => ({ id, questions })),
    responses: answers,
  });
}
