// Liveness (/health: the process answers) and readiness (/ready: the database answers and the
// mentor directory is loaded, so a load balancer sends no search to a process still loading it,
// nor to one shutting down).
import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import type { AppEnv } from '../context.js';

export const healthRoutes = new Hono<AppEnv>()
  .get('/health', (c) => c.json({ status: 'ok' }))
  .get('/ready', async (c) => {
    if (c.var.deps.stopping?.())
      return c.json({ status: 'stopping', detail: 'The server is shutting down.' }, 503);
    try {
      await c.var.deps.db.execute(sql`select 1`);
    } catch {
      return c.json({ status: 'unavailable', detail: 'The database does not answer.' }, 503);
    }
    if (!c.var.deps.directory.warm)
      return c.json({ status: 'starting', detail: 'The mentor directory is loading.' }, 503);
    return c.json({ status: 'ready' });
  });
