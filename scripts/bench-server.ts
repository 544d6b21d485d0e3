// Server benchmark: for 10,000 and 100,000 seeded mentors, on PGlite and (when DATABASE_URL is
// set and reachable) PostgreSQL, prints
//   - median and p95 latency of a directory search and of creating a request, one at a time,
//   - searches per second and p50/p95/p99 at 50 connections: mixed query shapes from many
//     mentees (its first 2 s after start printed apart, and compressed as browsers ask),
//     the one shape the baseline can answer, and GET /me (what sign-in costs),
//   - the same load on a baseline on the same database (scripts/bench-server/baseline-server.ts:
//     a bare Hono route with one hand-written, indexed query) and the ratio between the two.
//
//   node --import tsx scripts/bench-server.ts [--mentors 10000,100000] [--seconds 10]
//     [--samples 200] [--concurrency 50] [--backends pglite,postgres] [--profile] [--smoke]
//     [--workers 1]  (MENTORKIT_WORKERS of the PostgreSQL server: a number or auto; PGlite runs one)
//
// --smoke: a few seconds on 300 mentors in a temporary PGlite folder (the server tests run it so
// the benchmark cannot rot). --profile: the server runs with --cpu-prof (.data/profiles/).
// The servers run as child processes (own event loops), exactly as `npm start` runs them; the
// load generator (scripts/bench-server/load.ts) runs here, on the same machine. PGlite data is
// kept in .data/bench-<mentors>/ so later runs skip the (slow) seeding.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { PERSONAS } from '../src/fixtures/personas.js';
import { runLoad, quantile, type LoadRequest, type LoadResult } from './bench-server/load.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    mentors: { type: 'string', default: '10000,100000' },
    samples: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '50' },
    backends: { type: 'string', default: 'pglite,postgres' },
    workers: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
  },
});
const smoke = values.smoke;
const sizes = smoke ? [300] : values.mentors.split(',').map(Number);
const samples = smoke ? 10 : Number(values.samples);
const seconds = smoke ? 1 : Number(values.seconds);
const concurrency = Number(values.concurrency);
const backends = new Set(smoke ? ['pglite'] : values.backends.split(','));
const smokeDir = smoke ? mkdtempSync(join(tmpdir(), 'mentorkit-bench-')) : '';
const SECRET = 'bench-secret-bench-secret-bench-secret';

interface Running {
  url: string;
  child: ChildProcess;
}

function startChild(
  env: Record<string, string>,
  script = 'server/index.ts',
  ready = /"message":"mentorkit server ready","url":"([^"]+)"/,
): Promise<Running> {
  const profile = values.profile && script === 'server/index.ts';
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(root, '.data/profiles')}`] : [];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...flags, '--import', 'tsx', script], {
      cwd: root,
      env: {
        ...process.env,
        PORT: '0',
        MENTORKIT_JWT_SECRET: SECRET,
        MENTORKIT_LOG: 'off',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = ready.exec(buffer);
      if (match) resolvePromise({ url: match[1]!, child });
      const seeded = /"message":"seeded demo program".*?"ms":(\d+)/.exec(buffer);
      if (seeded) {
        process.stdout.write(`    (seeded in ${(Number(seeded[1]) / 1000).toFixed(0)} s)\n`);
        buffer = buffer.replace(seeded[0], '');
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function stopChild(running: Running) {
  const exited = new Promise((resolvePromise) => running.child.once('exit', resolvePromise));
  running.child.kill('SIGTERM');
  await exited;
}

/** Skills the baseline's query filters on (exactly as mentors write them). */
const SKILLS = ['negotiation', 'public speaking', 'stakeholder management', 'roadmapping'];

const SEARCHES = [
  'skills=negotiation&languages=en&available=true&limit=20',
  'q=product&languages=es&limit=20',
  'skills=public%20speaking&sort=responsive&limit=20',
  'departments=Engineering&available=true&limit=20',
  'q=design%20systems&available=true&limit=20',
  'languages=fr&utcOffsetMin=-1&utcOffsetMax=3&limit=20',
  'limit=20',
  'skills=roadmapping&sort=name&limit=20',
];

/** The baseline's one query, asked of mentorkit: a skill, open spots, 20 by name. */
const sameShape = (i: number) =>
  `skills=${encodeURIComponent(SKILLS[i % SKILLS.length]!)}&available=true&sort=name&limit=20`;

const bearer = async (personId: string) => ({
  authorization: `Bearer ${await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(personId)
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(SECRET))}`,
});

/**
 * Searches come from many mentees (the generator's mentee ids, e-00003 onwards): with 8 shapes
 * and 199 viewers no (viewer, query) pair repeats within 1,592 requests.
 */
const viewerIds = (mentees: number) => [
  PERSONAS.mentee,
  ...Array.from(
    { length: Math.min(199, mentees - 3) },
    (_, i) => `e-${String(i + 3).padStart(5, '0')}`,
  ),
];

const ms = (value: number) => `${value.toFixed(1)} ms`;

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), n: sorted.length };
}

const loadLine = (label: string, result: LoadResult) =>
  `    ${label.padEnd(34)} ${result.perSecond.toFixed(0).padStart(6)}/s   p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, p99 ${ms(result.p99)}${result.failed ? `  (${result.failed} failed)` : ''}`;

async function sequential(api: string, headers: Record<string, string>[]) {
  const get = async (path: string, as: Record<string, string>) => {
    const response = await fetch(`${api}${path}`, { headers: as });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  const searchTimes: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await get(`/mentors?${SEARCHES[i % SEARCHES.length]}`, headers[i % headers.length]!);
    searchTimes.push(performance.now() - started);
  }
  // Requestable mentors to send requests to (one open request per pair).
  const page = (await get(`/mentors?available=true&sort=name&limit=100`, headers[0]!)) as {
    items: { mentor: { id: string }; requestable: boolean }[];
  };
  const targets = page.items.filter((card) => card.requestable).map((card) => card.mentor.id);
  const createTimes: number[] = [];
  for (const [i, mentorId] of targets.slice(0, samples).entries()) {
    const started = performance.now();
    const response = await fetch(`${api}/requests`, {
      method: 'POST',
      headers: {
        ...headers[0]!,
        'content-type': 'application/json',
        'idempotency-key': `bench-${Date.now()}-${i}`,
      },
      body: JSON.stringify({
        mentorId,
        message: 'Benchmark request: I would value your guidance on my goals.',
        goals: ['Grow'],
      }),
    });
    const created = (await response.json()) as { id?: string };
    if (response.status === 201) createTimes.push(performance.now() - started);
    // Withdrawn at once: on a database kept for the next run, the mentee can ask again.
    if (created.id) {
      const withdrawn = await fetch(`${api}/requests/${created.id}/withdraw`, {
        method: 'POST',
        headers: {
          ...headers[0]!,
          'content-type': 'application/json',
          'if-match': response.headers.get('etag') ?? '',
        },
        body: '{}',
      });
      if (!withdrawn.ok)
        throw new Error(`withdrawing ${created.id}: ${withdrawn.status} ${await withdrawn.text()}`);
    }
  }
  const search = summary(searchTimes);
  const create = summary(createTimes);
  return [
    `    one at a time: search median ${ms(search.median)}, p95 ${ms(search.p95)} (${search.n}); create request median ${ms(create.median)}, p95 ${ms(create.p95)} (${create.n})`,
  ];
}

/** mentorkit under load: mixed searches, the baseline's shape, and GET /me. */
async function benchServer(running: Running, mentees: number) {
  const ids = viewerIds(mentees);
  const headers = await Promise.all(ids.map(bearer));
  const api = `${running.url}/api/v1`;
  for (const [i, as] of headers.entries()) {
    const response = await fetch(`${api}/me`, { headers: as });
    const me = (await response.json()) as { mentee?: unknown };
    if (!me.mentee) throw new Error(`${ids[i]} is not a mentee: the fixture's ids changed`);
  }
  const lines = await sequential(api, headers);
  const load = (
    path: (i: number) => string,
    { extra = {}, during = seconds }: { extra?: Record<string, string>; during?: number } = {},
  ) =>
    runLoad(
      running.url,
      (i): LoadRequest => ({
        path: `/api/v1${path(i)}`,
        headers: { ...headers[i % headers.length]!, ...extra },
      }),
      { connections: concurrency, seconds: during },
    );
  const mixedPath = (i: number) => `/mentors?${SEARCHES[i % SEARCHES.length]}`;
  // The first seconds after start are printed apart: connections, caches and the load
  // generator's own code are cold (the server has warmed its search code up before ready).
  const first = await load(mixedPath, { during: Math.min(2, seconds) });
  const mixed = await load(mixedPath);
  // What a browser gets: it takes gzip and brotli, and each answer is compressed afresh.
  const compressed = await load(mixedPath, { extra: { 'accept-encoding': 'gzip, deflate, br' } });
  const shape = await load((i) => `/mentors?${sameShape(i)}`);
  const me = await load(() => '/me');
  lines.push(
    loadLine(`mixed, first ${Math.min(2, seconds)} s after start`, first),
    loadLine('mentorkit, mixed searches', mixed),
    loadLine('mixed, compressed as browsers ask', compressed),
    loadLine('mentorkit, skill + open, by name', shape),
    loadLine('mentorkit, GET /me (sign-in)', me),
  );
  return { lines, mixed, shape };
}

async function benchBaseline(env: Record<string, string>) {
  const baseline = await startChild(
    env,
    'scripts/bench-server/baseline-server.ts',
    /"message":"baseline ready","url":"([^"]+)"/,
  );
  try {
    return await runLoad(
      baseline.url,
      (i) => ({
        path: `/mentors?skill=${encodeURIComponent(SKILLS[i % SKILLS.length]!)}`,
      }),
      { connections: concurrency, seconds },
    );
  } finally {
    await stopChild(baseline);
  }
}

/** One backend at one size: mentorkit, then the baseline on the same database. */
async function benchBackend(label: string, env: Record<string, string>, mentees: number) {
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
  process.stdout.write(`  ${label} (load average ${load})\n`);
  const server = await startChild(env);
  let measured;
  try {
    measured = await benchServer(server, mentees);
  } finally {
    await stopChild(server);
  }
  const baseline = await benchBaseline(env);
  const ratio = (ours: LoadResult) => (ours.perSecond / baseline.perSecond).toFixed(1);
  process.stdout.write(
    [
      ...measured.lines,
      loadLine('baseline: bare Hono + one SQL query', baseline),
      `    ratio to baseline: mixed searches ${ratio(measured.mixed)}x, same query ${ratio(measured.shape)}x`,
      '',
    ].join('\n'),
  );
}

async function postgresReachable(url: string | undefined): Promise<boolean> {
  if (!url) return false;
  const { default: postgres } = await import('postgres');
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** Empties the PostgreSQL database unless it already holds this many mentors (then it is reused). */
async function preparePostgres(url: string, mentors: number) {
  const { openDatabase } = await import('../server/db/connection.js');
  const { clearDatabase } = await import('../server/seed.js');
  const { rawRows } = await import('../server/db/sql.js');
  const { sql } = await import('drizzle-orm');
  const database = await openDatabase({ databaseUrl: url, dataDir: '' });
  const [row] = await rawRows<{ count: string | number }>(
    database.db,
    sql`select count(*) as count from people where is_mentor`,
  );
  if (Number(row?.count ?? 0) !== mentors) await clearDatabase(database.db);
  await database.close();
}

const machine = `${process.platform} ${process.arch}, Node ${process.version}`;
process.stdout.write(`\nmentorkit server benchmark (${machine})\n\n`);
const databaseUrl = process.env.DATABASE_URL;
const withPostgres = backends.has('postgres') && (await postgresReachable(databaseUrl));
if (!withPostgres)
  process.stdout.write(
    '  PostgreSQL: skipped (set DATABASE_URL to a reachable server to include it)\n\n',
  );

for (const mentors of sizes) {
  const mentees = Math.max(60, Math.round(mentors / 50));
  const seedEnv = {
    MENTORKIT_SEED_MENTORS: String(mentors),
    MENTORKIT_SEED_MENTEES: String(mentees),
  };
  process.stdout.write(`${mentors.toLocaleString('en')} mentors\n`);
  if (backends.has('pglite')) {
    const dataDir = smoke ? smokeDir : resolve(root, `.data/bench-${mentors}`);
    await benchBackend(
      'PGlite (embedded)',
      { ...seedEnv, MENTORKIT_DATA_DIR: dataDir, DATABASE_URL: '', MENTORKIT_WORKERS: '1' },
      mentees,
    );
  }
  if (withPostgres) {
    await preparePostgres(databaseUrl!, mentors);
    await benchBackend(
      `PostgreSQL${values.workers === '1' ? '' : `, ${values.workers} workers`}`,
      { ...seedEnv, DATABASE_URL: databaseUrl!, MENTORKIT_WORKERS: values.workers },
      mentees,
    );
  }
}
if (smoke) rmSync(smokeDir, { recursive: true, force: true });
