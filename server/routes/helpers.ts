// Route plumbing shared by the resource files: transactions, creating POSTs with
// Idempotency-Key, answers with ETag.
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { AppEnv } from '../context.js';
import type { Tx } from '../db/connection.js';
import { etag } from '../http.js';
import { runIdempotent } from '../repositories/idempotency.js';
import { programSettings } from '../repositories/program-settings.js';
import { readRawJson, validate } from '../validation.js';

export type Ctx = Context<AppEnv>;

export const now = (c: Ctx) => c.var.deps.clock();

/** The viewer's program rules (request expiry comes from the server's configuration). */
export const settingsOf = (c: Ctx, tx: Tx) =>
  programSettings(tx, c.var.viewer.programId, c.var.deps.config.requestExpiryDays);

/** Runs `work` in one transaction. */
export function inTransaction<T>(c: Ctx, work: (tx: Tx) => Promise<T>): Promise<T> {
  return c.var.deps.db.transaction((tx) => work(tx));
}

export function json<T>(c: Ctx, body: T, status: 200 | 201 = 200) {
  const version = (body as { version?: unknown }).version;
  if (typeof version === 'number') c.header('ETag', etag(version));
  return c.json(body as object, status);
}

/** A creating POST: validated body, run once per Idempotency-Key, 201 with the created entity. */
export async function createOnce<S extends z.ZodMiniType, T>(
  c: Ctx,
  schema: S,
  work: (tx: Tx, input: z.output<S>) => Promise<T>,
  status: 200 | 201 = 201,
) {
  const raw = await readRawJson(c);
  const input = validate(schema, raw);
  const answer = await runIdempotent(
    c.var.deps.db,
    {
      personId: c.var.viewer.id,
      route: `POST ${c.req.path}`,
      key: c.req.header('idempotency-key'),
      body: raw,
      now: now(c),
    },
    async (tx) => ({ status, body: await work(tx, input) }),
  );
  if (answer.replayed) c.header('Idempotent-Replayed', 'true');
  return json(c, answer.body as T, answer.status as 200 | 201);
}
