// Two real server processes on one PostgreSQL database, as behind a load balancer: each keeps its
// own directory index, yet a write through one is in the other's next search, capacity holds
// when accepts race across both, and an idempotent replay sent to both creates one row.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { PERSONAS } from '../../src/fixtures/index.js';
import { findConflicts, isBlocked } from '../../src/matching/index.js';
import type { MentorPage } from '../../src/contract/index.js';
import { rawRows } from '../../server/db/sql.js';
import type { ServerProcess } from '../../scripts/server-process.js';
import { postgresSkipReason, postgresUrl } from './support/test-server.js';
import {
  apiOn,
  seedPostgres,
  startPostgresServer,
  type SeededPostgres,
} from './support/server-processes.js';

const message = 'I would like to learn how you run roadmap reviews with senior stakeholders.';
const skillCount = (page: MentorPage, skill: string) =>
  page.facets.skills.find((facet) => facet.value === skill)?.count ?? 0;

describe('two server processes on one PostgreSQL', { skip: postgresSkipReason() }, () => {
  let pg: SeededPostgres;
  let one: ServerProcess;
  let two: ServerProcess;
  before(async () => {
    pg = await seedPostgres();
    [one, two] = await Promise.all([startPostgresServer(), startPostgresServer()]);
  });
  after(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await pg?.database.close();
  });

  const count = async (query: ReturnType<typeof sql>) =>
    Number((await rawRows<{ count: number | string }>(pg.database.db, query))[0]!.count);
  /** Mentees who may ask Kwame (no conflict of interest), but not the viewer nor the one with an open request. */
  const candidates = () => {
    const mentor = pg.fixture.people.find((p) => p.id === PERSONAS.mentor)!;
    return pg.fixture.mentees
      .map(({ person }) => person)
      .filter(
        (p) =>
          p.id !== PERSONAS.requester &&
          p.id !== PERSONAS.mentee &&
          !isBlocked(findConflicts(p, mentor)),
      );
  };

  it("shows a request accepted through one in the other's next search: open spots and facet counts", async () => {
    const viewer = apiOn(two, PERSONAS.mentee);
    const kwame = await viewer.getMentor(PERSONAS.mentor);
    const skill = kwame.skills[0]!;
    const card = async () =>
      (await viewer.searchMentors({ q: 'Kwame Mensah' })).items.find(
        (item) => item.mentor.id === PERSONAS.mentor,
      )!;
    const everyone = await viewer.searchMentors({ limit: 1 });
    const open = await viewer.searchMentors({ available: true, limit: 1 });
    assert.equal((await card()).openSpots, 2, 'fixture: Kwame has two open spots');

    const [first, second] = candidates();
    for (const [i, mentee] of [first!, second!].entries()) {
      const request = await apiOn(one, mentee.id).createRequest({
        mentorId: PERSONAS.mentor,
        message,
        goals: ['Run better roadmap reviews'],
      });
      await apiOn(one, PERSONAS.mentor).acceptRequest(request.id, { version: request.version });
      assert.equal((await card()).openSpots, 1 - i, `the other process saw accept ${i + 1}`);
    }

    assert.equal((await card()).notRequestableReason, 'full');
    const openNow = await viewer.searchMentors({ available: true, limit: 1 });
    assert.equal(openNow.total, open.total - 1, 'one mentor fewer with open spots');
    assert.equal(skillCount(openNow, skill), skillCount(open, skill) - 1, `"${skill}" facet`);
    const everyoneNow = await viewer.searchMentors({ limit: 1 });
    assert.equal(everyoneNow.total, everyone.total, 'a full mentor is still in the directory');
    assert.equal(everyoneNow.facets.available, everyone.facets.available - 1);
    assert.equal(skillCount(everyoneNow, skill), skillCount(everyone, skill));
  });

  it("20 simultaneous accepts spread over both processes fill exactly the mentor's 2 spots", async () => {
    await pg.reset();
    const servers = [one, two];
    const requests = [];
    for (const [i, mentee] of candidates().slice(0, 20).entries())
      requests.push(
        await apiOn(servers[i % 2]!, mentee.id).createRequest({
          mentorId: PERSONAS.mentor,
          message,
          goals: ['Run better roadmap reviews'],
        }),
      );
    assert.equal(requests.length, 20);

    const results = await Promise.allSettled(
      requests.map((request, i) =>
        apiOn(servers[i % 2]!, PERSONAS.mentor).acceptRequest(request.id, {
          version: request.version,
        }),
      ),
    );
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result] : []));
    assert.equal(results.length - refused.length, 2, 'accepted');
    for (const { reason } of refused)
      assert.deepEqual([reason.status, reason.code], [409, 'mentor-full'], String(reason));
    assert.equal(
      await count(
        sql`select count(*) as count from mentorships where mentor_id = ${PERSONAS.mentor} and status = 'active'`,
      ),
      2,
    );
    for (const server of servers) {
      const mentor = await apiOn(server, PERSONAS.mentee).getMentor(PERSONAS.mentor);
      assert.deepEqual([mentor.activeMentees, mentor.capacity], [2, 2]);
    }
  });

  it('10 replays of one idempotent POST sent to both processes create one request', async () => {
    await pg.reset();
    const [mentee] = candidates();
    const input = { mentorId: PERSONAS.mentor, message, goals: ['Grow as a tech lead'] };
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        apiOn(i % 2 ? two : one, mentee!.id).createRequest(input, {
          idempotencyKey: 'two-processes-1',
        }),
      ),
    );
    assert.equal(new Set(answers.map((answer) => answer.id)).size, 1, 'one answer for all');
    assert.equal(
      await count(
        sql`select count(*) as count from requests where mentee_id = ${mentee!.id} and mentor_id = ${PERSONAS.mentor}`,
      ),
      1,
    );
    assert.equal(
      await count(
        sql`select count(*) as count from idempotency_keys where key = 'two-processes-1'`,
      ),
      1,
    );
  });

  it('two instances starting together on an empty database migrate and seed it once', async () => {
    const name = `${new URL(postgresUrl()!).pathname.slice(1)}_fresh`;
    const url = Object.assign(new URL(postgresUrl()!), { pathname: `/${name}` }).href;
    const admin = pg.database.db;
    await admin.execute(sql.raw(`drop database if exists "${name}" with (force)`));
    await admin.execute(sql.raw(`create database "${name}"`));
    const fresh = [
      startPostgresServer({ DATABASE_URL: url }),
      startPostgresServer({ DATABASE_URL: url }),
    ];
    try {
      const [a, b] = await Promise.all(fresh);
      const seeded = [...a!.logs, ...b!.logs].filter(
        (line) => line.message === 'seeded demo program',
      );
      assert.equal(seeded.length, 1, 'one of them seeded');
      for (const server of [a!, b!]) {
        const page = await apiOn(server, PERSONAS.mentee).searchMentors({ limit: 1 });
        assert.equal(page.total, pg.fixture.mentors.length, 'both see the one program');
      }
    } finally {
      await Promise.all(
        fresh.map((started) =>
          started.then(
            (s) => s.stop(),
            () => undefined,
          ),
        ),
      );
      await admin.execute(sql.raw(`drop database if exists "${name}" with (force)`));
    }
  });
});
