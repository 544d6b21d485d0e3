// The baseline `npm run bench:server` compares against: what a competent team would write in an
// afternoon. A bare Hono route on the same database (DATABASE_URL, else the PGlite folder in
// MENTORKIT_DATA_DIR) running one hand-written query: mentors teaching a skill, with an open spot,
// 20 by name, helped by the indexes such a team would add (GIN on skills, program + name). No
// sign-in, no facets, no scores: less work per request than the real server does.
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '../../server/db/connection.js';
import { rawRows } from '../../server/db/sql.js';

const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.MENTORKIT_DATA_DIR ?? '.data/bench',
});
const { db } = database;
await db.execute(sql`create index if not exists bench_people_skills on people using gin (skills)`);
await db.execute(
  sql`create index if not exists bench_people_mentor_names on people (program_id, name) where is_mentor`,
);
await db.execute(sql`analyze people`);
const [program] = await rawRows<{ id: string }>(db, sql`select id from programs limit 1`);

const app = new Hono().get('/mentors', async (c) => {
  const skill = c.req.query('skill') ?? '';
  const rows = await rawRows(
    db,
    sql`select id, name, title, department, city, country, languages, skills, capacity,
          active_mentees, availability_status, paused_until
        from people
        where program_id = ${program!.id} and is_mentor
          and skills @> array[${skill}]::text[]
          and active_mentees < capacity
          and (availability_status = 'open' or paused_until <= current_date)
        order by name
        limit 20`,
  );
  return c.json({ items: rows });
});

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
  process.stdout.write(
    `${JSON.stringify({ message: 'baseline ready', url: `http://127.0.0.1:${info.port}` })}\n`,
  ),
);

process.on('SIGTERM', () => {
  server.close();
  // Leave the database as the benchmark found it.
  void (async () => {
    await db.execute(sql`drop index if exists bench_people_skills`);
    await db.execute(sql`drop index if exists bench_people_mentor_names`);
  })()
    .catch(() => {})
    .finally(() => database.close().finally(() => process.exit(0)));
});
