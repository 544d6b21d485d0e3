// Mentorships: visible to the two partners and admins, written by partners only (goals and
// recaps are in ./goals.ts).
import type { Mentorship, MentorshipPage } from '../contract/index.js';
import { problems } from './problems.js';
import type { MemoryStore, Viewer } from './store.js';

const isPartner = (viewer: Viewer, m: Mentorship) =>
  m.mentorId === viewer.person.id || m.menteeId === viewer.person.id;

export function listMentorships(store: MemoryStore, viewer: Viewer): MentorshipPage {
  const items = [...store.mentorships.values()]
    .filter((m) => isPartner(viewer, m))
    .sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
  return { items, nextCursor: null };
}

export function getMentorship(store: MemoryStore, viewer: Viewer, id: string): Mentorship {
  const mentorship = store.mentorships.get(id);
  if (!mentorship || !(isPartner(viewer, mentorship) || viewer.isAdmin))
    throw problems.notFound('This mentorship');
  return mentorship;
}

/** For writes: partners only (admins read but do not write), and only while active. */
export function partnerMentorship(store: MemoryStore, viewer: Viewer, id: string): Mentorship {
  const mentorship = getMentorship(store, viewer, id);
  if (!isPartner(viewer, mentorship))
    throw problems.forbidden('Only the two partners can change their goals.');
  if (mentorship.status !== 'active')
    throw problems.conflict(
      'mentorship-ended',
      'This mentorship has ended; its goals are read-only.',
    );
  return mentorship;
}
