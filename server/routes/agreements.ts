import { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { SignAgreement, UpdateAgreement } from '../../src/contract/index.js';
import type { AppEnv, AuthVia } from '../context.js';
import { ifMatchVersion } from '../http.js';
import { problems } from '../problems.js';
import {
  getAgreementAudit,
  getAgreementVersion,
  signAgreement,
  updateAgreement,
  viewAgreement,
  type SignerEvidence,
} from '../repositories/agreements.js';
import { idParam, readJson } from '../validation.js';
import { createOnce, inTransaction, json, now, type Ctx } from './helpers.js';

const AUTHENTICATION: Record<AuthVia, string> = {
  jwt: 'Company sign-in (bearer token, JWT)',
  proxy: 'Company single sign-on (trusted reverse proxy)',
  demo: 'Demo person switcher (no real sign-in)',
};

/** Attribution recorded by the server: how the signer signed in, from where, with what. */
function signerEvidence(c: Ctx): SignerEvidence {
  let ipAddress: string | null = null;
  try {
    ipAddress = getConnInfo(c).remote.address?.slice(0, 64) ?? null;
  } catch {
    ipAddress = null; // no socket (in-process requests in tests)
  }
  return {
    authentication: AUTHENTICATION[c.var.authVia],
    ipAddress,
    userAgent: c.req.header('user-agent')?.slice(0, 500) || null,
  };
}

export const agreementRoutes = new Hono<AppEnv>()
  .get('/agreements/:id', async (c) => {
    const id = idParam(c, 'id', 'This agreement');
    const { agreementPolicy } = c.var.deps.config;
    return json(
      c,
      await inTransaction(c, (tx) => viewAgreement(tx, c.var.viewer, id, now(c), agreementPolicy)),
    );
  })
  .put('/agreements/:id', async (c) => {
    const id = idParam(c, 'id', 'This agreement');
    const input = await readJson(c, UpdateAgreement);
    const version = ifMatchVersion(c);
    const { agreementPolicy } = c.var.deps.config;
    return json(
      c,
      await inTransaction(c, (tx) =>
        updateAgreement(tx, c.var.viewer, id, version, input, now(c), agreementPolicy),
      ),
    );
  })
  .post('/agreements/:id/signatures', (c) => {
    const id = idParam(c, 'id', 'This agreement');
    const evidence = signerEvidence(c);
    return createOnce(c, SignAgreement, (tx, input) =>
      signAgreement(
        tx,
        c.var.viewer,
        id,
        input,
        now(c),
        c.var.deps.config.agreementPolicy,
        evidence,
      ),
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
