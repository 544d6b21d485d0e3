// Small SQL helpers that read the same on PGlite and postgres-js.
import type { SQL } from 'drizzle-orm';
import type { Tx } from './connection.js';

/** Rows of a raw query: PGlite answers `{ rows }`, postgres-js an array. */
export async function rawRows<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
