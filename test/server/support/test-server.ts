// Starts the reference server in-process on port 0 for a test file: PGlite in a temp folder, or
// the PostgreSQL at DATABASE_URL (cleared and re-seeded), with JWT sign-in for each persona.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { HttpMentoringApi } from '../../../src/client/http-api.js';
import { testConfig, type Config } from '../../../server/config.js';
import { openDatabase } from '../../../server/db/connection.js';
import { startServer, type RunningServer } from '../../../server/index.js';
import { jsonLogger, silentLogger } from '../../../server/logger.js';
import { clearDatabase, seedDatabase, writeFixture } from '../../../server/seed.js';
import type { ProgramFixture } from '../../../src/fixtures/index.js';
import type { ProgramSettings } from '../../../src/contract/index.js';
import { programs } from '../../../server/db/schema.js';
import { eq } from 'drizzle-orm';

export const JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256';
export const JWT_ISSUER = 'https://login.northwind.example';
export const JWT_AUDIENCE = 'mentorkit';
export const PORTAL_ORIGIN = 'https://portal.northwind.example';

export interface TestServer {
  server: RunningServer;
  url: string;
  apiBase: string;
  fixture: ProgramFixture;
  kind: 'pglite' | 'postgres';
  /** Moves the server's clock (e.g. past a request's expiry). */
  advanceClock(ms: number): void;
  /** Changes the program's rules in its row, as an operator would. */
  setProgramSettings(
    settings: Partial<Pick<ProgramSettings, 'goalsNeedMentorConfirmation'>>,
  ): Promise<void>;
  /** Back to the freshly seeded program and the real time (cheaper than a new server). */
  reset(): Promise<void>;
  token(
    personId: string,
    options?: { expiresIn?: string; secret?: string; audience?: string; issuer?: string },
  ): Promise<string>;
  /** The typed client, signed in as `personId`. */
  as(personId: string): HttpMentoringApi;
  /** Raw fetch against the API, signed in as `personId` (null: anonymous). */
  fetchAs(personId: string | null, path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export type Backend = 'pglite' | 'postgres';

/** A bearer JWT for `personId` that the test servers accept (unless an option spoils it). */
export const signTestToken: TestServer['token'] = (personId, options = {}) =>
  new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(personId)
    .setIssuer(options.issuer ?? JWT_ISSUER)
    .setAudience(options.audience ?? JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '10m')
    .sign(new TextEncoder().encode(options.secret ?? JWT_SECRET));

export const postgresUrl = () => process.env.DATABASE_URL || undefined;

export async function startTestServer(
  backend: Backend = 'pglite',
  overrides: Partial<Config> = {},
): Promise<TestServer> {
  let offset = 0;
  const clock = () => new Date(Date.now() + offset);
  const dataDir = backend === 'pglite' ? await mkdtemp(join(tmpdir(), 'mentorkit-test-')) : '';
  const databaseUrl = backend === 'postgres' ? postgresUrl() : undefined;
  const database = await openDatabase({ databaseUrl, dataDir });
  await clearDatabase(database.db);
  const seededAt = clock();
  // The generator's default size and seed: the same program the memory API serves.
  const fixture = await seedDatabase(database.db, { now: seededAt });
  const config = testConfig({
    port: 0,
    dataDir,
    databaseUrl,
    corsOrigins: [PORTAL_ORIGIN],
    auth: {
      jwtSecret: JWT_SECRET,
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      subjectClaim: 'sub',
    },
    ...overrides,
  });
  // MENTORKIT_TEST_LOG=1 shows the server's logs (unexpected errors) while debugging a test.
  const log = process.env.MENTORKIT_TEST_LOG
    ? jsonLogger((line) => process.stderr.write(line + '\n'))
    : silentLogger;
  const server = await startServer({ config, log, clock, seed: false, database });
  await server.directoryLoaded; // as a load balancer would wait for /ready
  const apiBase = `${server.url}/api/v1`;
  const token = signTestToken;
  return {
    server,
    url: server.url,
    apiBase,
    fixture,
    kind: database.kind,
    advanceClock: (ms) => {
      offset += ms;
    },
    setProgramSettings: async (settings) => {
      await database.db.update(programs).set(settings).where(eq(programs.id, fixture.program.id));
    },
    reset: async () => {
      offset = 0;
      await clearDatabase(database.db);
      // Behind the server's back, as an operator would: its directory notices the truncation.
      await writeFixture(database.db, fixture, seededAt);
    },
    token,
    as: (personId) =>
      new HttpMentoringApi({
        baseUrl: apiBase,
        getToken: () => token(personId),
        timeoutMs: 30_000,
      }),
    fetchAs: async (personId, path, init = {}) => {
      const headers = new Headers(init.headers);
      if (personId && !headers.has('authorization'))
        headers.set('authorization', `Bearer ${await token(personId)}`);
      return fetch(`${apiBase}${path}`, { ...init, headers });
    },
    close: async () => {
      await server.close();
      await database.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** PostgreSQL leg: runs when DATABASE_URL is set, otherwise says loudly that it was skipped. */
export function postgresSkipReason(): string | false {
  if (postgresUrl()) return false;
  const message =
    'PostgreSQL leg skipped: DATABASE_URL is not set (bash .ci/run starts a local PostgreSQL and sets it).';
  process.stdout.write(`\n  ⚠ ${message}\n\n`);
  return message;
}

/** A second server on `t`'s database serving `staticDir`, with demo mode on or off. */
export function startDemoServer(
  t: TestServer,
  staticDir: string,
  demo = true,
): Promise<RunningServer> {
  return startServer({
    config: testConfig({ port: 0, demo, staticDir }),
    database: t.server.database,
    log: silentLogger,
    seed: false,
  });
}
