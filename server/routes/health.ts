// Liveness (/health: the process answers) and readiness (/ready: the database answers too).
import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import type { AppEnv } from '../context.js';

export const healthRoutes = new Hono<AppEnv>()
  .get('/health', (c) => c.json({ status: 'ok' }))
  .get('/ready', async (c) => {
    try {
      await c.var.deps.db.execute(sql`select 1`);
      return c.json({ status: 'ready' });
    } catch {
      return c.json({ status: 'unavailable', detail: 'The database does not answer.' }, 503);
    }
  });
