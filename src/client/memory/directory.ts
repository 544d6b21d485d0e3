// Directory search over the in-memory mentors: filters, facets, sort, cursor pages, cards.
import {
  canonicalJson,
  MentorQuery,
  OPEN_REQUEST_STATUSES,
  type MentorPage,
  type MentorProfile,
} from '../../contract/index.js';
import { scoreMentor, toMentorCard, type MenteeSubject } from '../../matching/index.js';
import {
  compareIds,
  compareNames,
  compareResponsiveness,
  compileMentorFilters,
  countFacets,
  mentorSearchText,
  foldText,
} from '../../matching/search.js';
import { problems, validate } from './problems.js';
import type { MemoryStore, Viewer } from './store.js';

const DEFAULT_LIMIT = 20;

/** Offsets wrapped in an opaque, URL-safe cursor. */
function encodeCursor(offset: number): string {
  return btoa(JSON.stringify({ o: offset }))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const value = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))) as { o?: unknown };
    if (typeof value.o === 'number' && Number.isInteger(value.o) && value.o >= 0) return value.o;
  } catch {
    // fall through: a cursor we did not make
  }
  throw problems.validation([
    { path: 'cursor', message: 'This cursor is not valid; start from the first page.' },
  ]);
}

export function pageOf<T>(items: readonly T[], cursor: string | undefined, limit: number) {
  const offset = decodeCursor(cursor);
  const slice = items.slice(offset, offset + limit);
  return {
    items: slice,
    nextCursor: offset + limit < items.length ? encodeCursor(offset + limit) : null,
  };
}

function relations(store: MemoryStore, viewerId: string) {
  const openRequestMentorIds = new Set<string>();
  const activeMentorIds = new Set<string>();
  for (const request of store.requests.values()) {
    if (request.menteeId === viewerId && OPEN_REQUEST_STATUSES.includes(request.status))
      openRequestMentorIds.add(request.mentorId);
  }
  for (const mentorship of store.mentorships.values()) {
    if (mentorship.menteeId === viewerId && mentorship.status === 'active')
      activeMentorIds.add(mentorship.mentorId);
  }
  return { openRequestMentorIds, activeMentorIds };
}

/** Scores for the matching mentors, cached per viewer, weights, hour and store revision. */
function scoresFor(
  store: MemoryStore,
  viewer: Viewer,
  query: MentorQuery,
  mentors: readonly MentorProfile[],
  score: (mentor: MentorProfile) => number,
): Map<MentorProfile, number> {
  const hour = Math.floor(store.now().getTime() / 3_600_000);
  const key = `${viewer.person.id}|${hour}|${store.revision}|${canonicalJson(query.weights ?? {})}`;
  if (store.scoreCache?.key !== key) store.scoreCache = { key, scores: new Map() };
  const { scores } = store.scoreCache;
  for (const mentor of mentors) if (!scores.has(mentor)) scores.set(mentor, score(mentor));
  return scores;
}

export function searchMentors(
  store: MemoryStore,
  viewer: Viewer,
  rawQuery: MentorQuery,
): MentorPage {
  const query = validate(MentorQuery, rawQuery);
  store.expireDue();
  const now = store.now();
  const limit = query.limit ?? DEFAULT_LIMIT;
  const subject: MenteeSubject | null = viewer.mentee
    ? { person: viewer.person, mentee: viewer.mentee }
    : null;
  const textOf = (mentor: MentorProfile) => {
    let text = store.searchText.get(mentor);
    if (text === undefined)
      store.searchText.set(mentor, (text = foldText(mentorSearchText(mentor))));
    return text;
  };
  const failed = compileMentorFilters(query, now, textOf);
  const masks = store.mentorList.map(failed);
  const matching = store.mentorList.filter((_, index) => masks[index] === 0);
  const facets = countFacets(store.mentorList, masks, query, now);
  const sort = query.sort ?? (subject ? 'match' : 'name');
  const options = { now, ...(query.weights ? { weights: query.weights } : {}) };

  let ordered: MentorProfile[];
  if (sort === 'match' && subject) {
    const scores = scoresFor(
      store,
      viewer,
      query,
      matching,
      (mentor) => scoreMentor(subject, mentor, options).score,
    );
    ordered = matching.sort((a, b) => scores.get(b)! - scores.get(a)! || compareIds(a.id, b.id));
  } else {
    ordered = matching.sort(sort === 'responsive' ? compareResponsiveness : compareNames);
  }
  const page = pageOf(ordered, query.cursor, limit);
  const context = { ...options, ...relations(store, viewer.person.id) };
  return {
    items: page.items.map((mentor) => toMentorCard(subject, mentor, context)),
    nextCursor: page.nextCursor,
    total: matching.length,
    facets,
  };
}

export function getMentor(store: MemoryStore, id: string): MentorProfile {
  const mentor = store.mentors.get(id);
  if (!mentor) throw problems.notFound('This mentor');
  return mentor;
}
