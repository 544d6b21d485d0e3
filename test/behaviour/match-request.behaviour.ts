// What <mentor-match-request> relies on: the request's preferences are kept, a mentor can be
// checked before typing, accepting a mentee's last allowed mentorship withdraws their other open
// requests (and says why), and a mentor's availability follows the program's limits.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { MentoringApi } from '../../src/client/api.js';
import { MatchRequest, MentorCard, MentorProfile, RequestPage } from '../../src/contract/index.js';
import {
  assertValid,
  expectProblem,
  fieldPaths,
  requestBody,
  withHarness,
  type MakeHarness,
} from './support.js';

const DAY = 86_400_000;
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/** A mentor Ana can ask who is none of the personas (open, with a spot, not her manager). */
async function openMentor(ana: MentoringApi, except: string[]): Promise<string> {
  const page = await ana.searchMentors({ available: true, limit: 50 });
  const card = page.items.find((c) => c.requestable && !except.includes(c.mentor.id));
  assert.ok(card, 'an open mentor for Ana');
  return card.mentor.id;
}

export function matchRequestBehaviour(makeHarness: MakeHarness) {
  describe('match request: preferences, checks before typing, auto-withdrawal', () => {
    const h = withHarness(makeHarness, { before, after });

    it('keeps the expectations and preferences the mentee sent', async () => {
      const { personas } = h();
      const created = await h()
        .as(personas.mentee)
        .createRequest({
          ...requestBody(personas.mentor),
          expectations: '  Honest feedback on my drafts.  ',
          preferences: { cadence: 'weekly', format: 'in-person', durationWeeks: 16 },
        });
      assertValid(MatchRequest, created, 'request');
      assert.equal(created.expectations, 'Honest feedback on my drafts.');
      assert.deepEqual(created.preferences, {
        cadence: 'weekly',
        format: 'in-person',
        durationWeeks: 16,
      });
      assert.equal(created.withdrawnReason, null);
    });

    it('tells the mentor how well each mentee in the inbox matches them', async () => {
      const { personas } = h();
      const inbox = await h().as(personas.mentor).listRequests({ role: 'mentor' });
      assertValid(RequestPage, inbox, 'inbox');
      const fromAna = inbox.items.find((r) => r.menteeId === personas.mentee);
      assert.ok(fromAna?.match, 'the inbox carries the match');
      assert.ok(fromAna.match.score > 0 && fromAna.match.reasons.length > 0);
      const mine = await h().as(personas.mentee).listRequests({ role: 'mentee' });
      assert.ok(
        mine.items.every((r) => r.match === undefined),
        'not on the mentee side',
      );
    });

    it('refuses a too-short message, more than three goals and a 30-week duration, by field', async () => {
      const { personas } = h();
      const error = await expectProblem(
        h()
          .as(personas.secondMentee)
          .createRequest({
            mentorId: personas.mentor,
            message: 'Short, under thirty.',
            goals: ['One', 'Two', 'Three', 'Four'],
            preferences: { durationWeeks: 30 },
          }),
        { status: 422, code: 'validation' },
      );
      const paths = fieldPaths(error);
      for (const path of ['message', 'goals', 'preferences.durationWeeks'])
        assert.ok(paths.includes(path), `${path} in ${paths.join(', ')}`);
    });

    it('tells the mentee before typing whether a mentor can be asked, and why not', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const asked = await ana.getMentorMatch(personas.mentor);
      assertValid(MentorCard, asked, 'card');
      assert.equal(asked.notRequestableReason, 'already-requested');
      assert.equal((await ana.getMentorMatch(personas.fullMentor)).notRequestableReason, 'full');
      assert.equal(
        (await ana.getMentorMatch(personas.menteesManager)).notRequestableReason,
        'conflict-of-interest',
      );
      assert.ok(asked.match.reasons.length > 0, 'the score is explained');
      await expectProblem(ana.getMentorMatch('nobody-here'), { status: 404 });
    });

    it('withdraws the other open requests when the mentee starts their last allowed mentorship', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const me = await ana.getMe();
      assert.equal(me.settings.maxActiveMentorshipsPerMentee, 2, 'the demo program allows two');
      const otherId = await openMentor(ana, [personas.mentor]);
      const other = await ana.createRequest(requestBody(otherId, 'Speak up in design reviews'));
      const mine = await ana.listRequests({ role: 'mentee', status: ['pending'] });
      const toKwame = mine.items.find((r) => r.mentorId === personas.mentor)!;
      await h().as(personas.mentor).acceptRequest(toKwame.id, { version: toKwame.version });

      const closed = await ana.getRequest(other.id);
      assert.equal(closed.status, 'withdrawn');
      assert.equal(closed.withdrawnReason, 'matched-elsewhere');
      assert.equal(closed.version, other.version + 1);
      const inbox = await h()
        .as(otherId)
        .listRequests({ role: 'mentor', status: ['withdrawn'] });
      assert.ok(
        inbox.items.some((r) => r.id === other.id && r.withdrawnReason === 'matched-elsewhere'),
      );
      // At the limit now: no new request, and the cards say why before typing.
      const page = await ana.searchMentors({ available: true, limit: 50 });
      const third = page.items.find((c) => c.notRequestableReason === 'mentorship-limit')?.mentor
        .id;
      assert.ok(third, 'open mentors now say the mentee is at the limit');
      assert.equal((await ana.getMentorMatch(third)).notRequestableReason, 'mentorship-limit');
      await expectProblem(ana.createRequest(requestBody(third)), {
        status: 409,
        code: 'mentorship-limit',
      });
    });

    it('records who withdrew: the mentee', async () => {
      const { personas } = h();
      const li = h().as(personas.secondMentee);
      const created = await li.createRequest(requestBody(personas.mentor));
      const withdrawn = await li.withdrawRequest(created.id, { version: created.version });
      assert.equal(withdrawn.withdrawnReason, 'mentee');
    });
  });

  describe('mentor availability: capacity within limits, pause, decline the open ones', () => {
    const h = withHarness(makeHarness, { before, after });

    it('changes capacity within the program limit, never below the current load', async () => {
      const { personas } = h();
      const kwame = h().as(personas.mentor);
      const me = await kwame.getMe();
      assert.ok(me.mentor, 'a mentor sees their own profile on /me');
      const max = me.settings.mentorCapacityMax;
      const raised = await kwame.updateAvailability({ capacity: max, pausedUntil: null });
      assertValid(MentorProfile, raised, 'profile');
      assert.equal(raised.capacity, max);
      const card = await h().as(personas.mentee).getMentorMatch(personas.mentor);
      assert.equal(card.openSpots, max - raised.activeMentees);
      const over = await expectProblem(
        kwame.updateAvailability({ capacity: max + 1, pausedUntil: null }),
        { status: 422 },
      );
      assert.deepEqual(fieldPaths(over), ['capacity']);
      const marta = h().as(personas.fullMentor); // one active mentee
      const below = await expectProblem(
        marta.updateAvailability({ capacity: 0, pausedUntil: null }),
        {
          status: 422,
        },
      );
      assert.deepEqual(fieldPaths(below), ['capacity']);
    });

    it('pauses until a date, declining the open requests with one note; the directory shows it', async () => {
      const { personas } = h();
      const kwame = h().as(personas.mentor);
      const before = await kwame.listRequests({
        role: 'mentor',
        status: ['pending', 'needs-info'],
      });
      assert.ok(before.items.length > 0, 'Kwame has open requests');
      await expectProblem(kwame.updateAvailability({ capacity: 2, pausedUntil: isoDay(-3) }), {
        status: 422,
      });
      const paused = await kwame.updateAvailability({
        capacity: 2,
        pausedUntil: isoDay(30),
        declineOpen: { note: 'On parental leave until next quarter.' },
      });
      assert.equal(paused.availability.status, 'paused');
      const after = await kwame.listRequests({ role: 'mentor', status: ['pending', 'needs-info'] });
      assert.equal(after.items.length, 0);
      const declined = await h().as(personas.requester).getRequest(before.items[0]!.id);
      assert.deepEqual(declined.decline, {
        reason: 'busy',
        note: 'On parental leave until next quarter.',
      });
      const card = await h().as(personas.mentee).getMentorMatch(personas.mentor);
      assert.equal(card.notRequestableReason, 'paused');
      await expectProblem(
        h().as(personas.mentee).updateAvailability({ capacity: 1, pausedUntil: null }),
        {
          status: 403,
        },
      );
    });
  });
}
