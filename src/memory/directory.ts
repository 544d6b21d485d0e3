// Directory search over the in-memory mentors (the shared DirectoryIndex), cursor pages, cards.
import {
  MentorQuery,
  OPEN_REQUEST_STATUSES,
  type MentorCard,
  type MentorPage,
  type MentorProfile,
} from '../contract/index.js';
import {
  prepareMentor,
  toMentorCard,
  toMentorCards,
  type MenteeSubject,
} from '../matching/index.js';
import { isOffsetCursor, nextOffsetCursor, type OffsetCursor } from '../contract/cursor.js';
import { decodeCursor, problems, validate } from './problems.js';
import type { MemoryStore, Viewer } from './store.js';

const DEFAULT_LIMIT = 20;

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

export function searchMentors(
  store: MemoryStore,
  viewer: Viewer,
  rawQuery: MentorQuery,
): MentorPage {
  const query = validate(MentorQuery, rawQuery);
  store.expireDue();
  const now = store.now();
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = decodeCursor<OffsetCursor>(query.cursor, isOffsetCursor)?.o ?? 0;
  const subject: MenteeSubject | null = viewer.mentee
    ? { person: viewer.person, mentee: viewer.mentee }
    : null;
  const { ids, total, facets } = store.directory.search({ query, subject, now, offset, limit });
  const context = {
    now,
    settings: store.settings,
    ...(query.weights ? { weights: query.weights } : {}),
    ...relations(store, viewer.person.id),
  };
  return {
    // Mentors change in place here, so nothing prepared is kept between searches.
    items: toMentorCards(
      subject,
      ids.map((id) => prepareMentor(store.mentors.get(id)!)),
      context,
    ),
    nextCursor: nextOffsetCursor(offset, ids.length, total),
    total,
    facets, // the index's shared counts: every answer of the memory API is a copy (memory-api.ts)
  };
}

export function getMentor(store: MemoryStore, id: string): MentorProfile {
  const mentor = store.mentors.get(id);
  if (!mentor) throw problems.notFound('This mentor');
  return mentor;
}

/** One mentor as the viewer's card shows them: score, reasons, whether they can be asked. */
export function getMentorMatch(store: MemoryStore, viewer: Viewer, id: string): MentorCard {
  store.expireDue();
  const mentor = getMentor(store, id);
  const subject: MenteeSubject | null = viewer.mentee
    ? { person: viewer.person, mentee: viewer.mentee }
    : null;
  return toMentorCard(subject, mentor, {
    now: store.now(),
    settings: store.settings,
    ...relations(store, viewer.person.id),
  });
}
