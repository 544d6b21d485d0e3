// A mentor's own availability, with the server's rules (see server/repositories/availability.ts).
import {
  AVAILABILITY_REFUSED,
  OPEN_REQUEST_STATUSES,
  UpdateAvailability,
  availabilityFieldErrors,
  type MentorProfile,
} from '../contract/index.js';
import { isoDay } from '../matching/index.js';
import { problems, refuse, validate } from './problems.js';
import type { MemoryStore, Viewer } from './store.js';

export function updateAvailability(
  store: MemoryStore,
  viewer: Viewer,
  raw: UpdateAvailability,
): MentorProfile {
  const input = validate(UpdateAvailability, raw);
  const mentor = store.mentors.get(viewer.person.id);
  if (!mentor) throw problems.forbidden('Only mentors have availability to change.');
  const now = store.now();
  const context = {
    settings: store.settings,
    activeMentees: mentor.activeMentees,
    today: isoDay(now),
  };
  refuse(availabilityFieldErrors(input, context), AVAILABILITY_REFUSED);
  mentor.capacity = input.capacity;
  mentor.availability = input.pausedUntil
    ? { status: 'paused', pausedUntil: input.pausedUntil }
    : { status: 'open', pausedUntil: null };
  if (input.declineOpen) {
    const at = now.toISOString();
    for (const request of store.requests.values()) {
      if (request.mentorId !== mentor.id || !OPEN_REQUEST_STATUSES.includes(request.status))
        continue;
      request.status = 'declined';
      request.decline = { reason: 'busy', note: input.declineOpen.note || null };
      request.firstAnsweredAt ??= at;
      request.updatedAt = at;
      request.version++;
    }
  }
  store.directory.upsert(mentor); // paused or more spots: the directory shows it at once
  return mentor;
}
