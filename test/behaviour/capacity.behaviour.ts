// Capacity and idempotency: a mentor is never over-booked, a replayed submit creates nothing twice.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ProblemError } from '../../src/client/errors.js';
import { expectProblem, requestBody, withHarness, type MakeHarness } from './support.js';

export function capacityBehaviour(makeHarness: MakeHarness) {
  describe('mentor capacity', () => {
    const h = withHarness(makeHarness, { before, after });

    it('never exceeds capacity, even with two accepts at the same instant', async () => {
      const { personas } = h();
      const kwame = h().as(personas.mentor);
      assert.equal((await kwame.getMentor(personas.mentor)).capacity, 2);
      const fromAna = await h().as(personas.mentee).createRequest(requestBody(personas.mentor));
      const fromLi = await h()
        .as(personas.secondMentee)
        .createRequest(requestBody(personas.mentor, 'Lead my first cross-team project'));
      const diego = await kwame.getRequest(personas.pendingRequest);
      await kwame.acceptRequest(diego.id, { version: diego.version }); // one spot left

      const results = await Promise.allSettled([
        kwame.acceptRequest(fromAna.id, { version: fromAna.version }),
        kwame.acceptRequest(fromLi.id, { version: fromLi.version }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      assert.equal(won.length, 1, 'exactly one accept wins the last spot');
      assert.equal(lost.length, 1);
      assert.ok(lost[0]!.reason instanceof ProblemError);
      assert.equal((lost[0]!.reason as ProblemError).status, 409);
      assert.equal((lost[0]!.reason as ProblemError).code, 'mentor-full');

      const mentor = await kwame.getMentor(personas.mentor);
      assert.equal(mentor.activeMentees, 2);
      const loser = [fromAna, fromLi][results.indexOf(lost[0]!)]!;
      assert.equal(
        (await kwame.getRequest(loser.id)).status,
        'pending',
        'the refused request is still waiting',
      );
      const card = (await h().as(personas.secondMentee).searchMentors({ q: 'Kwame Mensah' }))
        .items[0]!;
      assert.equal(card.openSpots, 0);
      assert.equal(card.requestable, false);
    });

    it('refuses new requests to a mentor who became full', async () => {
      const { personas } = h();
      const error = await expectProblem(
        h().as(personas.requester).createRequest(requestBody(personas.mentor)),
        { status: 409 },
      );
      assert.ok(
        ['mentor-full', 'duplicate-request', 'active-mentorship-exists'].includes(error.code ?? ''),
      );
      await expectProblem(h().as(personas.mentee).createRequest(requestBody(personas.fullMentor)), {
        status: 409,
        code: 'mentor-full',
      });
    });
  });

  describe('idempotent submits', () => {
    const h = withHarness(makeHarness, { before, after });

    it('returns the first result for a replayed key and body, creating nothing twice', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const body = requestBody(personas.mentor);
      const first = await ana.createRequest(body, { idempotencyKey: 'submit-ana-kwame-1' });
      const replay = await ana.createRequest(body, { idempotencyKey: 'submit-ana-kwame-1' });
      assert.equal(replay.id, first.id);
      const toKwame = (await ana.listRequests({ role: 'mentee', limit: 100 })).items.filter(
        (r) => r.mentorId === personas.mentor,
      );
      assert.equal(toKwame.length, 1);
    });

    it('refuses the same key with a different body', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      await expectProblem(
        ana.createRequest(requestBody(personas.partnerMentor, 'Something else'), {
          idempotencyKey: 'submit-ana-kwame-1',
        }),
        {
          status: 422,
          code: 'idempotency-key-reused',
        },
      );
    });

    it('creates a goal once per key', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const input = {
        framework: 'SMART' as const,
        title: 'Run one design critique per month',
        criteria: { measurable: 'Six critiques held by June.' },
        dueDate: '2027-06-30',
      };
      const a = await ana.createGoal(personas.activeMentorship, input, {
        idempotencyKey: 'goal-critique',
      });
      const b = await ana.createGoal(personas.activeMentorship, input, {
        idempotencyKey: 'goal-critique',
      });
      assert.equal(a.id, b.id);
      const goals = await ana.listGoals(personas.activeMentorship);
      assert.equal(goals.items.filter((g) => g.title === input.title).length, 1);
    });
  });
}
