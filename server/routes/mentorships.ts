import { Hono } from 'hono';
import { CreateGoal, CreateRecap, UpdateGoal } from '../../src/contract/index.js';
import type { AppEnv } from '../context.js';
import { ifMatchVersion } from '../http.js';
import {
  createGoal,
  createRecap,
  getMentorship,
  listGoals,
  listMentorships,
  updateGoal,
} from '../repositories/mentorships.js';
import { idParam, readJson } from '../validation.js';
import { createOnce, inTransaction, json, now } from './helpers.js';

export const mentorshipRoutes = new Hono<AppEnv>()
  .get('/mentorships', async (c) => c.json(await listMentorships(c.var.deps.db, c.var.viewer)))
  .get('/mentorships/:id', async (c) =>
    json(c, await getMentorship(c.var.deps.db, c.var.viewer, idParam(c, 'id', 'This mentorship'))),
  )
  .get('/mentorships/:id/goals', async (c) =>
    c.json(await listGoals(c.var.deps.db, c.var.viewer, idParam(c, 'id', 'This mentorship'))),
  )
  .post('/mentorships/:id/goals', (c) => {
    const id = idParam(c, 'id', 'This mentorship');
    return createOnce(c, CreateGoal, (tx, input) =>
      createGoal(tx, c.var.viewer, id, input, now(c)),
    );
  })
  .patch('/goals/:id', async (c) => {
    const id = idParam(c, 'id', 'This goal');
    const patch = await readJson(c, UpdateGoal);
    const version = ifMatchVersion(c);
    return json(
      c,
      await inTransaction(c, (tx) => updateGoal(tx, c.var.viewer, id, version, patch, now(c))),
    );
  })
  .post('/goals/:id/recaps', (c) => {
    const id = idParam(c, 'id', 'This goal');
    return createOnce(c, CreateRecap, (tx, input) =>
      createRecap(tx, c.var.viewer, id, input, now(c)),
    );
  });
