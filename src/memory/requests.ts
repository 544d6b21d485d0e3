// Match requests: create and move them through their life with the server's rules.
import {
  AskRequest,
  CreateRequest,
  DeclineRequest,
  OPEN_REQUEST_STATUSES,
  ProblemCode,
  ReplyRequest,
  RequestQuery,
  REQUEST_TRANSITIONS,
  atMentorshipLimit,
  isExpired,
  openSpots,
  transitionError,
  type MatchRequest,
  type Mentorship,
  type RequestPage,
  type RequestTransition,
} from '../contract/index.js';
import { createAgreementRecord, agreementSections } from '../fixtures/index.js';
import { requestRefusal, scoreMentor, whyNotRequestable } from '../matching/index.js';
import { encodeCursor, isNewestFirstCursor, type NewestFirstCursor } from '../contract/cursor.js';
import { assertVersion, decodeCursor, problems, validate } from './problems.js';
import type { MemoryStore, Viewer } from './store.js';

const DAY = 86_400_000;

const canSee = (viewer: Viewer, request: MatchRequest) =>
  request.menteeId === viewer.person.id || request.mentorId === viewer.person.id || viewer.isAdmin;

export function getRequest(store: MemoryStore, viewer: Viewer, id: string): MatchRequest {
  store.expireDue();
  const request = store.requests.get(id);
  if (!request || !canSee(viewer, request)) throw problems.notFound('This request');
  return request;
}

type Keyed = Pick<MatchRequest, 'createdAt' | 'id'>;
const newestFirst = (a: Keyed, b: Keyed) =>
  a.createdAt < b.createdAt
    ? 1
    : a.createdAt > b.createdAt
      ? -1
      : a.id < b.id
        ? 1
        : a.id > b.id
          ? -1
          : 0;

/** The mentor's inbox says how well each mentee matches them, on the same scoring. */
function withMatch(
  store: MemoryStore,
  viewer: Viewer,
  role: 'mentee' | 'mentor',
  items: MatchRequest[],
): MatchRequest[] {
  const mentor = role === 'mentor' ? store.mentors.get(viewer.person.id) : undefined;
  if (!mentor) return items;
  const now = store.now();
  return items.map((request) => {
    const person = store.people.get(request.menteeId);
    const mentee = store.mentees.get(request.menteeId);
    return person && mentee
      ? { ...request, match: scoreMentor({ person, mentee }, mentor, { now }) }
      : request;
  });
}

export function listRequests(
  store: MemoryStore,
  viewer: Viewer,
  rawQuery: RequestQuery,
): RequestPage {
  const query = validate(RequestQuery, rawQuery);
  store.expireDue();
  const limit = query.limit ?? 20;
  const after = decodeCursor<NewestFirstCursor>(query.cursor, isNewestFirstCursor);
  const mine = [...store.requests.values()].filter(
    (r) =>
      (query.role === 'mentee' ? r.menteeId : r.mentorId) === viewer.person.id &&
      (!query.status?.length || query.status.includes(r.status)) &&
      (!after || newestFirst(r, { createdAt: after.at, id: after.id }) > 0),
  );
  const page = mine.sort(newestFirst).slice(0, limit);
  const last = page.at(-1);
  return {
    items: withMatch(store, viewer, query.role, page),
    // Keyset, as the server: a request created meanwhile does not shift the next page.
    nextCursor:
      mine.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

export function createRequest(
  store: MemoryStore,
  viewer: Viewer,
  raw: CreateRequest,
): MatchRequest {
  const input = validate(CreateRequest, raw);
  store.expireDue();
  if (!viewer.roles.includes('mentee'))
    throw problems.forbidden('Only mentees can request a mentor.');
  // Yourself first: you may not be a mentor at all, and "no such mentor" would mislead.
  if (input.mentorId === viewer.person.id)
    throw problems.refused(requestRefusal('self', viewer.person.name));
  const mentor = store.mentors.get(input.mentorId);
  if (!mentor)
    throw problems.validation(
      [{ path: 'mentorId', message: 'No mentor with this id in your program.' }],
      'No such mentor.',
    );
  const now = store.now();
  const refusal = whyNotRequestable({
    mentee: viewer.person,
    mentor,
    now,
    activeMentorship: Boolean(store.activeMentorship(viewer.person.id, mentor.id)),
    openRequest: [...store.requests.values()].some(
      (r) =>
        r.menteeId === viewer.person.id &&
        r.mentorId === input.mentorId &&
        OPEN_REQUEST_STATUSES.includes(r.status),
    ),
    atMentorshipLimit: atMentorshipLimit(
      store.activeMentorshipCount(viewer.person.id),
      store.settings,
    ),
  });
  if (refusal) throw problems.refused(requestRefusal(refusal, mentor.name));
  const at = now.toISOString();
  const request: MatchRequest = {
    id: store.newId('req'),
    programId: store.program.id,
    menteeId: viewer.person.id,
    mentorId: mentor.id,
    menteeName: viewer.person.name,
    mentorName: mentor.name,
    status: 'pending',
    message: input.message,
    goals: input.goals,
    expectations: input.expectations ?? '',
    preferences: {
      cadence: input.preferences?.cadence ?? null,
      format: input.preferences?.format ?? null,
      durationWeeks: input.preferences?.durationWeeks ?? null,
    },
    thread: [],
    decline: null,
    withdrawnReason: null,
    mentorshipId: null,
    createdAt: at,
    updatedAt: at,
    expiresAt: new Date(now.getTime() + store.expiryDays * DAY).toISOString(),
    firstAnsweredAt: null,
    version: 1,
  };
  store.requests.set(request.id, request);
  return request;
}

export type TransitionInput =
  | { transition: 'accept' | 'withdraw' }
  | { transition: 'decline'; body: DeclineRequest }
  | { transition: 'ask'; body: AskRequest }
  | { transition: 'reply'; body: ReplyRequest };

/** Moves a request if the viewer is the right party, the version matches and the state allows it. */
export async function transitionRequest(
  store: MemoryStore,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  input: TransitionInput,
): Promise<MatchRequest> {
  const transition: RequestTransition = input.transition;
  const body =
    input.transition === 'decline'
      ? validate(DeclineRequest, input.body)
      : input.transition === 'ask'
        ? validate(AskRequest, input.body)
        : input.transition === 'reply'
          ? validate(ReplyRequest, input.body)
          : null;
  const request = getRequest(store, viewer, id);
  const actor =
    request.mentorId === viewer.person.id
      ? 'mentor'
      : request.menteeId === viewer.person.id
        ? 'mentee'
        : null;
  const who = REQUEST_TRANSITIONS[transition].actor;
  if (!actor || transitionError(transition, actor, request.status) === 'forbidden')
    throw problems.forbidden(`Only the ${who} can ${transition} this request.`);
  assertVersion(expectedVersion, request.version);
  const now = store.now();
  if (transitionError(transition, actor, request.status) || isExpired(request, now))
    throw problems.conflict(
      ProblemCode.invalidTransition,
      `This request is ${request.status}; it can no longer be changed that way.`,
      {
        currentVersion: request.version,
      },
    );

  const at = now.toISOString();
  if (input.transition === 'accept')
    request.mentorshipId = (await acceptInto(store, request, viewer, now)).id;
  if (input.transition === 'decline' && body && 'reason' in body)
    request.decline = { reason: body.reason, note: body.note ? body.note : null };
  if (input.transition === 'ask' && body && 'question' in body)
    request.thread.push({ authorId: viewer.person.id, kind: 'question', text: body.question, at });
  if (input.transition === 'withdraw') request.withdrawnReason = 'mentee';
  if (input.transition === 'reply' && body && 'text' in body)
    request.thread.push({ authorId: viewer.person.id, kind: 'reply', text: body.text, at });
  if (actor === 'mentor' && request.firstAnsweredAt === null) request.firstAnsweredAt = at;
  request.status = REQUEST_TRANSITIONS[transition].to;
  request.updatedAt = at;
  request.version++;
  return request;
}

/** Takes a spot and opens the mentorship with its agreement. Runs inside the store's exclusive section. */
async function acceptInto(
  store: MemoryStore,
  request: MatchRequest,
  viewer: Viewer,
  now: Date,
): Promise<Mentorship> {
  const mentor = store.mentors.get(request.mentorId);
  const mentee = store.people.get(request.menteeId);
  if (!mentor || !mentee) throw problems.notFound('This mentor');
  if (openSpots(mentor) === 0)
    throw problems.conflict(
      ProblemCode.mentorFull,
      'You have no open spots left. Decline or end a mentorship first.',
      { currentVersion: request.version },
    );
  if (store.activeMentorship(request.menteeId, mentor.id))
    throw problems.conflict(ProblemCode.activeMentorshipExists, 'You already mentor this person.');
  if (atMentorshipLimit(store.activeMentorshipCount(mentee.id), store.settings))
    throw problems.conflict(
      ProblemCode.mentorshipLimit,
      `${mentee.name} has just started a mentorship with someone else.`,
      { currentVersion: request.version },
    );
  const at = now.toISOString();
  const mentorship: Mentorship = {
    id: store.newId('ms'),
    programId: store.program.id,
    programType: store.program.type,
    requestId: request.id,
    mentorId: mentor.id,
    menteeId: mentee.id,
    mentorName: mentor.name,
    menteeName: mentee.name,
    status: 'active',
    agreementId: null,
    startedAt: at,
    endedAt: null,
    version: 1,
  };
  const record = await createAgreementRecord({
    id: store.newId('agr'),
    mentorship,
    actorId: viewer.person.id,
    at,
    sections: agreementSections({
      mentorName: mentor.name,
      menteeName: mentee.name,
      goals: request.goals,
      cadence: mentor.cadence,
      format: mentor.formats[0] ?? 'video',
      startDate: at.slice(0, 10),
      endDate: new Date(now.getTime() + 16 * 7 * DAY).toISOString().slice(0, 10),
    }),
  });
  mentorship.agreementId = record.agreement.id;
  mentor.activeMentees++;
  store.directory.upsert(mentor); // one spot fewer: availability and scores change
  store.mentorships.set(mentorship.id, mentorship);
  store.agreements.set(record.agreement.id, record);
  if (atMentorshipLimit(store.activeMentorshipCount(mentee.id), store.settings))
    withdrawOtherRequests(store, request, at);
  return mentorship;
}

/** The mentee is matched: their other open requests close, and their mentors see why. */
function withdrawOtherRequests(store: MemoryStore, accepted: MatchRequest, at: string): void {
  for (const other of store.requests.values()) {
    if (
      other.menteeId !== accepted.menteeId ||
      other.id === accepted.id ||
      !OPEN_REQUEST_STATUSES.includes(other.status)
    )
      continue;
    other.status = 'withdrawn';
    other.withdrawnReason = 'matched-elsewhere';
    other.updatedAt = at;
    other.version++;
  }
}
