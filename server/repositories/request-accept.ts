// Accepting a request: the locks that keep a mentor from being over-booked (and a mentee from
// starting more mentorships than the program allows), the new mentorship with its agreement, the
// mentee's other open requests withdrawn when that was their last allowed one, and the mentor's
// responsiveness figures.
import { and, count, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import {
  OPEN_REQUEST_STATUSES,
  ProblemCode,
  atMentorshipLimit,
  type MatchRequest,
  type ProgramSettings,
} from '../../src/contract/index.js';
import type { Tx } from '../db/connection.js';
import { mentorships, people, requests } from '../db/schema.js';
import { newId } from '../ids.js';
import { problems } from '../problems.js';
import { createAgreementForMentorship } from './agreements.js';
import type { PersonRow } from './people.js';

export async function lockMentor(
  tx: Tx,
  mentorId: string,
  programId: string,
): Promise<PersonRow | undefined> {
  const [row] = await tx
    .select()
    .from(people)
    .where(and(eq(people.id, mentorId), eq(people.isMentor, true), eq(people.programId, programId)))
    .for('update');
  return row;
}

export async function hasActiveMentorship(
  tx: Tx,
  mentorId: string,
  menteeId: string,
): Promise<boolean> {
  const rows = await tx
    .select({ id: mentorships.id })
    .from(mentorships)
    .where(
      and(
        eq(mentorships.mentorId, mentorId),
        eq(mentorships.menteeId, menteeId),
        eq(mentorships.status, 'active'),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function activeMentorshipsOf(tx: Tx, menteeId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(mentorships)
    .where(and(eq(mentorships.menteeId, menteeId), eq(mentorships.status, 'active')));
  return Number(row?.n ?? 0);
}

/**
 * Takes a spot (mentor row locked, then the mentee's: two accepts of one mentee wait for each
 * other), opens the mentorship and its agreement. Returns the mentorship id.
 */
export async function acceptInto(
  tx: Tx,
  request: MatchRequest,
  viewer: PersonRow,
  now: Date,
  settings: ProgramSettings,
): Promise<string> {
  const target = await lockMentor(tx, request.mentorId, request.programId);
  if (!target) throw problems.notFound('This mentor');
  const [menteeRow] = await tx
    .select()
    .from(people)
    .where(eq(people.id, request.menteeId))
    .for('update');
  if (!menteeRow) throw problems.notFound('This mentee');
  if (target.activeMentees >= target.capacity)
    throw problems.conflict(
      ProblemCode.mentorFull,
      'You have no open spots left. Decline or end a mentorship first.',
      { currentVersion: request.version },
    );
  if (await hasActiveMentorship(tx, target.id, request.menteeId))
    throw problems.conflict(ProblemCode.activeMentorshipExists, 'You already mentor this person.');
  if (atMentorshipLimit(await activeMentorshipsOf(tx, request.menteeId), settings))
    throw problems.conflict(
      ProblemCode.mentorshipLimit,
      `${menteeRow.name} has just started a mentorship with someone else.`,
      { currentVersion: request.version },
    );
  const mentorshipId = newId('ms');
  const programType = target.programTypes[0] ?? 'career';
  await tx.insert(mentorships).values({
    id: mentorshipId,
    programId: request.programId,
    programType,
    requestId: request.id,
    mentorId: target.id,
    menteeId: request.menteeId,
    status: 'active',
    startedAt: now,
  });
  // Conditional update: a second guard besides the row lock.
  const taken = await tx
    .update(people)
    .set({ activeMentees: sql`${people.activeMentees} + 1` })
    .where(and(eq(people.id, target.id), sql`${people.activeMentees} < ${people.capacity}`))
    .returning({ id: people.id });
  if (taken.length === 0)
    throw problems.conflict(ProblemCode.mentorFull, 'You have no open spots left.');
  const agreementId = await createAgreementForMentorship(tx, {
    mentorshipId,
    mentor: target,
    mentee: menteeRow,
    goals: request.goals,
    actorId: viewer.id,
    now,
  });
  await tx.update(mentorships).set({ agreementId }).where(eq(mentorships.id, mentorshipId));
  if (atMentorshipLimit(await activeMentorshipsOf(tx, request.menteeId), settings))
    await withdrawOtherRequests(tx, request, now);
  return mentorshipId;
}

/** The mentee is matched: their other open requests close, and their mentors see why. */
async function withdrawOtherRequests(tx: Tx, accepted: MatchRequest, now: Date): Promise<void> {
  await tx
    .update(requests)
    .set({
      status: 'withdrawn',
      withdrawnReason: 'matched-elsewhere',
      updatedAt: now,
      version: sql`${requests.version} + 1`,
    })
    .where(
      and(
        eq(requests.menteeId, accepted.menteeId),
        ne(requests.id, accepted.id),
        inArray(requests.status, [...OPEN_REQUEST_STATUSES]),
      ),
    );
}

/** Median hours to first answer and answered share over the last 90 days. */
export async function refreshResponsiveness(tx: Tx, mentorId: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - 90 * 86_400_000);
  const [stats] = await tx
    .select({
      median: sql<
        number | null
      >`percentile_cont(0.5) within group (order by extract(epoch from (${requests.firstAnsweredAt} - ${requests.createdAt})) / 3600.0) filter (where ${requests.firstAnsweredAt} is not null)`,
      answered: sql<number>`count(*) filter (where ${requests.firstAnsweredAt} is not null)`,
      unanswered: sql<number>`count(*) filter (where ${requests.firstAnsweredAt} is null and ${requests.status} = 'expired')`,
    })
    .from(requests)
    .where(and(eq(requests.mentorId, mentorId), gte(requests.createdAt, since)));
  const answered = Number(stats?.answered ?? 0);
  const sample = answered + Number(stats?.unanswered ?? 0);
  await tx
    .update(people)
    .set({
      respMedianHours:
        stats?.median === null || stats?.median === undefined ? null : Number(stats.median),
      respAnsweredShare: sample ? answered / sample : null,
      respSampleSize: sample,
    })
    .where(eq(people.id, mentorId));
}
