// Small SQL helpers that read the same on PGlite and postgres-js.
import type { SQL } from 'drizzle-orm';
import type { Tx } from './connection.js';

/** Rows of a raw query: PGlite answers `{ rows }`, postgres-js an array. */
export async function rawRows<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * `build`'s statement, built once per database handle: built with drizzle's `.prepare()`, it is
 * then kept by postgres-js per connection, so each run skips parsing, describing and planning.
 */
export function preparedPerHandle<Q>(build: (tx: Tx) => Q): (tx: Tx) => Q {
  const kept = new WeakMap<Tx, Q>();
  return (tx) => {
    let query = kept.get(tx);
    if (!query) kept.set(tx, (query = build(tx)));
    return query;
  };
}
