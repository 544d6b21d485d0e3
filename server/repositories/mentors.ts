// Directory search: SQL narrows and counts (GIN indexes on the tsvector and the arrays), the
// shared matching module scores and explains. For "best match" SQL pre-ranks with the same
// criteria and weights, and only the top candidates are scored exactly in JS.
import {
  and,
  arrayContains,
  arrayOverlaps,
  asc,
  eq,
  getTableColumns,
  gt,
  inArray,
  sql,
  type SQL,
} from 'drizzle-orm';
import type {
  MentorCard,
  MentorPage,
  MentorQuery,
  FacetCount,
  Facets,
} from '../../src/contract/index.js';
import { OPEN_REQUEST_STATUSES } from '../../src/contract/index.js';
import {
  resolveWeights,
  toMentorCard,
  utcOffsetHours,
  type MatchWeights,
} from '../../src/matching/index.js';
import type { Tx } from '../db/connection.js';
import { mentorships, people, requests } from '../db/schema.js';
import { rawRows, textArray } from '../db/sql.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { FacetCache } from './facet-cache.js';
import { toMenteeSubject, toMentorProfile, type CardRow, type PersonRow } from './people.js';

const DEFAULT_LIMIT = 20;
/** Best-match pages are ranked exactly within windows of this many SQL-preranked candidates. */
const MATCH_WINDOW = 200;
const FACET_LIMIT = 40;
/** Everything a card shows; not the search text and its tsvector (large, never shown). */
const { search: _search, searchText: _searchText, ...cardColumns } = getTableColumns(people);

/** Words of a free-text search as a prefix tsquery: "nego road" -> "nego:* & road:*". */
export function toPrefixQuery(q: string): string | null {
  const words = q
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((word) => `${word}:*`).join(' & ') : null;
}

type FilterKey =
  | 'base'
  | 'q'
  | 'skills'
  | 'languages'
  | 'programTypes'
  | 'locations'
  | 'departments'
  | 'utc'
  | 'available';

/** Each filter separately, so a facet can be counted with every filter but its own. */
function filterParts(
  viewer: PersonRow,
  query: MentorQuery,
  now: Date,
): Partial<Record<FilterKey, SQL>> {
  const today = now.toISOString().slice(0, 10);
  const parts: Partial<Record<FilterKey, SQL>> = {
    base: and(eq(people.isMentor, true), eq(people.programId, viewer.programId))!,
  };
  if (query.q) {
    const tsQuery = toPrefixQuery(query.q);
    parts.q = tsQuery
      ? sql`${people.search} @@ to_tsquery('simple', ${tsQuery})`
      : sql`${people.name} ilike ${'%' + query.q.replace(/[%_\\]/g, '\\$&') + '%'}`;
  }
  // Skills narrow (a mentor must teach all chosen skills); the other lists widen within themselves.
  if (query.skills?.length) parts.skills = arrayContains(people.skills, query.skills);
  if (query.languages?.length) parts.languages = arrayOverlaps(people.languages, query.languages);
  if (query.programTypes?.length)
    parts.programTypes = arrayOverlaps(people.programTypes, query.programTypes);
  if (query.locations?.length) parts.locations = inArray(people.city, query.locations);
  if (query.departments?.length) parts.departments = inArray(people.department, query.departments);
  const utc = [
    query.utcOffsetMin !== undefined
      ? sql`${people.utcOffset} >= ${query.utcOffsetMin}`
      : undefined,
    query.utcOffsetMax !== undefined
      ? sql`${people.utcOffset} <= ${query.utcOffsetMax}`
      : undefined,
  ].filter((part): part is SQL => part !== undefined);
  if (utc.length) parts.utc = and(...utc)!;
  if (query.available) parts.available = availableSql(today);
  return parts;
}

const combine = (parts: Partial<Record<FilterKey, SQL>>, without?: FilterKey) =>
  and(...Object.entries(parts).flatMap(([key, part]) => (key === without ? [] : [part])))!;

const availableSql = (today: string) =>
  sql`(${people.capacity} > ${people.activeMentees} and (${people.availabilityStatus} = 'open' or (${people.pausedUntil} is not null and ${people.pausedUntil} <= ${today}::date)))`;

/** The matching module's criteria, approximated in SQL to pre-rank candidates. */
/** One term per wanted item, `(column && ARRAY[item])::int`: inline, no subquery or per-row copy. */
function overlapCount(columns: SQL[], items: readonly string[]): SQL {
  return sql.join(
    items.map((item) => {
      const values = textArray([...new Set([item, item.toLowerCase()])]);
      return sql`(${sql.join(
        columns.map((column) => sql`${column} && ${values}`),
        sql` or `,
      )})::int`;
    }),
    sql` + `,
  );
}

function preScore(viewer: PersonRow, weights: MatchWeights, now: Date): SQL {
  const wanted = (viewer.wantedSkills ?? []).slice(0, 20);
  const interests = (viewer.menteeInterests ?? []).slice(0, 10);
  const languages = [
    ...new Set(viewer.languages.flatMap((tag) => [tag, tag.toLowerCase().split('-')[0]!])),
  ];
  const offset = utcOffsetHours(viewer.timeZone, now);
  const today = now.toISOString().slice(0, 10);
  const enough = Math.min(3, interests.length);
  const skills = wanted.length
    ? sql`(${overlapCount([sql`${people.skills}`], wanted)})::float / ${wanted.length}`
    : sql`0`;
  const shared = enough
    ? sql`least(1, (${overlapCount([sql`${people.interests}`, sql`${people.skills}`], interests)})::float / ${enough})`
    : sql`0`;
  const lang = sql`(${people.languages} && ${textArray(languages)})::int`;
  const diff = sql`abs(${people.utcOffset} - ${offset})`;
  const tz = sql`(greatest(0, 8 - least(${diff}, 24 - ${diff})) / 8.0)`;
  const loc = sql`(case when ${people.country} <> ${viewer.country} then 0 when ${people.city} = ${viewer.city} then 1 else 0.4 end)`;
  const resp = sql`(case when ${people.respMedianHours} is null then 0 when ${people.respMedianHours} <= 24 then 1 when ${people.respMedianHours} <= 72 then 0.6 when ${people.respMedianHours} <= 168 then 0.3 else 0 end) * coalesce(${people.respAnsweredShare}, 1)`;
  const cap = sql`(case when ${availableSql(today)} then 1 else 0 end)`;
  return sql`(${weights.skills} * ${skills} + ${weights.interests} * ${shared} + ${weights.languages} * ${lang} + ${weights.timezone} * ${tz} + ${weights.location} * ${loc} + ${weights.responsiveness} * ${resp} + ${weights.capacity} * ${cap})`;
}

async function facetCounts(
  tx: Tx,
  where: SQL,
  column: 'skills' | 'languages' | 'program_types',
): Promise<FacetCount[]> {
  const rows = await rawRows<{ value: string; count: number | string }>(
    tx,
    sql`select v as value, count(*) as count from ${people} cross join lateral unnest(${sql.identifier(column)}) as v where ${where} group by v order by count(*) desc, v limit ${FACET_LIMIT}`,
  );
  return rows.map((row) => ({ value: row.value, count: Number(row.count) }));
}

async function columnFacet(
  tx: Tx,
  where: SQL,
  column: 'city' | 'department',
): Promise<FacetCount[]> {
  const rows = await rawRows<{ value: string; count: number | string }>(
    tx,
    sql`select ${sql.identifier(column)} as value, count(*) as count from ${people} where ${where} group by 1 order by count(*) desc, 1 limit ${FACET_LIMIT}`,
  );
  return rows.map((row) => ({ value: row.value, count: Number(row.count) }));
}

/** Facet counts say "what choosing this would give": every filter applies except the facet's own. */
async function facetsFor(
  tx: Tx,
  parts: Partial<Record<FilterKey, SQL>>,
  today: string,
): Promise<{ facets: Facets; total: number }> {
  const [skills, languages, programTypes, locations, departments, totals] = await Promise.all([
    facetCounts(tx, combine(parts), 'skills'),
    facetCounts(tx, combine(parts, 'languages'), 'languages'),
    facetCounts(tx, combine(parts, 'programTypes'), 'program_types'),
    columnFacet(tx, combine(parts, 'locations'), 'city'),
    columnFacet(tx, combine(parts, 'departments'), 'department'),
    rawRows<{ total: number | string; available: number | string }>(
      tx,
      sql`select count(*) filter (where ${combine(parts)}) as total, count(*) filter (where ${availableSql(today)}) as available from ${people} where ${combine(parts, 'available')}`,
    ),
  ]);
  const total = Number(totals[0]?.total ?? 0);
  return {
    total,
    facets: {
      skills,
      languages,
      locations,
      departments,
      programTypes,
      available: Number(totals[0]?.available ?? 0),
    },
  };
}

interface Cursor extends Record<string, unknown> {
  o: number;
}

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
  viewer: PersonRow,
  query: MentorQuery,
  now: Date,
  cache?: FacetCache,
): Promise<MentorPage> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const cursor = decodeCursor<Cursor>(
    query.cursor,
    (value) => Number.isInteger(value.o) && value.o >= 0 && value.o < 1_000_000,
  );
  const offset = cursor?.o ?? 0;
  const subject = toMenteeSubject(viewer);
  const sort = query.sort ?? (subject ? 'match' : 'name');
  const weights = resolveWeights(query.weights);
  const parts = filterParts(viewer, query, now);
  const where = combine(parts);
  const today = now.toISOString().slice(0, 10);

  let rows: CardRow[];
  if (sort === 'match' && subject) {
    const window = Math.ceil((offset + limit) / MATCH_WINDOW) * MATCH_WINDOW;
    // Rank narrow tuples (ids only), then read the cards of the winners.
    const ranked = await tx
      .select({ id: people.id })
      .from(people)
      .where(where)
      .orderBy(sql`${preScore(viewer, weights, now)} desc`, asc(people.id))
      .limit(window);
    const byId = new Map(
      (ranked.length
        ? await tx
            .select(cardColumns)
            .from(people)
            .where(
              inArray(
                people.id,
                ranked.map((row) => row.id),
              ),
            )
        : []
      ).map((row) => [row.id, row]),
    );
    rows = ranked.flatMap((row) => byId.get(row.id) ?? []);
  } else {
    const order =
      sort === 'responsive'
        ? [
            sql`${people.respMedianHours} asc nulls last`,
            sql`${people.respAnsweredShare} desc nulls last`,
            asc(people.id),
          ]
        : [asc(people.name), asc(people.id)];
    rows = await tx
      .select(cardColumns)
      .from(people)
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset);
  }

  const cacheKey = FacetCache.key(viewer.programId, query, today);
  const cached = cache?.get(cacheKey, now.getTime());
  const [relations, counted] = await Promise.all([
    viewerRelations(tx, viewer.id, now),
    cached ?? facetsFor(tx, parts, today),
  ]);
  if (!cached) cache?.set(cacheKey, counted, now.getTime());
  const context = { weights, now, ...relations };
  let cards: MentorCard[] = rows.map((row) => toMentorCard(subject, toMentorProfile(row), context));
  if (sort === 'match' && subject) {
    const windowStart = Math.floor(offset / MATCH_WINDOW) * MATCH_WINDOW;
    cards = cards
      .slice(windowStart)
      .sort((a, b) => b.match.score - a.match.score || (a.mentor.id < b.mentor.id ? -1 : 1))
      .slice(offset - windowStart, offset - windowStart + limit);
  }
  const nextOffset = offset + cards.length;
  return {
    items: cards,
    nextCursor:
      cards.length === limit && nextOffset < counted.total ? encodeCursor({ o: nextOffset }) : null,
    total: counted.total,
    facets: counted.facets,
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
