import { Hono } from 'hono';
import {
  ActionItemQuery,
  CreateGoal,
  CreateRecap,
  GoalOrder,
  RecapQuery,
  UpdateActionItem,
  UpdateGoal,
} from '../../src/contract/index.js';
import type { AppEnv } from '../context.js';
import { ifMatchVersion } from '../http.js';
import {
  createGoal,
  createRecap,
  getGoal,
  listActionItems,
  listGoals,
  listRecaps,
  reorderGoals,
  updateActionItem,
  updateGoal,
} from '../repositories/goals.js';
import { getMentorship, listMentorships } from '../repositories/mentorships.js';
import { idParam, readJson, validate } from '../validation.js';
import { createOnce, inTransaction, json, now, settingsOf, type Ctx } from './helpers.js';

/** Query parameters as given (numbers parsed), for the contract schema to judge. */
function queryOf(c: Ctx, numbers: string[] = []): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const [key, value] of new URL(c.req.url).searchParams)
    query[key] = numbers.includes(key) && /^\d+$/.test(value) ? Number(value) : value;
  return query;
}

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
  .put('/mentorships/:id/goal-order', async (c) => {
    const id = idParam(c, 'id', 'This mentorship');
    const order = await readJson(c, GoalOrder);
    return c.json(await inTransaction(c, (tx) => reorderGoals(tx, c.var.viewer, id, order)));
  })
  .get('/goals/:id', async (c) =>
    json(c, await getGoal(c.var.deps.db, c.var.viewer, idParam(c, 'id', 'This goal'))),
  )
  .patch('/goals/:id', async (c) => {
    const id = idParam(c, 'id', 'This goal');
    const patch = await readJson(c, UpdateGoal);
    const version = ifMatchVersion(c);
    return json(
      c,
      await inTransaction(c, async (tx) =>
        updateGoal(tx, c.var.viewer, id, version, patch, now(c), await settingsOf(c, tx)),
      ),
    );
  })
  .get('/mentorships/:id/recaps', async (c) => {
    const id = idParam(c, 'id', 'This mentorship');
    const query = validate(RecapQuery, queryOf(c, ['limit']));
    return c.json(await listRecaps(c.var.deps.db, c.var.viewer, id, query));
  })
  .post('/mentorships/:id/recaps', (c) => {
    const id = idParam(c, 'id', 'This mentorship');
    return createOnce(c, CreateRecap, (tx, input) =>
      createRecap(tx, c.var.viewer, id, input, now(c)),
    );
  })
  .get('/mentorships/:id/action-items', async (c) => {
    const id = idParam(c, 'id', 'This mentorship');
    const query = validate(ActionItemQuery, queryOf(c));
    return c.json(await listActionItems(c.var.deps.db, c.var.viewer, id, query));
  })
  .patch('/action-items/:id', async (c) => {
    const id = idParam(c, 'id', 'This action item');
    const patch = await readJson(c, UpdateActionItem);
    const version = ifMatchVersion(c);
    return json(
      c,
      await inTransaction(c, (tx) =>
        updateActionItem(tx, c.var.viewer, id, version, patch, now(c)),
      ),
    );
  });
