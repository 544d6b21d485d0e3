// Opens the database: PGlite in MENTORKIT_DATA_DIR by default, or a PostgreSQL server when
// DATABASE_URL is set. Both run the same drizzle migrations from server/db/migrations.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { countWrites } from './local-writes.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** The query builder the repositories use; identical for PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for the start-up message (never includes a password). */
  location: string;
  /**
   * Runs `work` while no other server process on this database runs its own (a PostgreSQL
   * advisory lock): migrations and the first seeding, when several instances start at once.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; `memory://` keeps it in memory (tests). */
  dataDir: string;
  /** Connections each process keeps to a PostgreSQL server (MENTORKIT_DB_POOL_SIZE). */
  poolSize?: number | undefined;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir);
}

async function openPglite(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzle(client, { schema });
  countWrites(client, db);
  await migrate(db, { migrationsFolder });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    location: dataDir,
    // One process owns an embedded database: there is nobody to exclude.
    exclusively: (work) => work(),
    close: () => client.close(),
  };
}

/** Any fixed number: the advisory lock that start-up work of every instance takes. */
const STARTUP_LOCK = 0x6d6b_5f75;

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(url, { max: Math.max(2, poolSize), onnotice: () => {} });
  const db = drizzle(client, { schema });
  const exclusively = async <T>(work: () => Promise<T>): Promise<T> => {
    // A session lock lives on one connection: hold one aside while `work` uses the others.
    const holder = await client.reserve();
    try {
      await holder`select pg_advisory_lock(${STARTUP_LOCK})`;
      return await work();
    } finally {
      await holder`select pg_advisory_unlock(${STARTUP_LOCK})`.catch(() => {});
      holder.release();
    }
  };
  // Two instances migrating at once would both try to apply the same migration.
  await exclusively(() => migrate(db, { migrationsFolder }));
  const parsed = new URL(url);
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    location: `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`,
    exclusively,
    close: () => client.end({ timeout: 5 }),
  };
}
