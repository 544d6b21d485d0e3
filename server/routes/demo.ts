// Demo mode's person switcher: pick who you are on the demo page. Refused unless demo mode is on
// (MENTORKIT_DEMO=1 or `npm start`), so it can never replace real sign-in in production.
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { asc, inArray } from 'drizzle-orm';
import * as z from 'zod/mini';
import { Id } from '../../src/contract/index.js';
import { PERSONAS } from '../../src/fixtures/personas.js';
import { DEMO_COOKIE } from '../auth/index.js';
import type { AppEnv } from '../context.js';
import type { Db } from '../db/connection.js';
import { people } from '../db/schema.js';
import { problems } from '../problems.js';
import { findPerson } from '../repositories/people.js';
import { reseedDatabase } from '../seed.js';
import { readJson } from '../validation.js';

const SwitchPerson = z.strictObject({ personId: Id });

/** The personas the switcher offers, by name (also rendered into the demo page). */
export function demoPeople(db: Db) {
  return db
    .select({ id: people.id, name: people.name, title: people.title, roles: people.roles })
    .from(people)
    .where(inArray(people.id, Object.values(PERSONAS)))
    .orderBy(asc(people.name));
}

export const demoRoutes = new Hono<AppEnv>()
  .use('/demo/*', async (c, next) => {
    if (!c.var.deps.config.demo)
      throw problems.forbidden('Demo mode is off on this server; sign in through your company.');
    const origin = c.req.header('origin');
    if (c.req.method !== 'GET' && origin && origin !== new URL(c.req.url).origin)
      throw problems.forbidden('The person switcher only works from this server’s own demo page.');
    await next();
  })
  .get('/demo/people', async (c) => c.json({ items: await demoPeople(c.var.deps.db) }))
  .post('/demo/session', async (c) => {
    const { personId } = await readJson(c, SwitchPerson);
    const person = await findPerson(c.var.deps.db, personId);
    if (!person)
      throw problems.validation([
        { path: 'personId', message: 'No such person in the demo program.' },
      ]);
    setCookie(c, DEMO_COOKIE, person.id, { httpOnly: true, sameSite: 'Lax', path: '/' });
    return c.json({ id: person.id, name: person.name });
  })
  // Back to the freshly seeded program: the demo page's "Start over", and the reset between
  // groups of the behaviour suite when it runs against this server (npm run test:contract).
  .post('/demo/reset', async (c) => {
    const { db, config, clock } = c.var.deps;
    await reseedDatabase(db, { ...config.seed, now: clock() });
    return c.body(null, 204);
  })
  .delete('/demo/session', (c) => {
    deleteCookie(c, DEMO_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
