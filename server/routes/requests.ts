import { Hono } from 'hono';
import {
  AskRequest,
  CreateRequest,
  DeclineRequest,
  EmptyBody,
  ReplyRequest,
} from '../../src/contract/index.js';
import { requestQueryFromSearchParams } from '../../src/contract/query-params.js';
import type { AppEnv } from '../context.js';
import { ifMatchVersion } from '../http.js';
import { problems } from '../problems.js';
import {
  createRequest,
  expireDueRequests,
  getRequest,
  listRequests,
  transitionRequest,
  type TransitionInput,
} from '../repositories/requests.js';
import { idParam, issuesToFieldErrors, readJson } from '../validation.js';
import { createOnce, inTransaction, json, now, settingsOf, type Ctx } from './helpers.js';

async function transition(c: Ctx, toInput: (c: Ctx) => Promise<TransitionInput>) {
  const id = idParam(c, 'id', 'This request');
  const input = await toInput(c);
  const version = ifMatchVersion(c);
  const request = await inTransaction(c, async (tx) => {
    await expireDueRequests(tx, now(c));
    const settings = await settingsOf(c, tx);
    return transitionRequest(tx, c.var.viewer, id, version, input, now(c), settings);
  });
  return json(c, request);
}

export const requestRoutes = new Hono<AppEnv>()
  .get('/requests', async (c) => {
    const parsed = requestQueryFromSearchParams(new URL(c.req.url).searchParams);
    if (!parsed.success)
      throw problems.validation(
        issuesToFieldErrors(parsed.error.issues),
        'Some parameters are not valid.',
      );
    return c.json(
      await inTransaction(c, async (tx) => {
        await expireDueRequests(tx, now(c));
        return listRequests(tx, c.var.viewer, parsed.data, now(c));
      }),
    );
  })
  .get('/requests/:id', async (c) => {
    const id = idParam(c, 'id', 'This request');
    const request = await inTransaction(c, async (tx) => {
      await expireDueRequests(tx, now(c));
      return getRequest(tx, c.var.viewer, id);
    });
    return json(c, request);
  })
  .post('/requests', (c) =>
    // createRequest expires only the overdue requests it depends on (the pair's people).
    createOnce(c, CreateRequest, async (tx, input) =>
      createRequest(tx, c.var.viewer, input, now(c), await settingsOf(c, tx)),
    ),
  )
  .post('/requests/:id/accept', (c) =>
    transition(c, async (c) => (await readJson(c, EmptyBody), { transition: 'accept' })),
  )
  .post('/requests/:id/withdraw', (c) =>
    transition(c, async (c) => (await readJson(c, EmptyBody), { transition: 'withdraw' })),
  )
  .post('/requests/:id/decline', (c) =>
    transition(c, async (c) => ({
      transition: 'decline',
      body: await readJson(c, DeclineRequest),
    })),
  )
  .post('/requests/:id/ask', (c) =>
    transition(c, async (c) => ({
      transition: 'ask',
      question: (await readJson(c, AskRequest)).question,
    })),
  )
  .post('/requests/:id/reply', (c) =>
    transition(c, async (c) => ({
      transition: 'reply',
      text: (await readJson(c, ReplyRequest)).text,
    })),
  );
