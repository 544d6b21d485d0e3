// Mentorships: visible to the two partners and admins only (goals and recaps: ./goals.ts).
import { desc, eq, or } from 'drizzle-orm';
import type { Mentorship, MentorshipPage } from '../../src/contract/index.js';
import type { Tx } from '../db/connection.js';
import { alias } from 'drizzle-orm/pg-core';
import { mentorships, people } from '../db/schema.js';
import { problems } from '../problems.js';
import { isAdmin, type PersonRow } from './people.js';

type MentorshipRow = typeof mentorships.$inferSelect;
const mentee = alias(people, 'mentee');
const mentor = alias(people, 'mentor');

const toMentorship = (row: MentorshipRow, mentorName: string, menteeName: string): Mentorship => ({
  id: row.id,
  programId: row.programId,
  programType: row.programType,
  requestId: row.requestId,
  mentorId: row.mentorId,
  menteeId: row.menteeId,
  mentorName,
  menteeName,
  status: row.status,
  agreementId: row.agreementId,
  startedAt: row.startedAt.toISOString(),
  endedAt: row.endedAt?.toISOString() ?? null,
  version: row.version,
});

function selectMentorships(tx: Tx) {
  return tx
    .select({ mentorship: mentorships, mentorName: mentor.name, menteeName: mentee.name })
    .from(mentorships)
    .innerJoin(mentor, eq(mentor.id, mentorships.mentorId))
    .innerJoin(mentee, eq(mentee.id, mentorships.menteeId));
}

/** The viewer's own partnerships (as mentor or mentee), newest first. */
export async function listMentorships(tx: Tx, viewer: PersonRow): Promise<MentorshipPage> {
  const rows = await selectMentorships(tx)
    .where(or(eq(mentorships.mentorId, viewer.id), eq(mentorships.menteeId, viewer.id)))
    .orderBy(desc(mentorships.startedAt), desc(mentorships.id))
    .limit(100);
  return {
    items: rows.map((row) => toMentorship(row.mentorship, row.mentorName, row.menteeName)),
    nextCursor: null,
  };
}

const isPartner = (viewer: PersonRow, row: Pick<MentorshipRow, 'mentorId' | 'menteeId'>) =>
  row.mentorId === viewer.id || row.menteeId === viewer.id;

export async function getMentorship(tx: Tx, viewer: PersonRow, id: string): Promise<Mentorship> {
  const [row] = await selectMentorships(tx).where(eq(mentorships.id, id));
  if (!row || !(isPartner(viewer, row.mentorship) || isAdmin(viewer)))
    throw problems.notFound('This mentorship');
  return toMentorship(row.mentorship, row.mentorName, row.menteeName);
}

/** For writes: partners only; admins may read but do not write someone else's goals. */
export async function partnerMentorship(
  tx: Tx,
  viewer: PersonRow,
  id: string,
): Promise<MentorshipRow> {
  const [row] = await tx.select().from(mentorships).where(eq(mentorships.id, id));
  if (!row || !(isPartner(viewer, row) || isAdmin(viewer)))
    throw problems.notFound('This mentorship');
  if (!isPartner(viewer, row))
    throw problems.forbidden('Only the two partners can change their goals.');
  if (row.status !== 'active')
    throw problems.conflict(
      'mentorship-ended',
      'This mentorship has ended; its goals are read-only.',
    );
  return row;
}
