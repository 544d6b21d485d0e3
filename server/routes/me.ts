import { Hono } from 'hono';
import type { Me } from '../../src/contract/index.js';
import type { AppEnv } from '../context.js';
import { toMenteeProfile, toPerson } from '../repositories/people.js';

export const meRoutes = new Hono<AppEnv>().get('/me', (c) => {
  const viewer = c.var.viewer;
  const me: Me = {
    person: toPerson(viewer),
    roles: viewer.roles,
    mentee: toMenteeProfile(viewer),
    programId: viewer.programId,
  };
  return c.json(me);
});
