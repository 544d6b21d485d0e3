// Real server processes (`node --import tsx server/index.ts`) on the PostgreSQL at DATABASE_URL,
// seeded by the test with the generator's default program, signed in with the test JWTs.
import { HttpMentoringApi } from '../../../src/client/http-api.js';
import type { ProgramFixture } from '../../../src/fixtures/index.js';
import { openDatabase, type Database } from '../../../server/db/connection.js';
import { clearDatabase, seedDatabase, writeFixture } from '../../../server/seed.js';
import { startServerProcess, type ServerProcess } from '../../../scripts/server-process.js';
import { JWT_AUDIENCE, JWT_ISSUER, JWT_SECRET, postgresUrl, signTestToken } from './test-server.js';

export interface SeededPostgres {
  database: Database;
  fixture: ProgramFixture;
  /** Back to the freshly seeded program, behind the servers' backs (they reload). */
  reset(): Promise<void>;
}

export async function seedPostgres(): Promise<SeededPostgres> {
  const database = await openDatabase({ databaseUrl: postgresUrl(), dataDir: '' });
  await clearDatabase(database.db);
  const seededAt = new Date();
  const fixture = await seedDatabase(database.db, { now: seededAt });
  return {
    database,
    fixture,
    reset: async () => {
      await clearDatabase(database.db);
      await writeFixture(database.db, fixture, seededAt);
    },
  };
}

/** A server process on DATABASE_URL (one process unless `env` asks for workers). */
export const startPostgresServer = (env: Record<string, string> = {}): Promise<ServerProcess> =>
  startServerProcess({
    DATABASE_URL: postgresUrl()!,
    MENTORKIT_WORKERS: '1',
    MENTORKIT_JWT_SECRET: JWT_SECRET,
    MENTORKIT_JWT_ISSUER: JWT_ISSUER,
    MENTORKIT_JWT_AUDIENCE: JWT_AUDIENCE,
    MENTORKIT_LOG: 'off',
    ...env,
  });

/** The typed client against `server`, signed in as `personId`. */
export const apiOn = (server: ServerProcess, personId: string) =>
  new HttpMentoringApi({
    baseUrl: `${server.url}/api/v1`,
    getToken: () => signTestToken(personId),
    timeoutMs: 30_000,
  });
