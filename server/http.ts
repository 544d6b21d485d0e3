// Optimistic concurrency over HTTP: versions as ETags, If-Match required on edits.
import type { Context } from 'hono';
import { problems } from './problems.js';

export const etag = (version: number) => `"${version}"`;

/** The version the client edits, from `If-Match: "3"` (428 when missing). */
export function ifMatchVersion(c: Context): number {
  const header = c.req.header('if-match');
  if (!header) throw problems.preconditionRequired();
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match)
    throw problems.badRequest('If-Match must be the quoted version, e.g. "3".', 'bad-if-match');
  return Number(match[1]);
}
