// Capacity under concurrent accepts and idempotent replays, on PGlite and (when reachable) on a
// real PostgreSQL, where the requests truly run in parallel on separate connections.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { PERSONAS } from '../../src/fixtures/index.js';
import { findConflicts, isBlocked } from '../../src/matching/index.js';
import { rawRows } from '../../server/db/sql.js';
import {
  postgresSkipReason,
  startTestServer,
  type Backend,
  type TestServer,
} from './support/test-server.js';

const message = 'I would like to learn how you run roadmap reviews with senior stakeholders.';

function concurrencySuite(backend: Backend, skip: string | false) {
  describe(`concurrency on ${backend}`, { skip }, () => {
    let t: TestServer;
    before(async () => {
      t = await startTestServer(backend);
    });
    after(() => t?.close());

    it('20 simultaneous accepts for a mentor with 2 open spots: exactly 2 succeed, 18 are told the mentor is full', async () => {
      const mentorId = PERSONAS.mentor;
      const mentor = await t.as(PERSONAS.mentee).getMentor(mentorId);
      assert.equal(mentor.capacity - mentor.activeMentees, 2, 'fixture: Kwame has two open spots');
      const mentorPerson = t.fixture.people.find((p) => p.id === mentorId)!;
      const candidates = t.fixture.mentees
        .filter(
          ({ person }) =>
            person.id !== PERSONAS.requester && !isBlocked(findConflicts(person, mentorPerson)),
        )
        .slice(0, 20);
      assert.equal(candidates.length, 20);
      const created = [];
      for (const { person } of candidates)
        created.push(
          await t
            .as(person.id)
            .createRequest({ mentorId, message, goals: ['Run better roadmap reviews'] }),
        );

      const kwame = t.as(mentorId);
      const results = await Promise.allSettled(
        created.map((request) => kwame.acceptRequest(request.id, { version: request.version })),
      );
      const accepted = results.filter((result) => result.status === 'fulfilled');
      const refused = results.filter((result) => result.status === 'rejected');
      assert.equal(accepted.length, 2);
      assert.equal(refused.length, 18);
      for (const result of refused) {
        const error = (result as PromiseRejectedResult).reason as {
          status?: number;
          code?: string;
          message: string;
        };
        assert.equal(error.status, 409);
        assert.equal(error.code, 'mentor-full');
        assert.match(error.message, /no open spots/i);
      }
      const after = await t.as(PERSONAS.mentee).getMentor(mentorId);
      assert.equal(after.activeMentees, 2);
      const rows = await rawRows<{ count: number | string }>(
        t.server.database.db,
        sql`select count(*) as count from mentorships where mentor_id = ${mentorId} and status = 'active'`,
      );
      assert.equal(Number(rows[0]!.count), 2);
    });

    it('10 simultaneous replays of one idempotent POST create one request and all get the same answer', async () => {
      const menteeId = PERSONAS.secondMentee;
      const target = (
        await t.as(menteeId).searchMentors({ available: true, limit: 20 })
      ).items.find((card) => card.requestable);
      assert.ok(target, 'a requestable mentor exists for Li');
      const api = t.as(menteeId);
      const input = { mentorId: target.mentor.id, message, goals: ['Grow as a tech lead'] };
      const answers = await Promise.all(
        Array.from({ length: 10 }, () =>
          api.createRequest(input, { idempotencyKey: 'li-request-1' }),
        ),
      );
      assert.equal(new Set(answers.map((answer) => answer.id)).size, 1);
      const rows = await rawRows<{ count: number | string }>(
        t.server.database.db,
        sql`select count(*) as count from requests where mentee_id = ${menteeId} and mentor_id = ${target.mentor.id}`,
      );
      assert.equal(Number(rows[0]!.count), 1);
    });

    it('the same Idempotency-Key with a different body is refused with 422', async () => {
      const api = t.as(PERSONAS.secondMentee);
      const mentors = (await api.searchMentors({ available: true, limit: 20 })).items.filter(
        (card) => card.requestable,
      );
      await api.createRequest(
        { mentorId: mentors[0]!.mentor.id, message, goals: ['One'] },
        { idempotencyKey: 'li-request-2' },
      );
      await assert.rejects(
        api.createRequest(
          { mentorId: mentors[1]!.mentor.id, message, goals: ['Two'] },
          { idempotencyKey: 'li-request-2' },
        ),
        (error: { status?: number; code?: string }) =>
          error.status === 422 && error.code === 'idempotency-key-reused',
      );
    });
  });
}

concurrencySuite('pglite', false);
concurrencySuite('postgres', postgresSkipReason());
