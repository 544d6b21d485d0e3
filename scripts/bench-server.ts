// Server benchmark: for 10,000 and 100,000 seeded mentors, on PGlite and (when DATABASE_URL
// is set and reachable) PostgreSQL, prints
//   - median and p95 latency of a directory search (filters, text, sorts, best match; many viewers),
//   - median and p95 latency of creating a request,
//   - requests per second of directory searches at 50 concurrent connections.
//
//   node --import tsx scripts/bench-server.ts [--mentors 10000,100000] [--samples 200] [--seconds 10]
//     [--workers 1]  (MENTORKIT_WORKERS of the PostgreSQL server: a number or auto; PGlite runs one)
//
// The server runs as a child process (its own event loop), exactly as `npm start` runs it. PGlite
// data is kept in .data/bench-<mentors>/ so later runs skip the (slow) seeding.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { PERSONAS } from '../src/fixtures/personas.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    mentors: { type: 'string', default: '10000,100000' },
    samples: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '50' },
    backends: { type: 'string', default: 'pglite,postgres' },
    workers: { type: 'string', default: '1' },
  },
});
const sizes = values.mentors.split(',').map(Number);
const samples = Number(values.samples);
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const backends = new Set(values.backends.split(','));
const SECRET = 'bench-secret-bench-secret-bench-secret';

interface Running {
  url: string;
  child: ChildProcess;
}

function startChild(env: Record<string, string>): Promise<Running> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
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
      const match = /"message":"mentorkit server ready","url":"([^"]+)"/.exec(buffer);
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

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), n: sorted.length };
}

const SEARCHES = [
  'skills=negotiation&languages=en&available=true&limit=20',
  'q=product&languages=es&limit=20',
  'skills=public%20speaking&sort=responsive&limit=20',
  'departments=Engineering&available=true&limit=20',
  'q=design%20systems&available=true&limit=20',
  'languages=fr&utcOffsetMin=-1&utcOffsetMax=3&limit=20',
  'limit=20',
];

const bearer = async (personId: string) => ({
  authorization: `Bearer ${await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(personId)
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(SECRET))}`,
});

/**
 * Searches come from many mentees (the generator's mentee ids, e-00003 onwards), so no two
 * samples share viewer and query: each best-match ranking is computed, not remembered.
 */
const VIEWERS = [
  PERSONAS.mentee,
  ...Array.from({ length: 49 }, (_, i) => `e-${String(i + 3).padStart(5, '0')}`),
];

async function bench(label: string, running: Running) {
  const headers = await bearer(PERSONAS.mentee);
  const viewerHeaders = await Promise.all(VIEWERS.map(bearer));
  const api = `${running.url}/api/v1`;
  const get = async (path: string, as = headers) => {
    const response = await fetch(`${api}${path}`, { headers: as });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  for (const query of SEARCHES) await get(`/mentors?${query}`); // warm up
  for (const [i, as] of viewerHeaders.entries()) {
    const me = (await get('/me', as)) as { mentee: unknown };
    if (!me.mentee) throw new Error(`${VIEWERS[i]} is not a mentee: the fixture's ids changed`);
  }

  const searchTimes: number[] = [];
  for (let i = 0; i < samples; i++) {
    const viewer = viewerHeaders[i % viewerHeaders.length]!;
    const started = performance.now();
    await get(`/mentors?${SEARCHES[i % SEARCHES.length]}`, viewer);
    searchTimes.push(performance.now() - started);
  }

  // Requestable mentors to send requests to (one open request per pair).
  const targets: string[] = [];
  let cursor: string | null = null;
  while (targets.length < samples) {
    const page = (await get(
      `/mentors?available=true&sort=name&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
    )) as {
      items: { mentor: { id: string }; requestable: boolean }[];
      nextCursor: string | null;
    };
    targets.push(...page.items.filter((card) => card.requestable).map((card) => card.mentor.id));
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  const createTimes: number[] = [];
  for (const [i, mentorId] of targets.slice(0, samples).entries()) {
    const started = performance.now();
    const response = await fetch(`${api}/requests`, {
      method: 'POST',
      headers: {
        ...headers,
        'content-type': 'application/json',
        'idempotency-key': `bench-${Date.now()}-${i}`,
      },
      body: JSON.stringify({
        mentorId,
        message: 'Benchmark request: I would value your guidance on my goals.',
        goals: ['Grow'],
      }),
    });
    await response.arrayBuffer();
    if (response.status === 201) createTimes.push(performance.now() - started);
  }

  let done = 0;
  let failed = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = worker; performance.now() < until; i += concurrency) {
        const response = await fetch(`${api}/mentors?${SEARCHES[i % SEARCHES.length]}`, {
          headers: viewerHeaders[i % viewerHeaders.length]!,
        });
        await response.arrayBuffer();
        if (response.ok) done++;
        else failed++;
      }
    }),
  );
  const rps = done / ((performance.now() - started) / 1000);

  const search = summary(searchTimes);
  const create = summary(createTimes);
  process.stdout.write(
    [
      `  ${label}`,
      `    directory search (filters), ${search.n} sequential: median ${ms(search.median)}, p95 ${ms(search.p95)}`,
      `    create request, ${create.n} sequential:             median ${ms(create.median)}, p95 ${ms(create.p95)}`,
      `    directory search at ${concurrency} connections, ${seconds} s:   ${rps.toFixed(0)} requests/s${failed ? ` (${failed} failed)` : ''}`,
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
  const mentees = String(Math.max(60, Math.round(mentors / 50)));
  const seedEnv = { MENTORKIT_SEED_MENTORS: String(mentors), MENTORKIT_SEED_MENTEES: mentees };
  process.stdout.write(`${mentors.toLocaleString('en')} mentors\n`);
  if (backends.has('pglite')) {
    const pglite = await startChild({
      ...seedEnv,
      MENTORKIT_DATA_DIR: resolve(root, `.data/bench-${mentors}`),
      DATABASE_URL: '',
      MENTORKIT_WORKERS: '1',
    });
    try {
      await bench('PGlite (embedded)', pglite);
    } finally {
      await stopChild(pglite);
    }
  }
  if (withPostgres) {
    await preparePostgres(databaseUrl!, mentors);
    const pg = await startChild({
      ...seedEnv,
      DATABASE_URL: databaseUrl!,
      MENTORKIT_WORKERS: values.workers,
    });
    try {
      await bench(`PostgreSQL${values.workers === '1' ? '' : `, ${values.workers} workers`}`, pg);
    } finally {
      await stopChild(pg);
    }
  }
}
