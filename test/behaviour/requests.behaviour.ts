// Requests: the whole life of a request, who may move it, versions, and the rules that refuse one.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { MatchRequest, Mentorship, RequestPage } from '../../src/contract/index.js';
import { requestRefusal } from '../../src/matching/index.js';
import {
  DAY,
  assertValid,
  expectProblem,
  fieldPaths,
  requestBody,
  withHarness,
  type MakeHarness,
} from './support.js';

export function requestBehaviour(makeHarness: MakeHarness) {
  describe('the directory card and POST /requests agree on who can be requested', () => {
    const h = withHarness(makeHarness, { before, after });

    it('refuses each mentor the card marks not requestable, with the reason the card gives', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const expected: Record<string, string> = {
        [personas.fullMentor]: 'full',
        [personas.pausedMentor]: 'paused',
        [personas.menteesManager]: 'conflict-of-interest',
        [personas.partnerMentor]: 'already-mentoring',
      };
      await ana.createRequest(requestBody(personas.mentor));
      expected[personas.mentor] = 'already-requested';
      for (const [mentorId, reason] of Object.entries(expected)) {
        const mentor = await ana.getMentor(mentorId);
        const page = await ana.searchMentors({ q: mentor.name, limit: 10 });
        const card = page.items.find((item) => item.mentor.id === mentorId);
        assert.ok(card, `${mentor.name} is found`);
        assert.equal(card.notRequestableReason, reason, mentor.name);
        assert.equal(card.requestable, false);
        const refusal = requestRefusal(card.notRequestableReason!, mentor.name);
        const error = await expectProblem(ana.createRequest(requestBody(mentorId)), refusal);
        assert.equal(error.problem.detail, refusal.detail);
      }
    });
  });

  describe('request life: ask, reply, accept, and who may do what', () => {
    const h = withHarness(makeHarness, { before, after });
    let requestId = '';

    it('lets a mentee request an open mentor; both see it', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const created = await ana.createRequest(requestBody(personas.mentor));
      assertValid(MatchRequest, created, 'request');
      assert.equal(created.status, 'pending');
      assert.equal(created.version, 1);
      assert.equal(created.menteeId, personas.mentee);
      assert.ok(Date.parse(created.expiresAt) > Date.parse(created.createdAt));
      requestId = created.id;
      const mine = await ana.listRequests({ role: 'mentee' });
      assertValid(RequestPage, mine, 'request page');
      assert.ok(mine.items.some((r) => r.id === requestId));
      const inbox = await h()
        .as(personas.mentor)
        .listRequests({ role: 'mentor', status: ['pending'] });
      assert.ok(inbox.items.some((r) => r.id === requestId));
      assert.ok(inbox.items.every((r) => r.status === 'pending' && r.mentorId === personas.mentor));
    });

    it('refuses a second open request to the same mentor', async () => {
      const { personas } = h();
      await expectProblem(
        h().as(personas.mentee).createRequest(requestBody(personas.mentor, 'Another goal')),
        {
          status: 409,
          code: 'duplicate-request',
        },
      );
    });

    it('lets the mentor ask a question and the mentee reply', async () => {
      const { personas } = h();
      const asked = await h()
        .as(personas.mentor)
        .askRequest(requestId, 'Which meeting would you like to prepare first?', { version: 1 });
      assert.equal(asked.status, 'needs-info');
      assert.equal(asked.version, 2);
      assert.deepEqual(
        asked.thread.map((m) => [m.kind, m.authorId]),
        [['question', personas.mentor]],
      );
      assert.ok(asked.firstAnsweredAt, 'a question counts as a first answer');
      const replied = await h()
        .as(personas.mentee)
        .replyRequest(requestId, 'The quarterly roadmap review.', { version: 2 });
      assert.equal(replied.status, 'pending');
      assert.equal(replied.version, 3);
      assert.deepEqual(
        replied.thread.map((m) => m.text),
        ['Which meeting would you like to prepare first?', 'The quarterly roadmap review.'],
      );
    });

    it('lets only the right party move the request', async () => {
      const { personas } = h();
      await expectProblem(h().as(personas.mentee).acceptRequest(requestId, { version: 3 }), {
        status: 403,
        code: 'forbidden',
      });
      await expectProblem(h().as(personas.mentor).withdrawRequest(requestId, { version: 3 }), {
        status: 403,
        code: 'forbidden',
      });
      await expectProblem(
        h().as(personas.mentee).askRequest(requestId, 'Me asking?', { version: 3 }),
        { status: 403 },
      );
      await expectProblem(h().as(personas.secondMentee).getRequest(requestId), {
        status: [403, 404],
      });
      await expectProblem(h().as(personas.secondMentee).acceptRequest(requestId, { version: 3 }), {
        status: [403, 404],
      });
      const unchanged = await h().as(personas.mentee).getRequest(requestId);
      assert.deepEqual([unchanged.status, unchanged.version], ['pending', 3]);
    });

    it('refuses a change made on a stale version, naming the current one', async () => {
      const { personas } = h();
      const error = await expectProblem(
        h().as(personas.mentor).acceptRequest(requestId, { version: 1 }),
        { status: 412 },
      );
      assert.equal(error.problem.currentVersion, 3);
    });

    it('accepting opens a mentorship (with an agreement) and takes a spot', async () => {
      const { personas } = h();
      const kwame = h().as(personas.mentor);
      const accepted = await kwame.acceptRequest(requestId, { version: 3 });
      assert.equal(accepted.status, 'accepted');
      assert.ok(accepted.mentorshipId);
      const mentorship = await h().as(personas.mentee).getMentorship(accepted.mentorshipId);
      assertValid(Mentorship, mentorship, 'mentorship');
      assert.deepEqual(
        [mentorship.menteeId, mentorship.mentorId, mentorship.status],
        [personas.mentee, personas.mentor, 'active'],
      );
      assert.ok(mentorship.agreementId);
      const mine = await kwame.listMentorships();
      assert.ok(mine.items.some((m) => m.id === mentorship.id));
      assert.equal((await kwame.getMentor(personas.mentor)).activeMentees, 1);
    });

    it('refuses moves from a final state, and a second mentorship for the same pair', async () => {
      const { personas } = h();
      await expectProblem(h().as(personas.mentee).withdrawRequest(requestId, { version: 4 }), {
        status: 409,
        code: 'invalid-transition',
      });
      await expectProblem(h().as(personas.mentor).acceptRequest(requestId, { version: 4 }), {
        status: 409,
        code: 'invalid-transition',
      });
      await expectProblem(h().as(personas.mentee).createRequest(requestBody(personas.mentor)), {
        status: 409,
        code: 'active-mentorship-exists',
      });
    });

    it('lets the mentor decline with a reason and a note; the mentee may ask again later', async () => {
      const { personas } = h();
      const pending = await h().as(personas.mentor).getRequest(personas.pendingRequest);
      const declined = await h()
        .as(personas.mentor)
        .declineRequest(
          personas.pendingRequest,
          { reason: 'busy', note: 'I am travelling until March.' },
          { version: pending.version },
        );
      assert.equal(declined.status, 'declined');
      assert.deepEqual(declined.decline, { reason: 'busy', note: 'I am travelling until March.' });
      const again = await h().as(personas.requester).createRequest(requestBody(personas.mentor));
      assert.equal(again.status, 'pending');
    });

    it('lets the mentee withdraw', async () => {
      const { personas } = h();
      const li = h().as(personas.secondMentee);
      const created = await li.createRequest(
        requestBody(personas.partnerMentor, 'Grow my technical depth'),
      );
      const withdrawn = await li.withdrawRequest(created.id, { version: created.version });
      assert.equal(withdrawn.status, 'withdrawn');
      assert.equal(withdrawn.version, created.version + 1);
    });
  });

  describe('requests that are refused', () => {
    const h = withHarness(makeHarness, { before, after });

    it('blocks a request to someone in the mentee’s management line', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const before = (await ana.listRequests({ role: 'mentee' })).items.length;
      const error = await expectProblem(ana.createRequest(requestBody(personas.menteesManager)), {
        status: [403, 422],
        code: 'conflict-of-interest',
      });
      assert.ok(error.message.length > 0);
      assert.equal(
        (await ana.listRequests({ role: 'mentee' })).items.length,
        before,
        'nothing was created',
      );
    });

    it('refuses full and paused mentors', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      await expectProblem(ana.createRequest(requestBody(personas.fullMentor)), {
        status: 409,
        code: 'mentor-full',
      });
      await expectProblem(ana.createRequest(requestBody(personas.pausedMentor)), {
        status: 409,
        code: 'mentor-paused',
      });
    });

    it('lets only mentees send requests', async () => {
      const { personas } = h();
      await expectProblem(h().as(personas.admin).createRequest(requestBody(personas.mentor)), {
        status: 403,
        code: 'forbidden',
      });
    });

    it('names each invalid field', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const error = await expectProblem(
        ana.createRequest({ mentorId: personas.mentor, message: 'too short', goals: [] }),
        { status: [400, 422], code: 'validation' },
      );
      assert.ok(fieldPaths(error).includes('message'), `paths: ${fieldPaths(error).join(', ')}`);
      assert.ok(fieldPaths(error).includes('goals'));
      assert.ok(error.fieldErrors.every((e) => e.message.length > 0));
      const unknown = await expectProblem(ana.createRequest(requestBody('no-such-mentor')), {
        status: [404, 422],
      });
      if (unknown.status === 422) assert.ok(fieldPaths(unknown).includes('mentorId'));
      const extra = await expectProblem(
        ana.createRequest({ ...requestBody(personas.mentor), priority: 'high' } as never),
        { status: [400, 422] },
      );
      assert.ok(fieldPaths(extra).some((path) => path.includes('priority')));
    });
  });

  describe('request expiry', () => {
    const h = withHarness(makeHarness, { before, after });

    it('expires an unanswered request after the configured days', async (t) => {
      const harness = h();
      if (!harness.advanceTime) return t.skip('this backend cannot move its clock');
      const { personas } = harness;
      const created = await harness
        .as(personas.secondMentee)
        .createRequest(requestBody(personas.mentor, 'Lead my first cross-team project'));
      const days = Math.ceil((Date.parse(created.expiresAt) - Date.parse(created.createdAt)) / DAY);
      await harness.advanceTime((days + 1) * DAY);
      const kwame = harness.as(personas.mentor);
      const expired = await kwame.getRequest(created.id);
      assert.equal(expired.status, 'expired');
      await expectProblem(kwame.acceptRequest(created.id, { version: expired.version }), {
        status: 409,
        code: 'invalid-transition',
      });
      // Expired requests no longer block a new one.
      const again = await harness
        .as(personas.secondMentee)
        .createRequest(requestBody(personas.mentor, 'Lead my first cross-team project'));
      assert.equal(again.status, 'pending');
    });
  });

  describe('request expiry on a new request', () => {
    const h = withHarness(makeHarness, { before, after });

    it('lets a mentee ask again at once when their overdue request was not read since', async (t) => {
      const harness = h();
      if (!harness.advanceTime) return t.skip('this backend cannot move its clock');
      const { personas } = harness;
      const diego = harness.as(personas.requester);
      const [first] = (await diego.listRequests({ role: 'mentee', status: ['pending'] })).items;
      assert.ok(first, 'Diego starts with a pending request');
      await harness.advanceTime(Date.parse(first.expiresAt) - Date.parse(first.createdAt) + DAY);
      // No read in between: the create itself must treat the first request as expired.
      const again = await diego.createRequest(
        requestBody(first.mentorId, 'Prepare my first board presentation'),
      );
      assert.equal(again.status, 'pending');
      assert.equal((await diego.getRequest(first.id)).status, 'expired');
      const inbox = await harness.as(first.mentorId).listRequests({ role: 'mentor' });
      const open = inbox.items.filter(
        (r) => r.menteeId === first.menteeId && r.status === 'pending',
      );
      assert.deepEqual(
        open.map((r) => r.id),
        [again.id],
      );
    });
  });
}
