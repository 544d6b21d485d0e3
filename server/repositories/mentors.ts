// Directory search: the program's DirectoryIndex (kept current from the database, see
// directory.ts) filters, counts facets and orders; the database supplies the page's cards and
// the viewer's open requests and mentorships, both kept between searches while nothing changes.
import { and, eq, sql } from 'drizzle-orm';
import type {
  MentorCard,
  MentorPage,
  MentorQuery,
  ProgramSettings,
} from '../../src/contract/index.js';
import { isOffsetCursor, nextOffsetCursor, type OffsetCursor } from '../../src/contract/cursor.js';
import {
  prepareMentor,
  toMentorCard,
  toMentorCards,
  type PreparedMentor,
} from '../../src/matching/index.js';
import type { Tx } from '../db/connection.js';
import { preparedPerHandle } from '../db/sql.js';
import { people } from '../db/schema.js';
import { decodeCursor } from '../problems.js';
import type { DirectoryIndexCache } from './directory.js';
import type { PeopleCache } from './people-cache.js';
import { viewerRelations } from './relations-cache.js';
import { toMenteeSubject, toMentorProfile, type PersonRow } from './people.js';

const DEFAULT_LIMIT = 20;

/**
 * A card's viewer-independent part (profile, normalised words), kept per row object. Rows are
 * never changed in place: the feed replaces a changed mentor's row in the people cache, so an
 * entry lives exactly as long as the mentor version it was built from.
 */
const preparedByRow = new WeakMap<PersonRow, PreparedMentor>();

function preparedMentor(row: PersonRow): PreparedMentor {
  let prepared = preparedByRow.get(row);
  if (!prepared) {
    prepared = prepareMentor(toMentorProfile(row));
    preparedByRow.set(row, prepared);
  }
  return prepared;
}

/** One text for any number of ids, prepared once per database handle. */
const peopleByIds = preparedPerHandle((tx) =>
  tx
    .select()
    .from(people)
    .where(sql`${people.id} = any(${sql.placeholder('ids')}::text[])`)
    .prepare('people_by_ids'),
);

/**
 * The page's people rows, in the order of `ids` (undefined for one deleted since): kept ones from
 * the cache (exact, see people-cache.ts), others read.
 */
async function cardRows(
  tx: Tx,
  cache: PeopleCache,
  ids: string[],
): Promise<(PersonRow | undefined)[]> {
  const kept = ids.map((id) => cache.get(id));
  const missing = ids.filter((_, at) => !kept[at]);
  if (missing.length === 0) return kept;
  const generation = cache.generation;
  const rows = await peopleByIds(tx).execute({ ids: missing });
  const read = new Map(rows.map((row) => [row.id, row]));
  for (const row of read.values()) cache.remember(row, generation);
  return ids.map((id, at) => kept[at] ?? read.get(id));
}

export interface MentorSearch {
  viewer: PersonRow;
  query: MentorQuery;
  now: Date;
  settings: ProgramSettings;
  /** Sign-in has just checked the change feed (the directory is current). */
  directoryChecked: boolean;
}

export async function searchMentors(
  tx: Tx,
  directory: DirectoryIndexCache,
  { viewer, query, now, settings, directoryChecked }: MentorSearch,
): Promise<MentorPage> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = decodeCursor<OffsetCursor>(query.cursor, isOffsetCursor)?.o ?? 0;
  const subject = toMenteeSubject(viewer);
  // Without a check since this request arrived, wait for one: the relations cache needs it too.
  const index =
    (directoryChecked && directory.known(viewer.programId)) ||
    (await directory.current(viewer.programId));
  const { ids, total, facets } = index.search({ query, subject, now, offset, limit });
  const [rows, related] = await Promise.all([
    ids.length ? cardRows(tx, directory.people, ids) : [],
    directory.relations.of(tx, viewer.id, now),
  ]);
  const context = {
    now,
    settings,
    ...(query.weights ? { weights: query.weights } : {}),
    ...related,
  };
  const mentors = rows.flatMap((row) => (row ? [preparedMentor(row)] : []));
  return {
    items: toMentorCards(subject, mentors, context),
    // Counted from the ids the index gave: a card deleted since still moves the page on.
    nextCursor: nextOffsetCursor(offset, ids.length, total),
    total,
    // The index's kept counts, shared: the page is only encoded (their JSON text is kept too).
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
