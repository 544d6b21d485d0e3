// Idempotency-Key: the first answer of a creating POST is stored with the key, the person, the
// route and a hash of the body. A replay gets that answer back and creates nothing; the same key
// with another body is refused (422). The key row is written in the same transaction as the
// work, so a concurrent replay waits on the unique key and then reads the stored answer.
import { and, eq } from 'drizzle-orm';
import { ProblemCode, canonicalJson, sha256Hex } from '../../src/contract/index.js';
import type { Db, Tx } from '../db/connection.js';
import { idempotencyKeys } from '../db/schema.js';
import { problems } from '../problems.js';

export interface StoredAnswer {
  status: number;
  body: unknown;
  replayed: boolean;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

export async function runIdempotent(
  db: Db,
  input: { personId: string; route: string; key: string | undefined; body: unknown; now: Date },
  work: (tx: Tx) => Promise<{ status: number; body: unknown }>,
): Promise<StoredAnswer> {
  const { key } = input;
  if (key === undefined)
    return db.transaction(async (tx) => ({ ...(await work(tx)), replayed: false }));
  if (!KEY_PATTERN.test(key))
    throw problems.badRequest(
      'Idempotency-Key must be 1 to 200 visible ASCII characters.',
      'bad-idempotency-key',
    );
  const bodyHash = await sha256Hex(canonicalJson(input.body));
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(idempotencyKeys)
      .values({ personId: input.personId, route: input.route, key, bodyHash, createdAt: input.now })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length === 0) {
      const [stored] = await tx
        .select()
        .from(idempotencyKeys)
        .where(
          and(
            eq(idempotencyKeys.personId, input.personId),
            eq(idempotencyKeys.route, input.route),
            eq(idempotencyKeys.key, key),
          ),
        );
      if (!stored || stored.status === null)
        throw problems.conflict(
          'idempotency-in-progress',
          'The same request is still being processed.',
        );
      if (stored.bodyHash !== bodyHash)
        throw problems.unprocessable(
          ProblemCode.idempotencyMismatch,
          'This Idempotency-Key was already used with a different body.',
        );
      return { status: stored.status, body: stored.response, replayed: true };
    }
    const answer = await work(tx);
    await tx
      .update(idempotencyKeys)
      .set({ status: answer.status, response: answer.body })
      .where(
        and(
          eq(idempotencyKeys.personId, input.personId),
          eq(idempotencyKeys.route, input.route),
          eq(idempotencyKeys.key, key),
        ),
      );
    return { ...answer, replayed: false };
  });
}
