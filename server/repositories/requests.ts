// Match requests and their transitions. Every change runs in a transaction that locks the rows
// it depends on, so two accepts at the same instant cannot over-book a mentor.
import { and, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  OPEN_REQUEST_STATUSES,
  ProblemCode,
  REQUEST_TRANSITIONS,
  isExpired,
  transitionError,
  type CreateRequest,
  type DeclineRequest,
  type MatchRequest,
  type RequestPage,
  type RequestQuery,
  type RequestTransition,
} from '../../src/contract/index.js';
import { requestRefusal, whyNotRequestable } from '../../src/matching/index.js';
import {
  encodeCursor,
  isNewestFirstCursor,
  type NewestFirstCursor,
} from '../../src/contract/cursor.js';
import type { Tx } from '../db/connection.js';
import { mentorships, people, requests } from '../db/schema.js';
import { newId } from '../ids.js';
import { assertVersion, decodeCursor, problems } from '../problems.js';
import { createAgreementForMentorship } from './agreements.js';
import { isAdmin, toMentorProfile, toPerson, type PersonRow } from './people.js';

type RequestRow = typeof requests.$inferSelect;
const mentee = alias(people, 'mentee');
const mentor = alias(people, 'mentor');

function toContract(row: RequestRow, menteeName: string, mentorName: string): MatchRequest {
  return {
    id: row.id,
    programId: row.programId,
    menteeId: row.menteeId,
    mentorId: row.mentorId,
    menteeName,
    mentorName,
    status: row.status,
    message: row.message,
    goals: row.goals,
    thread: row.thread,
    decline: row.declineReason ? { reason: row.declineReason, note: row.declineNote } : null,
    mentorshipId: row.mentorshipId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    firstAnsweredAt: row.firstAnsweredAt?.toISOString() ?? null,
    version: row.version,
  };
}

async function selectWithNames(
  tx: Tx,
  where: SQL,
  options: { limit?: number; lock?: boolean } = {},
) {
  const query = tx
    .select({ request: requests, menteeName: mentee.name, mentorName: mentor.name })
    .from(requests)
    .innerJoin(mentee, eq(mentee.id, requests.menteeId))
    .innerJoin(mentor, eq(mentor.id, requests.mentorId))
    .where(where)
    .orderBy(desc(requests.createdAt), desc(requests.id))
    .limit(options.limit ?? 1);
  const rows = options.lock ? await query.for('update', { of: requests }) : await query;
  return rows.map((row) => toContract(row.request, row.menteeName, row.mentorName));
}

/** Unanswered requests past their date become `expired` (lazily, before anyone reads them). */
export async function expireDueRequests(tx: Tx, now: Date): Promise<void> {
  await tx
    .update(requests)
    .set({
      status: 'expired',
      version: sql`${requests.version} + 1`,
      updatedAt: sql`${requests.expiresAt}`,
    })
    .where(and(inArray(requests.status, [...OPEN_REQUEST_STATUSES]), lte(requests.expiresAt, now)));
}

const canSee = (viewer: PersonRow, request: MatchRequest) =>
  request.menteeId === viewer.id || request.mentorId === viewer.id || isAdmin(viewer);

export async function getRequest(
  tx: Tx,
  viewer: PersonRow,
  id: string,
  lock = false,
): Promise<MatchRequest> {
  const [request] = await selectWithNames(tx, eq(requests.id, id), { lock });
  if (!request || !canSee(viewer, request)) throw problems.notFound('This request');
  return request;
}

export async function listRequests(
  tx: Tx,
  viewer: PersonRow,
  query: RequestQuery,
): Promise<RequestPage> {
  const limit = query.limit ?? 20;
  const cursor = decodeCursor<NewestFirstCursor>(query.cursor, isNewestFirstCursor);
  const conditions: (SQL | undefined)[] = [
    query.role === 'mentee' ? eq(requests.menteeId, viewer.id) : eq(requests.mentorId, viewer.id),
  ];
  if (query.status?.length) conditions.push(inArray(requests.status, query.status));
  if (cursor) {
    const at = new Date(cursor.at);
    conditions.push(
      or(lt(requests.createdAt, at), and(eq(requests.createdAt, at), lt(requests.id, cursor.id))),
    );
  }
  const items = await selectWithNames(tx, and(...conditions)!, { limit: limit + 1 });
  const page = items.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor:
      items.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

async function lockMentor(
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

async function hasActiveMentorship(tx: Tx, mentorId: string, menteeId: string): Promise<boolean> {
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

async function hasOpenRequest(tx: Tx, mentorId: string, menteeId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: requests.id })
    .from(requests)
    .where(
      and(
        eq(requests.menteeId, menteeId),
        eq(requests.mentorId, mentorId),
        inArray(requests.status, [...OPEN_REQUEST_STATUSES]),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export interface RequestSettings {
  expiryDays: number;
}

export async function createRequest(
  tx: Tx,
  viewer: PersonRow,
  input: CreateRequest,
  now: Date,
  settings: RequestSettings,
): Promise<MatchRequest> {
  if (!viewer.roles.includes('mentee'))
    throw problems.forbidden('Only mentees can request a mentor.');
  // Yourself first: you may not be a mentor at all, and "no such mentor" would mislead.
  if (input.mentorId === viewer.id) throw problems.refused(requestRefusal('self', viewer.name));
  const target = await lockMentor(tx, input.mentorId, viewer.programId);
  if (!target)
    throw problems.validation(
      [{ path: 'mentorId', message: 'No mentor with this id in your program.' }],
      'No such mentor.',
    );
  const [activeMentorship, openRequest] = await Promise.all([
    hasActiveMentorship(tx, target.id, viewer.id),
    hasOpenRequest(tx, target.id, viewer.id),
  ]);
  const refusal = whyNotRequestable({
    mentee: toPerson(viewer),
    mentor: toMentorProfile(target),
    now,
    activeMentorship,
    openRequest,
  });
  if (refusal) throw problems.refused(requestRefusal(refusal, target.name));
  const id = newId('req');
  await tx.insert(requests).values({
    id,
    programId: viewer.programId,
    menteeId: viewer.id,
    mentorId: target.id,
    status: 'pending',
    message: input.message,
    goals: input.goals,
    thread: [],
    createdAt: now,
    updatedAt: now,
    expiresAt: new Date(now.getTime() + settings.expiryDays * 86_400_000),
  });
  return getRequest(tx, viewer, id);
}

export type TransitionInput =
  | { transition: 'accept' | 'withdraw' }
  | { transition: 'decline'; body: DeclineRequest }
  | { transition: 'ask'; question: string }
  | { transition: 'reply'; text: string };

/** Moves a request if the viewer is the right party, the state allows it and the version matches. */
export async function transitionRequest(
  tx: Tx,
  viewer: PersonRow,
  id: string,
  expectedVersion: number,
  input: TransitionInput,
  now: Date,
): Promise<MatchRequest> {
  const request = await getRequest(tx, viewer, id, true);
  const actor =
    request.mentorId === viewer.id ? 'mentor' : request.menteeId === viewer.id ? 'mentee' : null;
  const transition: RequestTransition = input.transition;
  if (!actor)
    throw problems.forbidden(`Only the ${REQUEST_TRANSITIONS[transition].actor} can do this.`);
  const refusal = transitionError(transition, actor, request.status);
  if (refusal === 'forbidden')
    throw problems.forbidden(
      `Only the ${REQUEST_TRANSITIONS[transition].actor} can ${transition} this request.`,
    );
  assertVersion(expectedVersion, request.version);
  if (refusal || isExpired(request, now))
    throw problems.conflict(
      ProblemCode.invalidTransition,
      `This request is ${request.status}; it can no longer be changed that way.`,
      {
        currentVersion: request.version,
      },
    );

  const answered = actor === 'mentor' && request.firstAnsweredAt === null ? now : undefined;
  const base = {
    status: REQUEST_TRANSITIONS[transition].to,
    updatedAt: now,
    version: request.version + 1,
    ...(answered ? { firstAnsweredAt: answered } : {}),
  };
  const message = (kind: 'question' | 'reply', text: string) => [
    ...request.thread,
    { authorId: viewer.id, kind, text, at: now.toISOString() },
  ];

  switch (input.transition) {
    case 'accept': {
      const mentorshipId = await acceptInto(tx, request, viewer, now);
      await tx
        .update(requests)
        .set({ ...base, mentorshipId })
        .where(eq(requests.id, id));
      break;
    }
    case 'decline':
      await tx
        .update(requests)
        .set({
          ...base,
          declineReason: input.body.reason,
          declineNote: input.body.note ? input.body.note : null,
        })
        .where(eq(requests.id, id));
      break;
    case 'ask':
      await tx
        .update(requests)
        .set({ ...base, thread: message('question', input.question) })
        .where(eq(requests.id, id));
      break;
    case 'reply':
      await tx
        .update(requests)
        .set({ ...base, thread: message('reply', input.text) })
        .where(eq(requests.id, id));
      break;
    case 'withdraw':
      await tx.update(requests).set(base).where(eq(requests.id, id));
      break;
  }
  if (answered) await refreshResponsiveness(tx, request.mentorId, now);
  return getRequest(tx, viewer, id);
}

/** Takes a spot (mentor row locked), opens the mentorship and its agreement. */
async function acceptInto(
  tx: Tx,
  request: MatchRequest,
  viewer: PersonRow,
  now: Date,
): Promise<string> {
  const target = await lockMentor(tx, request.mentorId, request.programId);
  if (!target) throw problems.notFound('This mentor');
  const menteeRow = (await tx.select().from(people).where(eq(people.id, request.menteeId)))[0];
  if (!menteeRow) throw problems.notFound('This mentee');
  if (target.activeMentees >= target.capacity)
    throw problems.conflict(
      ProblemCode.mentorFull,
      'You have no open spots left. Decline or end a mentorship first.',
      {
        currentVersion: request.version,
      },
    );
  if (await hasActiveMentorship(tx, target.id, request.menteeId))
    throw problems.conflict(ProblemCode.activeMentorshipExists, 'You already mentor this person.');
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
  return mentorshipId;
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
