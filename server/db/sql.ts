// Small SQL helpers that read the same on PGlite and postgres-js.
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from './connection.js';

/** `ARRAY[$1, $2]::text[]`, also for an empty list. */
export function textArray(values: readonly string[]): SQL {
  if (values.length === 0) return sql`ARRAY[]::text[]`;
  return sql`ARRAY[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
}

/** Rows of a raw query: PGlite answers `{ rows }`, postgres-js an array. */
export async function rawRows<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
