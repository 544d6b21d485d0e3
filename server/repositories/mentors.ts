// Directory search: the program's DirectoryIndex (kept current from the database, see
// directory.ts) filters, counts facets and orders; the database supplies the page's cards and
// the viewer's open requests and mentorships.
import { and, eq, getTableColumns, gt, inArray } from 'drizzle-orm';
import type {
  MentorCard,
  MentorPage,
  MentorQuery,
  ProgramSettings,
} from '../../src/contract/index.js';
import { OPEN_REQUEST_STATUSES } from '../../src/contract/index.js';
import { isOffsetCursor, nextOffsetCursor, type OffsetCursor } from '../../src/contract/cursor.js';
import { toMentorCard } from '../../src/matching/index.js';
import type { Tx } from '../db/connection.js';
import { mentorships, people, requests } from '../db/schema.js';
import { decodeCursor } from '../problems.js';
import type { DirectoryIndexCache } from './directory.js';
import { toMenteeSubject, toMentorProfile, type PersonRow } from './people.js';

const DEFAULT_LIMIT = 20;
const { changedBy: _changedBy, ...cardColumns } = getTableColumns(people);

async function viewerRelations(tx: Tx, viewerId: string, now: Date) {
  const [open, active] = await Promise.all([
    tx
      .select({ mentorId: requests.mentorId })
      .from(requests)
      .where(
        and(
          eq(requests.menteeId, viewerId),
          inArray(requests.status, [...OPEN_REQUEST_STATUSES]),
          // Past its expiry date a request no longer blocks a new one, even before it is marked.
          gt(requests.expiresAt, now),
        ),
      ),
    tx
      .select({ mentorId: mentorships.mentorId })
      .from(mentorships)
      .where(and(eq(mentorships.menteeId, viewerId), eq(mentorships.status, 'active'))),
  ]);
  return {
    openRequestMentorIds: new Set(open.map((row) => row.mentorId)),
    activeMentorIds: new Set(active.map((row) => row.mentorId)),
  };
}

export async function searchMentors(
  tx: Tx,
  directory: DirectoryIndexCache,
  viewer: PersonRow,
  query: MentorQuery,
  now: Date,
  settings: ProgramSettings,
): Promise<MentorPage> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = decodeCursor<OffsetCursor>(query.cursor, isOffsetCursor)?.o ?? 0;
  const subject = toMenteeSubject(viewer);
  const index = await directory.current(viewer.programId);
  const { ids, total, facets } = index.search({ query, subject, now, offset, limit });
  const [rows, relations] = await Promise.all([
    ids.length ? tx.select(cardColumns).from(people).where(inArray(people.id, ids)) : [],
    viewerRelations(tx, viewer.id, now),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const context = {
    now,
    settings,
    ...(query.weights ? { weights: query.weights } : {}),
    ...relations,
  };
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toMentorCard(subject, toMentorProfile(row), context)] : [];
  });
  return {
    items,
    // Counted from the ids the index gave: a card deleted since still moves the page on.
    nextCursor: nextOffsetCursor(offset, ids.length, total),
    total,
    facets,
  };
}

export async function findMentor(
  tx: Tx,
  viewer: PersonRow,
  id: string,
): Promise<PersonRow | undefined> {
  const [row] = await tx
    .select()
    .from(people)
    .where(
      and(eq(people.id, id), eq(people.isMentor, true), eq(people.programId, viewer.programId)),
    )
    .limit(1);
  return row;
}

/** One mentor as the viewer would see their card: score, reasons and whether they can ask. */
export async function mentorCard(
  tx: Tx,
  viewer: PersonRow,
  id: string,
  now: Date,
  settings: ProgramSettings,
): Promise<MentorCard | undefined> {
  const row = await findMentor(tx, viewer, id);
  if (!row) return undefined;
  const relations = await viewerRelations(tx, viewer.id, now);
  return toMentorCard(toMenteeSubject(viewer), toMentorProfile(row), {
    now,
    settings,
    ...relations,
  });
}
