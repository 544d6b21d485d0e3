// What one server instance costs to run, for README "Running N instances": for each size, on the
// PostgreSQL at DATABASE_URL (seeded here when it holds another number of mentors), prints
//   - boot time: process start to /ready answering 200, and the directory load within it,
//   - resident memory (RSS) of each server process once loaded and after some searches,
//   - writes per second: requests created at N concurrent connections.
//
//   DATABASE_URL=... node --import tsx scripts/bench-instances.ts [--mentors 10000,100000]
//     [--workers 1] [--seconds 5] [--connections 20]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../server/db/connection.js';
import { rawRows } from '../server/db/sql.js';
import { clearDatabase, seedDatabase } from '../server/seed.js';
import { PERSONAS } from '../src/fixtures/personas.js';
import { startServerProcess, type ServerProcess } from './server-process.js';
import { SignJWT } from 'jose';

const { values } = parseArgs({
  options: {
    mentors: { type: 'string', default: '10000,100000' },
    workers: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '20' },
  },
});
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  process.stderr.write('Set DATABASE_URL to a PostgreSQL database this may empty and seed.\n');
  process.exit(2);
}
const SECRET = 'bench-instances-secret-bench-instances';
const MESSAGE = 'Benchmark request: I would value your guidance on my goals this year.';
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Resident memory of a process, from /proc (Linux). */
function rss(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Number(line?.[1] ?? 0) * 1024;
}

/** Seeds `mentors` (and a mentee per 50) unless the database holds that many already. */
async function prepare(mentors: number) {
  const database = await openDatabase({ databaseUrl, dataDir: '' });
  try {
    const count = async () =>
      Number(
        (
          await rawRows<{ n: string }>(
            database.db,
            sql`select count(*) as n from people where is_mentor`,
          )
        )[0]!.n,
      );
    if ((await count()) === mentors) return;
    const started = Date.now();
    await clearDatabase(database.db);
    await seedDatabase(database.db, {
      mentors,
      mentees: Math.max(60, mentors / 50),
      now: new Date(),
    });
    process.stdout.write(`  (seeded in ${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  } finally {
    await database.close();
  }
}

const bearer = async (personId: string) =>
  `Bearer ${await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(personId)
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(SECRET))}`;

/** Server process ids: the workers when there are several, else the one process. */
const serverPids = (server: ServerProcess) => {
  const workers = server.logs.filter((line) => line.message === 'worker listening');
  return workers.length ? workers.map((line) => Number(line.pid)) : [server.child.pid!];
};

/** Generated mentees and mentors with an open spot (ids from the database). */
async function pairs() {
  const database = await openDatabase({ databaseUrl, dataDir: '' });
  try {
    // Requests of an earlier run would make its pairs refuse (one open request per pair).
    await database.db.execute(sql`delete from requests where message = ${MESSAGE}`);
    const ids = async (query: ReturnType<typeof sql>) =>
      (await rawRows<{ id: string }>(database.db, query)).map((row) => row.id);
    return {
      mentees: await ids(
        sql`select id from people where not is_mentor and id like 'e-%' order by id`,
      ),
      mentors: await ids(
        sql`select id from people where is_mentor and capacity > active_mentees order by id`,
      ),
    };
  } finally {
    await database.close();
  }
}

async function writesPerSecond(server: ServerProcess) {
  const { mentees, mentors } = await pairs();
  const connections = Number(values.connections);
  const until = performance.now() + Number(values.seconds) * 1000;
  const tokens = new Map<string, string>();
  const token = async (id: string) => tokens.get(id) ?? tokens.set(id, await bearer(id)).get(id)!;
  let created = 0;
  let refused = 0;
  let firstRefusal = '';
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const i = next++;
        // Distinct pairs (one open request per pair); paused or conflicted mentors are refused.
        const mentee = mentees[i % mentees.length]!;
        const mentor = mentors[i % mentors.length]!;
        const response = await fetch(`${server.url}/api/v1/requests`, {
          method: 'POST',
          headers: { authorization: await token(mentee), 'content-type': 'application/json' },
          body: JSON.stringify({
            mentorId: mentor,
            message: MESSAGE,
            goals: ['Grow'],
          }),
        });
        const text = await response.text();
        if (response.status === 201) created++;
        else if (refused++ === 0) firstRefusal = `${response.status} ${text}`;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (firstRefusal) process.stdout.write(`  (first refusal: ${firstRefusal.slice(0, 300)})\n`);
  return { perSecond: created / seconds, refused };
}

process.stdout.write(
  `\nmentorkit instance costs (${process.platform} ${process.arch}, Node ${process.version}, ${values.workers} worker(s))\n\n`,
);
for (const mentors of values.mentors.split(',').map(Number)) {
  process.stdout.write(`${mentors.toLocaleString('en')} mentors\n`);
  await prepare(mentors);
  const spawned = performance.now();
  const server = await startServerProcess(
    {
      DATABASE_URL: databaseUrl,
      MENTORKIT_WORKERS: values.workers,
      MENTORKIT_JWT_SECRET: SECRET,
      MENTORKIT_LOG: 'off',
    },
    600_000,
  );
  try {
    // Ready as a load balancer sees it: /ready answers 200 (the directory is loaded).
    while ((await fetch(`${server.url}/ready`)).status !== 200)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const bootMs = performance.now() - spawned;
    const loads = server.logs
      .filter((line) => line.message === 'directory loaded')
      .map((line) => Number(line.ms));
    const loaded = serverPids(server).map(rss);
    const auth = { authorization: await bearer(PERSONAS.mentee) };
    for (const query of [
      'limit=20',
      'skills=negotiation&available=true',
      'q=product&sort=name',
      'languages=es',
    ])
      for (let i = 0; i < 10; i++)
        await (
          await fetch(`${server.url}/api/v1/mentors?${query}`, { headers: auth })
        ).arrayBuffer();
    const searched = serverPids(server).map(rss);
    const writes = await writesPerSecond(server);
    process.stdout.write(
      [
        `  boot to /ready 200: ${(bootMs / 1000).toFixed(1)} s (directory load ${loads.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')})`,
        `  memory (RSS) per server process: ${loaded.map(mb).join(', ')} loaded, ${searched.map(mb).join(', ')} after 40 searches`,
        `  writes: ${writes.perSecond.toFixed(0)} requests created/s at ${values.connections} connections (${writes.refused} refused: full, paused or conflicted mentors)`,
        '',
      ].join('\n'),
    );
  } finally {
    await server.stop();
  }
}
