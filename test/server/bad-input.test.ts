// Every route answers bad input with a 4xx problem+json, stores nothing, and gives text back
// exactly as it was sent (never interpreted).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { FIXTURE_IDS, PERSONAS } from '../../src/fixtures/index.js';
import { Problem } from '../../src/contract/index.js';
import { rawRows } from '../../server/db/sql.js';
import { ROUTES, type Route } from './support/routes.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const SCRIPT = '<script>alert(1)</script>';
const TABLES = [
  'requests',
  'mentorships',
  'goals',
  'recaps',
  'survey_responses',
  'agreements',
  'agreement_versions',
  'signatures',
  'audit_events',
  'idempotency_keys',
];

async function expectProblem(
  response: Response,
  status: number | ((status: number) => boolean),
  what: string,
) {
  const ok = typeof status === 'number' ? response.status === status : status(response.status);
  const text = await response.text();
  assert.ok(ok, `${what}: got ${response.status} ${text.slice(0, 300)}`);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, what);
  const parsed = Problem.safeParse(JSON.parse(text));
  assert.ok(parsed.success, `${what}: body is a problem`);
  return parsed.data!;
}

describe('bad input on every route', () => {
  let t: TestServer;
  let countsBefore: Record<string, number>;
  const counts = async () => {
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await rawRows<{ count: string | number }>(
        t.server.database.db,
        sql`select count(*) as count from ${sql.identifier(table)}`,
      );
      result[table] = Number(row!.count);
    }
    return result;
  };
  const send = (
    route: Route,
    init: {
      body?: string;
      contentType?: string;
      ifMatch?: string | null;
      path?: string;
      as?: string;
    },
  ) =>
    t.fetchAs(init.as ?? route.as, init.path ?? route.path, {
      method: route.method,
      headers: {
        ...(init.contentType !== ''
          ? { 'content-type': init.contentType ?? 'application/json' }
          : {}),
        ...(route.ifMatch && init.ifMatch !== null ? { 'if-match': init.ifMatch ?? '"1"' } : {}),
      },
      body: init.body ?? JSON.stringify(route.body),
    });

  before(async () => {
    t = await startTestServer('pglite');
    countsBefore = await counts();
  });
  after(() => t?.close());

  for (const route of ROUTES) {
    describe(`${route.method} ${route.path}`, () => {
      it('malformed JSON is a 400', async () => {
        const problem = await expectProblem(
          await send(route, { body: '{"oops": ' }),
          400,
          'malformed',
        );
        assert.equal(problem.code, 'malformed-json');
      });
      it('a body that is not JSON is a 415', async () => {
        await expectProblem(
          await send(route, { contentType: 'text/plain', body: 'hello' }),
          415,
          'text/plain',
        );
        await expectProblem(
          await send(route, { contentType: 'application/x-www-form-urlencoded', body: 'a=1' }),
          415,
          'form',
        );
      });
      it('wrong types and unknown fields are a 422 naming the fields', async () => {
        const problem = await expectProblem(
          await send(route, {
            body: JSON.stringify({ ...route.body, [route.textField]: 42, sneaky: SCRIPT }),
          }),
          422,
          'wrong types',
        );
        const paths = (problem.errors ?? []).map((error) => error.path);
        assert.ok(paths.includes('sneaky'), `unknown field reported: ${paths.join(', ')}`);
        await expectProblem(await send(route, { body: '[1, 2]' }), 422, 'array body');
        await expectProblem(await send(route, { body: 'null' }), 422, 'null body');
      });
      it('a huge body is a 413 and a too-long field a 422', async () => {
        await expectProblem(
          await send(route, {
            body: JSON.stringify({ ...route.body, [route.textField]: 'x'.repeat(200_000) }),
          }),
          413,
          'huge',
        );
        await expectProblem(
          await send(route, {
            body: JSON.stringify({ ...route.body, [route.textField]: 'x'.repeat(9_000) }),
          }),
          422,
          'long',
        );
      });
      it('an unknown id is a 404', async () => {
        const path = route.path.replace(
          /\/(requests|mentorships|goals|surveys|agreements)\/[^/]+/,
          '/$1/does-not-exist',
        );
        if (path === route.path) return; // POST /requests has no id in its path
        await expectProblem(await send(route, { path }), 404, 'unknown id');
        await expectProblem(
          await send(route, { path: path.replace('does-not-exist', '%3Cscript%3E') }),
          404,
          'script id',
        );
      });
      it("someone else's record is refused (403/404), and without sign-in it is a 401", async () => {
        if (route.path !== '/requests')
          await expectProblem(
            await send(route, { as: PERSONAS.fullMentor }),
            (s) => s === 403 || s === 404,
            'outsider',
          );
        const anonymous = await fetch(`${t.apiBase}${route.path}`, {
          method: route.method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(route.body),
        });
        await expectProblem(anonymous, 401, 'anonymous');
      });
      if (route.ifMatch)
        it('an edit without If-Match is a 428, a stale one a 412 with the current version', async () => {
          await expectProblem(await send(route, { ifMatch: null }), 428, 'no if-match');
          const stale = await expectProblem(
            await send(route, { ifMatch: '"999"' }),
            (s) => s === 412 || s === 409 || s === 422,
            'stale',
          );
          if (stale.status === 412) assert.equal(typeof stale.currentVersion, 'number');
        });
    });
  }

  it('bad query parameters are a 4xx problem', async () => {
    for (const path of [
      '/mentors?limit=abc',
      '/mentors?limit=1000',
      '/mentors?sort=random',
      '/mentors?utcOffsetMin=99',
      '/mentors?available=perhaps',
      '/mentors?hideBlocked=yes-please',
      '/requests?role=boss',
      '/requests',
      '/requests?role=mentee&status=lost',
    ])
      await expectProblem(await t.fetchAs(PERSONAS.mentee, path), 422, path);
    await expectProblem(
      await t.fetchAs(PERSONAS.mentee, '/mentors?cursor=not-a-cursor'),
      400,
      'cursor',
    );
    for (const path of [
      '/mentors/nobody',
      '/requests/nobody',
      '/mentorships/nobody',
      '/mentorships/nobody/goals',
      '/surveys/nobody',
      '/agreements/nobody',
      `/agreements/${FIXTURE_IDS.agreementAwaitingSignature}/versions/99`,
      `/agreements/${FIXTURE_IDS.agreementAwaitingSignature}/versions/abc`,
      '/nothing-here',
    ])
      await expectProblem(await t.fetchAs(PERSONAS.mentee, path), 404, path);
  });

  it('nothing was stored by any of the refused requests', async () => {
    assert.deepEqual(await counts(), countsBefore);
  });

  it('the database itself refuses to change or delete an audit event', async () => {
    const db = t.server.database.db;
    // drizzle wraps the driver's error; PostgreSQL's message is on the cause.
    const appendOnly = (error: Error & { cause?: Error }) =>
      /append-only/.test(error.cause?.message ?? error.message);
    const id = FIXTURE_IDS.agreementAwaitingSignature;
    await assert.rejects(
      db.execute(sql`update audit_events set actor_id = 'someone' where agreement_id = ${id}`),
      appendOnly,
    );
    await assert.rejects(
      db.execute(sql`delete from audit_events where agreement_id = ${id}`),
      appendOnly,
    );
    const [row] = await rawRows<{ count: string | number }>(
      db,
      sql`select count(*) as count from audit_events where agreement_id = ${id} and actor_id = 'someone'`,
    );
    assert.equal(Number(row!.count), 0);
  });

  it('text with markup is stored and returned exactly as sent', async () => {
    const message = `${SCRIPT} Hi Kwame, "quotes" & <b>tags</b> and émojis 🚀 stay as typed.`;
    const api = t.as(PERSONAS.secondMentee);
    const created = await api.createRequest({
      mentorId: PERSONAS.mentor,
      message,
      goals: [SCRIPT],
    });
    assert.equal(created.message, message);
    const raw = await t.fetchAs(PERSONAS.secondMentee, `/requests/${created.id}`);
    assert.match(raw.headers.get('content-type') ?? '', /^application\/json/);
    const body = (await raw.json()) as { message: string; goals: string[] };
    assert.equal(body.message, message);
    assert.deepEqual(body.goals, [SCRIPT]);
    const goal = await t.as(PERSONAS.mentee).createGoal(FIXTURE_IDS.activeMentorship, {
      framework: 'REAL',
      title: SCRIPT,
      description: message,
    });
    const goals = await t.as(PERSONAS.partnerMentor).listGoals(FIXTURE_IDS.activeMentorship);
    const stored = goals.items.find((item) => item.id === goal.id)!;
    assert.equal(stored.title, SCRIPT);
    assert.equal(stored.description, message);
  });
});
