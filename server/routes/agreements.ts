import { Hono } from 'hono';
import { SignAgreement, UpdateAgreement } from '../../src/contract/index.js';
import type { AppEnv } from '../context.js';
import { ifMatchVersion } from '../http.js';
import { problems } from '../problems.js';
import {
  getAgreementAudit,
  getAgreementVersion,
  signAgreement,
  updateAgreement,
  viewAgreement,
} from '../repositories/agreements.js';
import { idParam, readJson } from '../validation.js';
import { createOnce, inTransaction, json, now } from './helpers.js';

export const agreementRoutes = new Hono<AppEnv>()
  .get('/agreements/:id', async (c) => {
    const id = idParam(c, 'id', 'This agreement');
    return json(c, await inTransaction(c, (tx) => viewAgreement(tx, c.var.viewer, id, now(c))));
  })
  .put('/agreements/:id', async (c) => {
    const id = idParam(c, 'id', 'This agreement');
    const input = await readJson(c, UpdateAgreement);
    const version = ifMatchVersion(c);
    return json(
      c,
      await inTransaction(c, (tx) => updateAgreement(tx, c.var.viewer, id, version, input, now(c))),
    );
  })
  .post('/agreements/:id/signatures', (c) => {
    const id = idParam(c, 'id', 'This agreement');
    return createOnce(c, SignAgreement, (tx, input) =>
      signAgreement(tx, c.var.viewer, id, input, now(c)),
    );
  })
  .get('/agreements/:id/versions/:version', async (c) => {
    const id = idParam(c, 'id', 'This agreement');
    const version = Number(c.req.param('version'));
    if (!/^\d{1,9}$/.test(c.req.param('version')) || version < 1)
      throw problems.notFound('This agreement version');
    return c.json(await getAgreementVersion(c.var.deps.db, c.var.viewer, id, version));
  })
  .get('/agreements/:id/audit', async (c) =>
    c.json(
      await getAgreementAudit(c.var.deps.db, c.var.viewer, idParam(c, 'id', 'This agreement')),
    ),
  );
