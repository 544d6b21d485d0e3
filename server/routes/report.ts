import { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { problems } from '../problems.js';
import { isAdmin } from '../repositories/people.js';
import { programReport } from '../repositories/report.js';
import { now } from './helpers.js';

export const reportRoutes = new Hono<AppEnv>().get('/program/report', async (c) => {
  if (!isAdmin(c.var.viewer))
    throw problems.forbidden('Only program admins can see the program report.');
  return c.json(await programReport(c.var.deps.db, c.var.viewer.programId, now(c)));
});
