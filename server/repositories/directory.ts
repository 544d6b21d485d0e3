// Each server process searches a program's mentors in a DirectoryIndex (src/matching: the same
// filters, facets and scores as the memory API), loaded once from the database and kept current
// by a change feed. A trigger stamps every people row with the transaction that last wrote it;
// before each search the process reads the rows written by transactions its previous snapshot
// could not see. That is exact whatever the commit order and however many processes write.
// Removals (only `npm run seed` truncates) leave no row to read: they advance a sequence, and a
// process that sees it move reloads the program.
import { and, asc, eq, gt, gte, inArray, or, sql } from 'drizzle-orm';
import { DirectoryIndex } from '../../src/matching/index.js';
import type { Db, Tx } from '../db/connection.js';
import { people, programs } from '../db/schema.js';
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

interface ProgramDirectory {
  index: DirectoryIndex;
  unseen: Unseen;
  removals: string;
}

/** One row: the snapshot the statement reads in, and how often people rows were removed. */
const snapshotState = (tx: Tx) =>
  tx
    .select({
      snapshot: sql<string>`pg_current_snapshot()::text`.as('snapshot'),
      removals: sql<string>`(select last_value from people_removals)::text`.as('removals'),
    })
    .from(sql`(values (1)) as one (x)`)
    .as('state');

/**
 * The changed rows and the snapshot they were read in, in one statement (one round trip before
 * every search): a one-row "state" joined to the rows, so the state comes back with no rows too.
 */
async function readChanges(db: Db, programId: string, since: Unseen) {
  const state = snapshotState(db);
  const changed = or(
    gte(people.changedBy, since.xmax),
    since.inProgress.length ? inArray(people.changedBy, since.inProgress) : undefined,
  )!;
  const rows = await db
    .select({ snapshot: state.snapshot, removals: state.removals, person: directoryColumns })
    .from(state)
    .leftJoin(people, and(eq(people.programId, programId), changed));
  const [first] = rows;
  return {
    rows: rows.flatMap((row) => (row.person ? [row.person] : [])),
    unseen: unseenBy(first!.snapshot),
    removals: first!.removals,
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
      const [state] = await tx.select().from(snapshotState(tx));
      return { index, unseen: unseenBy(state!.snapshot), removals: state!.removals };
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

  constructor(private readonly db: Db) {}

  /** Whether every program was loaded once (until then, /ready answers 503). */
  get warm(): boolean {
    return this.#warm;
  }

  /** Loads every program's directory ahead of the first search (about 5 s at 100k). */
  async load(): Promise<void> {
    const rows = await this.db.select({ id: programs.id }).from(programs);
    await Promise.all(rows.map((row) => this.current(row.id)));
    this.#warm = true;
  }

  /** The program's directory, including every change committed before this call. */
  current(programId: string): Promise<DirectoryIndex> {
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
    const known = this.#programs.get(programId);
    if (!known) {
      const loaded = await loadAll(this.db, programId);
      this.#programs.set(programId, loaded);
      return loaded.index;
    }
    const changes = await readChanges(this.db, programId, known.unseen);
    if (changes.removals !== known.removals) {
      this.#programs.delete(programId);
      return this.#refresh(programId);
    }
    for (const row of changes.rows) {
      if (row.isMentor) known.index.upsert(toDirectoryEntry(row));
      else known.index.remove(row.id);
    }
    this.#programs.set(programId, { ...known, unseen: changes.unseen });
    return known.index;
  }
}
