// Each viewer's open requests and active mentorships (what decides a card's "can ask"), kept
// between searches so a search with nothing changed needs no query for them. Exact like the
// people cache (people-cache.ts): requests and mentorships rows record their writing transaction
// (migration 0009), the change feed check in directory.ts reads whose rows changed since its last
// snapshot, and those viewers' entries are dropped. An entry is only read after a feed check that
// started after the request arrived, and only stored when no feed result was applied meanwhile.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import { OPEN_REQUEST_STATUSES } from '../../src/contract/index.js';
import type { Tx } from '../db/connection.js';
import { preparedPerHandle } from '../db/sql.js';
import { mentorships, requests } from '../db/schema.js';

/** The mentors a viewer has an open request to or an active mentorship with. */
export interface ViewerRelations {
  openRequestMentorIds: Set<string>;
  activeMentorIds: Set<string>;
}

/** What is kept: open requests with their expiry (a request stops blocking once past it). */
interface KeptRelations {
  open: { mentorId: string; expiresAt: number }[];
  active: string[];
}

/** Enough for every mentee searching in a busy hour. */
const MAX_VIEWERS = 50_000;

/** Prepared once per database handle: every search that misses the cache runs it. */
const relationsOf = preparedPerHandle((tx) => {
  const viewer = sql.placeholder('viewerId');
  const open = tx
    .select({
      mentorId: requests.mentorId,
      expiresMs: sql<number | null>`(extract(epoch from ${requests.expiresAt}) * 1000)::float8`,
    })
    .from(requests)
    .where(
      and(eq(requests.menteeId, viewer), inArray(requests.status, [...OPEN_REQUEST_STATUSES])),
    );
  const active = tx
    .select({ mentorId: mentorships.mentorId, expiresMs: sql<number | null>`null::float8` })
    .from(mentorships)
    .where(and(eq(mentorships.menteeId, viewer), eq(mentorships.status, 'active')));
  return unionAll(open, active).prepare('viewer_relations');
});

/** The viewer's open requests and active mentorships, in one query. */
async function readRelations(tx: Tx, viewerId: string): Promise<KeptRelations> {
  const rows = await relationsOf(tx).execute({ viewerId });
  return {
    open: rows.flatMap((row) =>
      row.expiresMs === null ? [] : [{ mentorId: row.mentorId, expiresAt: row.expiresMs }],
    ),
    active: rows.flatMap((row) => (row.expiresMs === null ? [row.mentorId] : [])),
  };
}

/** The relations as of `now`: past its expiry a request no longer blocks, even before it is marked. */
const asOf = (kept: KeptRelations, now: Date): ViewerRelations => ({
  openRequestMentorIds: new Set(
    kept.open.filter((open) => open.expiresAt > now.getTime()).map((open) => open.mentorId),
  ),
  activeMentorIds: new Set(kept.active),
});

/** Reads the viewer's relations from the database, without keeping them. */
export const viewerRelations = async (tx: Tx, viewerId: string, now: Date) =>
  asOf(await readRelations(tx, viewerId), now);

export class RelationsCache {
  readonly #viewers = new Map<string, KeptRelations>();
  /** Moves on whenever a feed result drops entries: a read begun before may be older. */
  #generation = 0;

  /**
   * The viewer's relations, from the cache or read (and kept). Call only after a change feed check
   * that started after the request arrived, for a viewer whose program the feed follows.
   */
  async of(tx: Tx, viewerId: string, now: Date): Promise<ViewerRelations> {
    const kept = this.#viewers.get(viewerId);
    if (kept) return asOf(kept, now);
    const generation = this.#generation;
    const read = await readRelations(tx, viewerId);
    if (generation === this.#generation) {
      if (this.#viewers.size >= MAX_VIEWERS)
        this.#viewers.delete(this.#viewers.keys().next().value!);
      this.#viewers.set(viewerId, read);
    }
    return asOf(read, now);
  }

  /** Mentees whose requests or mentorships the feed saw change: their entries go. */
  apply(menteeIds: readonly string[]): void {
    if (menteeIds.length === 0) return;
    this.#generation++;
    for (const id of menteeIds) this.#viewers.delete(id);
  }

  /** A program was (re)loaded, e.g. after removals: nothing kept can be trusted. */
  clear(): void {
    this.#generation++;
    this.#viewers.clear();
  }
}
