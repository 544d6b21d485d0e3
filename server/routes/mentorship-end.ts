import { Hono } from 'hono';
import { EndMentorship } from '../../src/contract/index.js';
import type { AppEnv } from '../context.js';
import { etag, ifMatchVersion } from '../http.js';
import { endMentorship } from '../repositories/mentorship-end.js';
import { idParam, readJson } from '../validation.js';
import { inTransaction, now } from './helpers.js';

export const mentorshipEndRoutes = new Hono<AppEnv>().post('/mentorships/:id/end', async (c) => {
  const id = idParam(c, 'id', 'This mentorship');
  const input = await readJson(c, EndMentorship);
  const version = ifMatchVersion(c);
  const ended = await inTransaction(c, (tx) =>
    endMentorship(tx, c.var.viewer, id, version, input, now(c)),
  );
  c.header('ETag', etag(ended.mentorship.version));
  return c.json(ended);
});
