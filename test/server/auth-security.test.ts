// Sign-in (JWT, trusted proxy header, demo switcher only in demo mode), CSRF defence for cookie
// sign-in, CORS allowlist, security headers and the demo page's strict CSP.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { FIXTURE_IDS, PERSONAS } from '../../src/fixtures/index.js';
import { testConfig } from '../../server/config.js';
import { startServer, type RunningServer } from '../../server/index.js';
import { silentLogger } from '../../server/logger.js';
import { PORTAL_ORIGIN, startTestServer, type TestServer } from './support/test-server.js';

async function problemOf(response: Response, status: number) {
  const text = await response.text();
  assert.equal(response.status, status, text.slice(0, 300));
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  return JSON.parse(text) as { code?: string; detail?: string };
}

describe('sign-in and browser protections', () => {
  let t: TestServer;
  let demo: RunningServer;
  let staticDir: string;
  before(async () => {
    t = await startTestServer('pglite');
    staticDir = await mkdtemp(join(tmpdir(), 'mentorkit-static-'));
    await writeFile(
      join(staticDir, 'index.html'),
      '<!doctype html><html lang="en"><head><title>Intranet</title><script type="module" src="/main.js"></script></head><body></body></html>',
    );
    // A second app on the same database: demo mode, a trusted proxy header, static demo page.
    demo = await startServer({
      config: testConfig({
        port: 0,
        demo: true,
        staticDir,
        corsOrigins: [PORTAL_ORIGIN],
        auth: { subjectClaim: 'sub', trustedUserHeader: 'x-forwarded-user' },
      }),
      database: t.server.database,
      log: silentLogger,
      seed: false,
    });
  });
  after(async () => {
    await demo?.close();
    await t?.close();
    if (staticDir) await rm(staticDir, { recursive: true, force: true });
  });

  describe('bearer JWT', () => {
    it('a valid token signs the person in', async () => {
      const response = await t.fetchAs(PERSONAS.mentee, '/me');
      assert.equal(response.status, 200);
      assert.equal(
        ((await response.json()) as { person: { id: string } }).person.id,
        PERSONAS.mentee,
      );
    });
    it('no token, a malformed header, a wrong signature, an expired token or another audience are 401', async () => {
      const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
      await problemOf(await t.fetchAs(null, '/me'), 401);
      await problemOf(
        await t.fetchAs(null, '/me', {
          headers: { authorization: 'Basic YWxhZGRpbjpvcGVuc2VzYW1l' },
        }),
        401,
      );
      await problemOf(await t.fetchAs(null, '/me', bearer('not.a.jwt')), 401);
      await problemOf(
        await t.fetchAs(
          null,
          '/me',
          bearer(await t.token(PERSONAS.mentee, { secret: 'another-secret-another-secret-xx' })),
        ),
        401,
      );
      const expired = await problemOf(
        await t.fetchAs(null, '/me', bearer(await t.token(PERSONAS.mentee, { expiresIn: '-1m' }))),
        401,
      );
      assert.match(expired.detail ?? '', /expired|not valid/);
      await problemOf(
        await t.fetchAs(
          null,
          '/me',
          bearer(await t.token(PERSONAS.mentee, { audience: 'someone-else' })),
        ),
        401,
      );
    });
    it('a token accepted before (and so kept verified) is refused once it expires', async () => {
      const token = await t.token(PERSONAS.mentee, { expiresIn: '2s' });
      const headers = { headers: { authorization: `Bearer ${token}` } };
      assert.equal((await t.fetchAs(null, '/me', headers)).status, 200);
      assert.equal((await t.fetchAs(null, '/me', headers)).status, 200);
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await problemOf(await t.fetchAs(null, '/me', headers), 401);
    });
    it('a valid token for someone outside the program is 401', async () => {
      const problem = await problemOf(await t.fetchAs('someone-unknown', '/me'), 401);
      assert.match(problem.detail ?? '', /not part of this mentoring program/);
    });
    it('a token from another issuer is 401', async () => {
      const token = await t.token(PERSONAS.mentee, { issuer: 'https://evil.example' });
      await problemOf(
        await t.fetchAs(null, '/me', { headers: { authorization: `Bearer ${token}` } }),
        401,
      );
    });
  });

  describe('JWKS', () => {
    it('verifies RS256 tokens against the keys at MENTORKIT_JWKS_URL, and refuses other keys', async () => {
      const { publicKey, privateKey } = await generateKeyPair('RS256');
      const other = await generateKeyPair('RS256');
      const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
      const keys = createHttpServer((_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
      const jwksUrl = `http://127.0.0.1:${(keys.address() as AddressInfo).port}/jwks.json`;
      const app = await startServer({
        config: testConfig({
          port: 0,
          auth: {
            subjectClaim: 'sub',
            jwksUrl,
            issuer: 'https://idp.example',
            audience: 'mentorkit',
          },
        }),
        database: t.server.database,
        log: silentLogger,
        seed: false,
      });
      try {
        const sign = (key: CryptoKey) =>
          new SignJWT({})
            .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
            .setSubject(PERSONAS.mentor)
            .setIssuer('https://idp.example')
            .setAudience('mentorkit')
            .setExpirationTime('5m')
            .sign(key);
        const me = await fetch(`${app.url}/api/v1/me`, {
          headers: { authorization: `Bearer ${await sign(privateKey)}` },
        });
        assert.equal(((await me.json()) as { person: { id: string } }).person.id, PERSONAS.mentor);
        await problemOf(
          await fetch(`${app.url}/api/v1/me`, {
            headers: { authorization: `Bearer ${await sign(other.privateKey)}` },
          }),
          401,
        );
      } finally {
        await app.close();
        keys.close();
      }
    });
  });

  describe('trusted proxy header', () => {
    it('signs in by person id or email when configured, and is ignored otherwise', async () => {
      const byId = await fetch(`${demo.url}/api/v1/me`, {
        headers: { 'x-forwarded-user': PERSONAS.admin },
      });
      assert.equal(((await byId.json()) as { person: { id: string } }).person.id, PERSONAS.admin);
      const email = t.fixture.people.find((p) => p.id === PERSONAS.mentor)!.email;
      const byEmail = await fetch(`${demo.url}/api/v1/me`, {
        headers: { 'x-forwarded-user': email },
      });
      assert.equal(
        ((await byEmail.json()) as { person: { id: string } }).person.id,
        PERSONAS.mentor,
      );
      await problemOf(
        await t.fetchAs(null, '/me', { headers: { 'x-forwarded-user': PERSONAS.admin } }),
        401,
      );
    });
  });

  describe('demo person switcher', () => {
    it('is refused when demo mode is off, and its cookie signs nobody in', async () => {
      const problem = await problemOf(
        await fetch(`${t.apiBase}/demo/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ personId: PERSONAS.admin }),
        }),
        403,
      );
      assert.match(problem.detail ?? '', /Demo mode is off/);
      await problemOf(await fetch(`${t.apiBase}/demo/people`), 403);
      await problemOf(
        await fetch(`${t.apiBase}/me`, {
          headers: { cookie: `mentorkit_demo_person=${PERSONAS.admin}` },
        }),
        401,
      );
    });

    it('in demo mode lists the personas and switches person with an HttpOnly cookie', async () => {
      const people = (await (await fetch(`${demo.url}/api/v1/demo/people`)).json()) as {
        items: { id: string }[];
      };
      assert.ok(
        people.items.some((p) => p.id === PERSONAS.mentee) &&
          people.items.some((p) => p.id === PERSONAS.admin),
      );
      const switched = await fetch(`${demo.url}/api/v1/demo/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: demo.url },
        body: JSON.stringify({ personId: PERSONAS.mentee }),
      });
      assert.equal(switched.status, 200);
      const cookie = switched.headers.get('set-cookie') ?? '';
      assert.match(cookie, /mentorkit_demo_person=ana-souza/);
      assert.match(cookie, /HttpOnly/i);
      assert.match(cookie, /SameSite=Lax/i);
      const me = await fetch(`${demo.url}/api/v1/me`, {
        headers: { cookie: cookie.split(';')[0]! },
      });
      assert.equal(((await me.json()) as { person: { id: string } }).person.id, PERSONAS.mentee);
    });

    it('refuses a cookie-signed change from another site (CSRF), accepts it from the page itself', async () => {
      const cookie = `mentorkit_demo_person=${PERSONAS.mentee}`;
      const create = (headers: Record<string, string>) =>
        fetch(`${demo.url}/api/v1/mentorships/${FIXTURE_IDS.activeMentorship}/goals`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, ...headers },
          body: JSON.stringify({
            framework: 'REAL',
            title: 'Present the roadmap at the all-hands',
            criteria: { learning: 'Telling a story to a large audience.' },
          }),
        });
      await problemOf(await create({ origin: 'https://evil.example' }), 403);
      await problemOf(await create({ 'sec-fetch-site': 'cross-site' }), 403);
      await problemOf(await create({}), 403);
      assert.equal((await create({ origin: demo.url })).status, 201);
      assert.equal((await create({ origin: PORTAL_ORIGIN })).status, 201, 'allowlisted portal');
      assert.equal((await create({ 'sec-fetch-site': 'same-origin' })).status, 201);
    });
  });

  describe('CORS', () => {
    it('answers the preflight of an allowlisted portal with credentials and the contract headers', async () => {
      const response = await fetch(`${t.apiBase}/requests`, {
        method: 'OPTIONS',
        headers: {
          origin: PORTAL_ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers':
            'content-type, idempotency-key, if-match, authorization',
        },
      });
      assert.equal(response.headers.get('access-control-allow-origin'), PORTAL_ORIGIN);
      assert.equal(response.headers.get('access-control-allow-credentials'), 'true');
      const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      for (const header of ['idempotency-key', 'if-match', 'authorization', 'content-type'])
        assert.ok(allowed.includes(header), header);
      const simple = await t.fetchAs(PERSONAS.mentee, '/me', {
        headers: { origin: PORTAL_ORIGIN },
      });
      assert.match(simple.headers.get('access-control-expose-headers') ?? '', /ETag/i);
    });
    it('gives other origins no CORS permission', async () => {
      const response = await fetch(`${t.apiBase}/requests`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      assert.equal(response.headers.get('access-control-allow-origin'), null);
    });
  });

  describe('headers', () => {
    it('API answers carry security headers, no-store and a CSP that runs nothing', async () => {
      const response = await t.fetchAs(PERSONAS.mentee, `/requests/${FIXTURE_IDS.acceptedRequest}`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.equal(
        response.headers.get('content-security-policy'),
        "default-src 'none'; frame-ancestors 'none'",
      );
      const body = (await response.json()) as { version: number };
      assert.equal(response.headers.get('etag'), `"${body.version}"`);
    });
    it('the demo page is served with a strict CSP: no inline script or style, Trusted Types for Lit only', async () => {
      const response = await fetch(`${demo.url}/index.html`);
      assert.equal(response.status, 200);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /style-src 'self'(;|$)/);
      assert.match(csp, /require-trusted-types-for 'script'/);
      assert.match(csp, /trusted-types lit-html(;|$)/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    });
    it('in demo mode the page is told where the API is and gets the person switcher as a script file', async () => {
      const html = await (await fetch(`${demo.url}/`)).text();
      assert.match(html, /<meta name="mentorkit-api-base" content="\/api\/v1">/);
      assert.match(html, /<script type="module" src="\/_mentorkit\/demo-switcher.js"><\/script>/);
      assert.doesNotMatch(html, /<script>|<script type="module">|<style>/, 'nothing inline');
      const script = await fetch(`${demo.url}/_mentorkit/demo-switcher.js`);
      assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
      assert.doesNotMatch(
        await script.text(),
        /innerHTML|insertAdjacentHTML|eval\(/,
        'Trusted Types safe',
      );
      assert.equal(
        (await fetch(`${t.url}/_mentorkit/demo-switcher.js`)).status,
        404,
        'no switcher without demo mode',
      );
    });
    it('/health and /ready answer without sign-in', async () => {
      assert.deepEqual(await (await fetch(`${t.url}/health`)).json(), { status: 'ok' });
      assert.deepEqual(await (await fetch(`${t.url}/ready`)).json(), { status: 'ready' });
    });
  });

  describe('operations', () => {
    it('shutting down finishes a request that is in flight, then refuses new connections', async () => {
      const extra = await startServer({
        config: testConfig({
          port: 0,
          auth: { subjectClaim: 'sub', trustedUserHeader: 'x-forwarded-user' },
        }),
        database: t.server.database,
        log: silentLogger,
        seed: false,
      });
      // The body is still being sent when the shutdown starts: the request is in flight.
      let finishBody!: () => void;
      const bodySent = new Promise<void>((resolve) => (finishBody = resolve));
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(
            new TextEncoder().encode(
              '{"framework":"REAL","criteria":{"learning":"Running reviews"},',
            ),
          );
          await bodySent;
          controller.enqueue(new TextEncoder().encode('"title":"Finish the quarterly review"}'));
          controller.close();
        },
      });
      const inFlight = fetch(
        `${extra.url}/api/v1/mentorships/${FIXTURE_IDS.activeMentorship}/goals`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-user': PERSONAS.mentee },
          body,
          duplex: 'half',
        } as RequestInit,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const closed = extra.close();
      finishBody();
      const response = await inFlight;
      assert.equal(response.status, 201, await response.clone().text());
      assert.equal(
        ((await response.json()) as { title: string }).title,
        'Finish the quarterly review',
      );
      await closed;
      await assert.rejects(fetch(`${extra.url}/health`));
    });
  });
});
