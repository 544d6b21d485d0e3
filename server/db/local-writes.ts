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
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);
  const transaction = client.transaction.bind(client);
  client.query = (async (sql: string, ...rest: unknown[]) => {
    try {
      return await (query as (...args: unknown[]) => Promise<unknown>)(sql, ...rest);
    } finally {
      if (!READ_ONLY.test(sql)) counter.writes++;
    }
  }) as typeof client.query;
  client.exec = (async (...args: Parameters<typeof client.exec>) => {
    try {
      return await exec(...args);
    } finally {
      counter.writes++;
    }
  }) as typeof client.exec;
  client.transaction = (async (...args: Parameters<typeof client.transaction>) => {
    try {
      return await transaction(...args);
    } finally {
      counter.writes++;
    }
  }) as typeof client.transaction;
}

/** The number of writes so far, for a database only this process writes; else undefined. */
export function localWrites(db: object): (() => number) | undefined {
  const counter = counters.get(db);
  return counter && (() => counter.writes);
}
