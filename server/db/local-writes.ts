// An embedded database (PGlite) is written by this process only, so counting the writes made
// through it tells whether anything changed since a moment without asking the database: the
// directory's change feed check (a query run in WebAssembly on the event loop) is skipped when
// nothing was written since the last one began. PostgreSQL has other writers and no counter.
import type { PGlite } from '@electric-sql/pglite';

const counters = new WeakMap<object, { writes: number }>();

/** Read-only statements (a plain SELECT) do not count; anything else may write. */
const READ_ONLY = /^\s*select\b/i;

/**
 * Counts every statement that may write and every transaction, once it has finished (so a
 * reader that sees the count move also sees the commit). `db` is the handle callers ask with.
 */
export function countWrites(client: PGlite, db: object): void {
  const counter = { writes: 0 };
  counters.set(db, counter);
  type Run = (...args: unknown[]) => Promise<unknown>;
  /** `run`, counting a write once it has finished when `writes(its first argument)`. */
  const counted = <F>(run: F, writes: (first: unknown) => boolean): F =>
    (async (...args: unknown[]) => {
      try {
        return await (run as Run)(...args);
      } finally {
        if (writes(args[0])) counter.writes++;
      }
    }) as F;
  client.query = counted(client.query.bind(client), (sql) => !READ_ONLY.test(String(sql)));
  client.exec = counted(client.exec.bind(client), () => true);
  client.transaction = counted(client.transaction.bind(client), () => true);
}

/** The number of writes so far, for a database only this process writes; else undefined. */
export function localWrites(db: object): (() => number) | undefined {
  const counter = counters.get(db);
  return counter && (() => counter.writes);
}
