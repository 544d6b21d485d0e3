// Each server process searches a program's mentors in a DirectoryIndex (src/matching: the same
// filters, facets and scores as the memory API), loaded once from the database and kept current
// by a change feed. A trigger stamps every people row with the transaction that last wrote it;
// before each search the process reads the rows written by transactions its previous snapshot
// could not see. That is exact whatever the commit order and however many processes write.
// Removals (only `npm run seed` truncates) leave no row to read: they advance a sequence, and a
// process that sees it move reloads the program. The same statement brings the changed rows of
// every program (the people cache keeps signed-in people and cards exact with them, see
// people-cache.ts), the mentees whose requests or mentorships changed (relations-cache.ts) and the
// program's rules, so a search with nothing changed needs no other query. On PostgreSQL a check
// first reads the snapshot alone: when no transaction started or ended since the last one, nothing
// can have changed and that one cheap statement is all.
import {
  and,
  asc,
  eq,
  getTableColumns,
  gt,
  sql,
  type Placeholder,
  type SQLWrapper,
} from 'drizzle-orm';
import type { ProgramSettings } from '../../src/contract/index.js';
import { DEFAULT_PROGRAM_SETTINGS } from '../../src/contract/index.js';
import { DirectoryIndex } from '../../src/matching/index.js';
import type { Db, Tx } from '../db/connection.js';
import { localWrites } from '../db/local-writes.js';
import { people, programs } from '../db/schema.js';
import { PeopleCache } from './people-cache.js';
import { RelationsCache } from './relations-cache.js';
import { directoryColumns, toDirectoryEntry } from './people.js';

/** What a snapshot (`pg_current_snapshot()`) could not see: xmax and later, and the in-progress. */
interface Unseen {
  xmax: number;
  inProgress: number[];
}

/** Parses `xmin:xmax:xip,xip` (the text form of pg_snapshot). */
function unseenBy(snapshot: string): Unseen {
  const [, xmax = '0', list = ''] = snapshot.split(':');
  return { xmax: Number(xmax), inProgress: list ? list.split(',').map(Number) : [] };
}

/** The program's rules stored in its row (the rest come from the server's configuration). */
type StoredRules = Pick<ProgramSettings, 'maxActiveMentorshipsPerMentee' | 'mentorCapacityMax'>;

interface ProgramDirectory {
  index: DirectoryIndex;
  unseen: Unseen;
  removals: string;
  rules: StoredRules | null;
  /** On an embedded database: its write count when the check that read this state began. */
  writesSeen?: number;
}

/**
 * One row: the snapshot the statement reads in, how often people rows were removed, and the
 * program's rules (null without a program row).
 */
const snapshotState = (tx: Tx, programId: string | Placeholder) => {
  const rule = (column: string) =>
    sql<number | null>`(select ${sql.identifier(column)} from programs where id = ${programId})`;
  return tx
    .select({
      snapshot: sql<string>`pg_current_snapshot()::text`.as('snapshot'),
      removals: sql<string>`(select last_value from people_removals)::text`.as('removals'),
      maxActive: rule('max_active_mentorships_per_mentee').as('max_active'),
      capacityMax: rule('mentor_capacity_max').as('capacity_max'),
    })
    .from(sql`(values (1)) as one (x)`)
    .as('state');
};

type State = {
  snapshot: string;
  removals: string;
  maxActive: number | null;
  capacityMax: number | null;
};

const fromState = (state: State) => ({
  unseen: unseenBy(state.snapshot),
  removals: state.removals,
  rules:
    state.maxActive === null || state.capacityMax === null
      ? null
      : { maxActiveMentorshipsPerMentee: state.maxActive, mentorCapacityMax: state.capacityMax },
});

/** The snapshot, removals and rules alone (see `seesNothingNew`). */
const stateQuery = (db: Db) =>
  db
    .select()
    .from(snapshotState(db, sql.placeholder('programId')))
    .prepare('directory_state');

type StateQuery = ReturnType<typeof stateQuery>;

/**
 * Whether snapshot `now` sees no transaction that `since` did not: none was started since (the
 * same xmax) and every one in progress then still is. Then no row changed in between.
 */
function seesNothingNew(since: Unseen, now: Unseen): boolean {
  if (now.xmax !== since.xmax) return false;
  const running = new Set(now.inProgress);
  return since.inProgress.every((xid) => running.has(xid));
}

/**
 * The feed check's parameters: the program, and what its last snapshot could not see (the
 * in-progress list as array text, `{1,2}`, so the statement's text never changes).
 */
const changesSince = (programId: string, since: Unseen) => ({
  programId,
  xmax: since.xmax,
  inProgress: `{${since.inProgress.join(',')}}`,
});

/** Whether `column` (a changed_by) was written by a transaction the last snapshot could not see. */
const unseenWrite = (column: SQLWrapper) =>
  sql`(${column} >= ${sql.placeholder('xmax')}::bigint
    or ${column} = any(${sql.placeholder('inProgress')}::text::bigint[]))`;

/** The mentees whose requests or mentorships changed since (comma-separated, null for none). */
const relationsChanged = sql<string | null>`(select string_agg(distinct mentee_id, ',') from (
    select mentee_id from requests where ${unseenWrite(sql`changed_by`)}
    union all
    select mentee_id from mentorships where ${unseenWrite(sql`changed_by`)})
  as changed)`;

/**
 * The changed rows and the snapshot they were read in, in one statement (one round trip before
 * every search): a one-row "state" joined to the rows, so the state comes back with no rows too.
 * Prepared once per connection (drizzle sends other queries unprepared: parsed, planned and, with
 * parameters, described first, in two round trips).
 */
function changesQuery(db: Db) {
  const state = snapshotState(db, sql.placeholder('programId'));
  return db
    .select({
      snapshot: state.snapshot,
      removals: state.removals,
      maxActive: state.maxActive,
      capacityMax: state.capacityMax,
      relations: relationsChanged,
      person: getTableColumns(people),
    })
    .from(state)
    .leftJoin(people, unseenWrite(people.changedBy))
    .prepare('directory_changes');
}

type ChangesQuery = ReturnType<typeof changesQuery>;

async function readChanges(query: ChangesQuery, programId: string, since: Unseen) {
  const rows = await query.execute(changesSince(programId, since));
  const { relations } = rows[0]!;
  return {
    rows: rows.flatMap((row) => (row.person ? [row.person] : [])),
    relationsChanged: relations ? relations.split(',') : [],
    ...fromState(rows[0]!),
  };
}

/** Mentors read per query on a full load: memory stays flat instead of holding 100k rows. */
const LOAD_PAGE = 5_000;

/** Every mentor of the program, page by page inside one repeatable-read snapshot. */
async function loadAll(db: Db, programId: string): Promise<ProgramDirectory> {
  return db.transaction(
    async (tx) => {
      const index = new DirectoryIndex();
      for (let after = ''; ;) {
        const page = await tx
          .select(directoryColumns)
          .from(people)
          .where(
            and(eq(people.programId, programId), eq(people.isMentor, true), gt(people.id, after)),
          )
          .orderBy(asc(people.id))
          .limit(LOAD_PAGE);
        for (const row of page) index.upsert(toDirectoryEntry(row));
        if (page.length < LOAD_PAGE) break;
        after = page.at(-1)!.id;
      }
      // In a repeatable-read transaction this is the snapshot every page was read in.
      const [state] = await tx.select().from(snapshotState(tx, programId));
      return { index, ...fromState(state!) };
    },
    { isolationLevel: 'repeatable read' },
  );
}

/** Each program's DirectoryIndex, kept current from the database (one per server process). */
export class DirectoryIndexCache {
  readonly #programs = new Map<string, ProgramDirectory>();
  /** One refresh at a time per program; callers that arrive meanwhile share the next one. */
  readonly #running = new Map<string, Promise<DirectoryIndex>>();
  readonly #next = new Map<string, Promise<DirectoryIndex>>();

  #warm = false;

  /** People rows this process keeps, exact as of the last feed check (see people-cache.ts). */
  readonly people = new PeopleCache();
  /** Viewers' open requests and mentorships, exact the same way (see relations-cache.ts). */
  readonly relations = new RelationsCache();

  /** The embedded database's write count (undefined on PostgreSQL, which has other writers). */
  readonly #writes: (() => number) | undefined;

  /** The change feed check and the snapshot alone, prepared once. */
  readonly #changes: ChangesQuery;
  readonly #state: StateQuery;

  constructor(private readonly db: Db) {
    this.#writes = localWrites(db);
    this.#changes = changesQuery(db);
    this.#state = stateQuery(db);
  }

  /** Whether this process follows the program's changes (people rows of it can be kept). */
  follows(programId: string): boolean {
    return this.#programs.has(programId);
  }

  /**
   * The program's rules as of the last feed check (call after `current`), `requestExpiryDays`
   * from the server's configuration; undefined for a program without a row.
   */
  settings(programId: string, requestExpiryDays: number): ProgramSettings | undefined {
    const rules = this.#programs.get(programId)?.rules;
    return rules ? { ...DEFAULT_PROGRAM_SETTINGS, ...rules, requestExpiryDays } : undefined;
  }

  /** Whether every program was loaded once (until then, /ready answers 503). */
  get warm(): boolean {
    return this.#warm;
  }

  /**
   * Loads every program's directory ahead of the first search (about 5 s at 100k), then runs
   * `prepare` on each (the server's warm-up) before /ready says yes.
   */
  async load(prepare?: (programId: string, index: DirectoryIndex) => Promise<void>): Promise<void> {
    const rows = await this.db.select({ id: programs.id }).from(programs);
    const indexes = await Promise.all(rows.map((row) => this.current(row.id)));
    if (prepare) for (const [i, row] of rows.entries()) await prepare(row.id, indexes[i]!);
    this.#warm = true;
  }

  /** The program's directory as of the last feed check (undefined before the first one). */
  known(programId: string): DirectoryIndex | undefined {
    return this.#programs.get(programId)?.index;
  }

  /** The program's directory, including every change committed before this call. */
  current(programId: string): Promise<DirectoryIndex> {
    // Nothing written since the last check began: it saw every commit, no query needed.
    const known = this.#programs.get(programId);
    if (known && known.writesSeen !== undefined && known.writesSeen === this.#writes?.())
      return Promise.resolve(known.index);
    const queued = this.#next.get(programId);
    if (queued) return queued;
    const running = this.#running.get(programId);
    // A refresh already under way may have taken its snapshot before our caller's last write.
    const start = () => {
      this.#next.delete(programId);
      const refresh = this.#refresh(programId).finally(() => {
        if (this.#running.get(programId) === refresh) this.#running.delete(programId);
      });
      this.#running.set(programId, refresh);
      return refresh;
    };
    const next = running ? running.then(start, start) : start();
    if (running) this.#next.set(programId, next);
    return next;
  }

  async #refresh(programId: string): Promise<DirectoryIndex> {
    const writesSeen = this.#writes?.();
    const known = this.#programs.get(programId);
    if (!known) {
      const loaded = await loadAll(this.db, programId);
      // Rows kept before this snapshot were followed by no feed of this program.
      this.people.clear();
      this.relations.clear();
      this.#programs.set(programId, { ...loaded, writesSeen });
      return loaded.index;
    }
    // On PostgreSQL, first the snapshot alone (planned in microseconds): most checks end there.
    if (writesSeen === undefined) {
      const [current] = await this.#state.execute({ programId });
      const state = fromState(current!);
      if (state.removals === known.removals && seesNothingNew(known.unseen, state.unseen)) {
        this.#programs.set(programId, { ...known, ...state });
        return known.index;
      }
    }
    const { rows, relationsChanged, ...state } = await readChanges(
      this.#changes,
      programId,
      known.unseen,
    );
    if (state.removals !== known.removals) {
      this.#programs.delete(programId);
      return this.#refresh(programId);
    }
    for (const row of rows) {
      if (row.isMentor && row.programId === programId) known.index.upsert(toDirectoryEntry(row));
      else if (known.index.has(row.id)) known.index.remove(row.id);
    }
    this.people.apply(rows);
    this.relations.apply(relationsChanged);
    this.#programs.set(programId, { ...known, ...state, writesSeen });
    return known.index;
  }
}
