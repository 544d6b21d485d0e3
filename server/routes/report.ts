import { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { problems } from '../problems.js';
import { isAdmin } from '../repositories/people.js';
import { programReport } from '../repositories/report.js';
import { expireDueRequests } from '../repositories/requests.js';
import { inTransaction, now } from './helpers.js';

export const reportRoutes = new Hono<AppEnv>().get('/program/report', async (c) => {
  if (!isAdmin(c.var.viewer))
    throw problems.forbidden('Only program admins can see the program report.');
  const report = await inTransaction(c, async (tx) => {
    await expireDueRequests(tx, now(c));
    return programReport(tx, c.var.viewer.programId, now(c));
  });
  return c.json(report);
});
