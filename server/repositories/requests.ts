// Match requests and their transitions. Every change runs in a transaction that locks the rows
// it depends on, so two accepts at the same instant cannot over-book a mentor.
import { and, desc, eq, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  OPEN_REQUEST_STATUSES,
  ProblemCode,
  REQUEST_TRANSITIONS,
  isExpired,
  atMentorshipLimit,
  transitionError,
  type ProgramSettings,
  type CreateRequest,
  type DeclineRequest,
  type MatchRequest,
  type RequestPage,
  type RequestQuery,
  type RequestTransition,
} from '../../src/contract/index.js';
import { requestRefusal, scoreMentor, whyNotRequestable } from '../../src/matching/index.js';
import {
  encodeCursor,
  isNewestFirstCursor,
  type NewestFirstCursor,
} from '../../src/contract/cursor.js';
import type { Tx } from '../db/connection.js';
import { people, requests } from '../db/schema.js';
import { newId } from '../ids.js';
import { assertVersion, decodeCursor, problems } from '../problems.js';
import {
  acceptInto,
  activeMentorshipsOf,
  hasActiveMentorship,
  lockMentor,
  refreshResponsiveness,
} from './request-accept.js';
import { isAdmin, toMenteeSubject, toMentorProfile, toPerson, type PersonRow } from './people.js';

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
    expectations: row.expectations,
    preferences: { cadence: row.cadence, format: row.format, durationWeeks: row.durationWeeks },
    thread: row.thread,
    decline: row.declineReason ? { reason: row.declineReason, note: row.declineNote } : null,
    withdrawnReason: row.withdrawnReason,
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

/** Whose overdue requests to expire: everyone's, or only what one new request depends on. */
export interface ExpiryScope {
  programId: string;
  menteeId: string;
  mentorId: string;
}

/**
 * Unanswered requests past their date become `expired` (lazily, before anyone reads them). A
 * create needs only the mentee's and the mentor's own requests in the program: an overdue one
 * between them must neither block the new one nor hold the one-open-per-pair index.
 */
export async function expireDueRequests(tx: Tx, now: Date, scope?: ExpiryScope): Promise<void> {
  const due = and(
    inArray(requests.status, [...OPEN_REQUEST_STATUSES]),
    lte(requests.expiresAt, now),
  );
  await tx
    .update(requests)
    .set({
      status: 'expired',
      version: sql`${requests.version} + 1`,
      updatedAt: sql`${requests.expiresAt}`,
    })
    .where(
      scope
        ? and(
            due,
            eq(requests.programId, scope.programId),
            or(eq(requests.menteeId, scope.menteeId), eq(requests.mentorId, scope.mentorId)),
          )
        : due,
    );
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

/** The mentor's inbox says how well each mentee matches them, on the same scoring. */
async function withMatch(
  tx: Tx,
  mentor: PersonRow,
  items: MatchRequest[],
  now: Date,
): Promise<MatchRequest[]> {
  const ids = [...new Set(items.map((r) => r.menteeId))];
  if (!ids.length) return items;
  const rows = await tx.select().from(people).where(inArray(people.id, ids));
  const subjects = new Map(rows.map((row) => [row.id, toMenteeSubject(row)]));
  const profile = toMentorProfile(mentor);
  return items.map((request) => {
    const subject = subjects.get(request.menteeId);
    return subject ? { ...request, match: scoreMentor(subject, profile, { now }) } : request;
  });
}

export async function listRequests(
  tx: Tx,
  viewer: PersonRow,
  query: RequestQuery,
  now: Date,
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
    items:
      query.role === 'mentor' && viewer.isMentor ? await withMatch(tx, viewer, page, now) : page,
    nextCursor:
      items.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
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

export async function createRequest(
  tx: Tx,
  viewer: PersonRow,
  input: CreateRequest,
  now: Date,
  settings: ProgramSettings,
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
  // After the mentor's lock, so a concurrent create for the same mentor sees what this expires.
  await expireDueRequests(tx, now, {
    programId: viewer.programId,
    menteeId: viewer.id,
    mentorId: target.id,
  });
  const [activeMentorship, openRequest, active] = await Promise.all([
    hasActiveMentorship(tx, target.id, viewer.id),
    hasOpenRequest(tx, target.id, viewer.id),
    activeMentorshipsOf(tx, viewer.id),
  ]);
  const refusal = whyNotRequestable({
    mentee: toPerson(viewer),
    mentor: toMentorProfile(target),
    now,
    activeMentorship,
    openRequest,
    atMentorshipLimit: atMentorshipLimit(active, settings),
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
    expectations: input.expectations ?? '',
    cadence: input.preferences?.cadence ?? null,
    format: input.preferences?.format ?? null,
    durationWeeks: input.preferences?.durationWeeks ?? null,
    thread: [],
    createdAt: now,
    updatedAt: now,
    expiresAt: new Date(now.getTime() + settings.requestExpiryDays * 86_400_000),
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
  settings: ProgramSettings,
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
      const mentorshipId = await acceptInto(tx, request, viewer, now, settings);
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
      await tx
        .update(requests)
        .set({ ...base, withdrawnReason: 'mentee' })
        .where(eq(requests.id, id));
      break;
  }
  if (answered) await refreshResponsiveness(tx, request.mentorId, now);
  return getRequest(tx, viewer, id);
}
