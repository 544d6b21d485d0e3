// A mentor's own availability: capacity within the program's limit and a pause until a date,
// optionally declining every open request with one note.
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  AVAILABILITY_REFUSED,
  OPEN_REQUEST_STATUSES,
  availabilityFieldErrors,
  type MentorProfile,
  type ProgramSettings,
  type UpdateAvailability,
} from '../../src/contract/index.js';
import { isoDay } from '../../src/matching/index.js';
import type { Tx } from '../db/connection.js';
import { people, requests } from '../db/schema.js';
import { problems, refuse } from '../problems.js';
import { lockMentor, refreshResponsiveness } from './request-accept.js';
import { toMentorProfile, type PersonRow } from './people.js';

export async function updateAvailability(
  tx: Tx,
  viewer: PersonRow,
  input: UpdateAvailability,
  now: Date,
  settings: ProgramSettings,
): Promise<MentorProfile> {
  const mentor = await lockMentor(tx, viewer.id, viewer.programId);
  if (!mentor) throw problems.forbidden('Only mentors have availability to change.');
  const context = { settings, activeMentees: mentor.activeMentees, today: isoDay(now) };
  refuse(availabilityFieldErrors(input, context), AVAILABILITY_REFUSED);
  const [updated] = await tx
    .update(people)
    .set({
      capacity: input.capacity,
      availabilityStatus: input.pausedUntil ? 'paused' : 'open',
      pausedUntil: input.pausedUntil,
    })
    .where(eq(people.id, mentor.id))
    .returning();
  if (input.declineOpen) {
    await tx
      .update(requests)
      .set({
        status: 'declined',
        declineReason: 'busy',
        declineNote: input.declineOpen.note ? input.declineOpen.note : null,
        updatedAt: now,
        firstAnsweredAt: sql`coalesce(${requests.firstAnsweredAt}, ${now.toISOString()}::timestamptz)`,
        version: sql`${requests.version} + 1`,
      })
      .where(
        and(eq(requests.mentorId, mentor.id), inArray(requests.status, [...OPEN_REQUEST_STATUSES])),
      );
    await refreshResponsiveness(tx, mentor.id, now);
  }
  return toMentorProfile(updated ?? mentor);
}
