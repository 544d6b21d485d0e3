// Surveys: required answers and types, one answer per person, blind two-sided feedback, anonymity.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DueSurvey, Survey, SurveyResults, SurveySubmission } from '../../src/contract/index.js';
import {
  DAY,
  assertValid,
  expectProblem,
  fieldPaths,
  withHarness,
  type MakeHarness,
} from './support.js';

const goodPulse = {
  relationship: 4,
  'meeting-as-agreed': true,
  'goal-progress': 3,
  recommend: 9,
  format: 'video',
  topics: ['career', 'skills'],
  'one-word': 'Practical',
  'what-would-help': 'A reminder before each session.',
};

export function surveyBehaviour(makeHarness: MakeHarness) {
  describe('pulse survey', () => {
    const h = withHarness(makeHarness, { before, after });

    it('shows the questions and whether I already answered', async () => {
      const { personas } = h();
      const survey = await h().as(personas.mentee).getSurvey(personas.pulseSurvey);
      assertValid(Survey, survey, 'survey');
      assert.equal(survey.submitted, false);
      assert.deepEqual(
        new Set(survey.questions.map((q) => q.type)),
        new Set(['rating', 'yes-no', 'nps', 'single', 'multiple', 'short-text', 'long-text']),
      );
    });

    it('names every missing or wrong answer', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const missing = await expectProblem(ana.submitSurvey(personas.pulseSurvey, { answers: {} }), {
        status: 422,
        code: 'validation',
      });
      const survey = await ana.getSurvey(personas.pulseSurvey);
      for (const q of survey.questions.filter((q) => q.required && !q.showIf))
        assert.ok(fieldPaths(missing).includes(`answers.${q.id}`), q.id);
      const wrong = await expectProblem(
        ana.submitSurvey(personas.pulseSurvey, {
          answers: {
            ...goodPulse,
            relationship: 9,
            recommend: 11,
            format: 'telepathy',
            topics: ['career', 'skills', 'network', 'wellbeing'],
            'meeting-as-agreed': 'sometimes',
          },
        }),
        { status: 422 },
      );
      for (const id of ['relationship', 'recommend', 'format', 'topics', 'meeting-as-agreed'])
        assert.ok(fieldPaths(wrong).includes(`answers.${id}`), id);
      assert.equal((await ana.getSurvey(personas.pulseSurvey)).submitted, false, 'nothing stored');
    });

    it('replays a submit sent again with the same idempotency key', async () => {
      const { personas } = h();
      const li = h().as(personas.secondMentee);
      const first = await li.submitSurvey(
        personas.pulseSurvey,
        { answers: goodPulse },
        { idempotencyKey: 'pulse-li-1' },
      );
      const replay = await li.submitSurvey(
        personas.pulseSurvey,
        { answers: goodPulse },
        { idempotencyKey: 'pulse-li-1' },
      );
      assert.equal(replay.response.id, first.response.id);
      assert.equal((await li.getSurvey(personas.pulseSurvey)).submitted, true);
    });

    it('stores one answer per person', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const submission = await ana.submitSurvey(personas.pulseSurvey, { answers: goodPulse });
      assertValid(SurveySubmission, submission, 'submission');
      assert.equal(submission.response.authorId, personas.mentee, 'I see my own name on my answer');
      assert.equal(submission.response.anonymous, true, 'this survey is anonymous to the partner');
      assert.equal((await ana.getSurvey(personas.pulseSurvey)).submitted, true);
      await expectProblem(ana.submitSurvey(personas.pulseSurvey, { answers: goodPulse }), {
        status: 409,
        code: 'already-submitted',
      });
    });
  });

  describe('two-sided check-in', () => {
    const h = withHarness(makeHarness, { before, after });

    it('is only for the two partners', async () => {
      const { personas } = h();
      await expectProblem(h().as(personas.secondMentee).getSurvey(personas.checkInSurvey), {
        status: [403, 404],
      });
      await expectProblem(
        h()
          .as(personas.secondMentee)
          .submitSurvey(personas.checkInSurvey, {
            answers: { 'session-useful': 3, 'next-step-clear': true },
          }),
        { status: [403, 404] },
      );
    });

    it('hides each side’s answers until both answered, and never names an anonymous author', async () => {
      const { personas } = h();
      const first = await h()
        .as(personas.mentee)
        .submitSurvey(personas.checkInSurvey, {
          answers: {
            'session-useful': 5,
            'next-step-clear': true,
            note: 'Thanks for the tough questions!',
          },
          anonymous: true,
        });
      assert.equal(first.waitingForPartner, true);
      assert.equal(
        first.partnerResponse,
        null,
        'nothing of the partner is shown before they answer',
      );
      assert.equal(first.response.authorId, personas.mentee);
      const waiting = await h().as(personas.mentee).getMySurveyResponse(personas.checkInSurvey);
      assert.equal(waiting.waitingForPartner, true);
      assert.equal(waiting.partnerResponse, null);

      const second = await h()
        .as(personas.partnerMentor)
        .submitSurvey(personas.checkInSurvey, {
          answers: { 'session-useful': 4, 'next-step-clear': false },
        });
      assert.equal(second.waitingForPartner, false);
      assert.ok(second.partnerResponse, 'once both answered, the partner’s answers are shown');
      assert.equal(second.partnerResponse.answers['session-useful'], 5);
      assert.equal(second.partnerResponse.answers.note, 'Thanks for the tough questions!');
      assert.equal(second.partnerResponse.authorId, null, 'the anonymous author is not revealed');
      assert.equal(second.partnerResponse.anonymous, true);
      assert.equal(second.response.authorId, personas.partnerMentor);
      const revealed = await h().as(personas.mentee).getMySurveyResponse(personas.checkInSurvey);
      assert.equal(revealed.waitingForPartner, false);
      assert.equal(revealed.partnerResponse?.answers['session-useful'], 4, 'now Ana sees Priya');
      assert.equal(revealed.partnerResponse?.authorId, personas.partnerMentor);
    });
  });

  describe('show-if rules and reading my answers', () => {
    const h = withHarness(makeHarness, { before, after });

    it('asks a follow-up only when an earlier answer calls for it, across sections', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const notMeeting = { ...goodPulse, 'meeting-as-agreed': false };
      const missing = await expectProblem(
        ana.submitSurvey(personas.pulseSurvey, { answers: notMeeting }),
        { status: 422 },
      );
      assert.deepEqual(fieldPaths(missing), ['answers.obstacles'], 'the follow-up is now required');
      const hidden = await expectProblem(
        ana.submitSurvey(personas.pulseSurvey, {
          answers: { ...goodPulse, obstacles: ['workload'] },
        }),
        { status: 422 },
      );
      assert.deepEqual(fieldPaths(hidden), ['answers.obstacles'], 'a hidden answer is refused');
      const tooMany = await expectProblem(
        ana.submitSurvey(personas.pulseSurvey, {
          answers: { ...notMeeting, obstacles: ['workload', 'travel', 'scheduling'] },
        }),
        { status: 422 },
      );
      assert.ok(fieldPaths(tooMany).includes('answers.obstacles'));
    });

    it('gives me my own answers back, and nobody else', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      await expectProblem(ana.getMySurveyResponse(personas.pulseSurvey), { status: 404 });
      const answers = { ...goodPulse, 'meeting-as-agreed': false, obstacles: ['travel'] };
      await ana.submitSurvey(personas.pulseSurvey, { answers });
      const mine = await ana.getMySurveyResponse(personas.pulseSurvey);
      assertValid(SurveySubmission, mine, 'my answers');
      assert.deepEqual(mine.response.answers, answers);
      assert.equal(mine.response.authorId, personas.mentee);
      await expectProblem(h().as(personas.secondMentee).getMySurveyResponse(personas.pulseSurvey), {
        status: 404,
      });
    });
  });

  describe('due survey, closing and results', () => {
    const h = withHarness(makeHarness, { before, after });

    it('finds the survey due in a mentorship, then the next, then none', async () => {
      const { personas } = h();
      const ana = h().as(personas.mentee);
      const first = await ana.getDueSurvey(personas.activeMentorship);
      assertValid(DueSurvey, first, 'due survey');
      assert.equal(first.survey?.id, personas.checkInSurvey, 'the check-in comes first');
      await ana.submitSurvey(personas.checkInSurvey, {
        answers: { 'session-useful': 4, 'next-step-clear': true },
      });
      const second = await ana.getDueSurvey(personas.activeMentorship);
      assert.equal(second.survey?.id, personas.pulseSurvey, 'then the program pulse');
      await ana.submitSurvey(personas.pulseSurvey, { answers: goodPulse });
      assert.equal((await ana.getDueSurvey(personas.activeMentorship)).survey, null);
      await expectProblem(h().as(personas.secondMentee).getDueSurvey(personas.activeMentorship), {
        status: [403, 404],
      });
    });

    it('shows admins the response rate, NPS and distributions, withholding small groups', async () => {
      const { personas } = h();
      await expectProblem(h().as(personas.mentee).getSurveyResults(personas.pulseSurvey), {
        status: 403,
      });
      const results = await h().as(personas.admin).getSurveyResults(personas.pulseSurvey);
      assertValid(SurveyResults, results, 'results');
      assert.ok(results.responses >= results.minGroupSize);
      assert.ok(results.responseRate !== null && results.responseRate > 0);
      const nps = results.questions.find((q) => q.questionId === 'recommend')!;
      assert.ok(nps.nps, 'NPS is given');
      assert.equal(nps.nps.promoters + nps.nps.passives + nps.nps.detractors, nps.answered);
      const rating = results.questions.find((q) => q.questionId === 'relationship')!;
      assert.equal(rating.distribution.length, 5);
      assert.equal(
        rating.distribution.reduce((sum, row) => sum + row.count, 0),
        rating.answered,
      );
      const text = results.questions.find((q) => q.questionId === 'one-word')!;
      assert.ok(text.texts.length > 0);
      assert.ok(!JSON.stringify(results).includes('authorId'), 'results never name anyone');

      const small = await h().as(personas.admin).getSurveyResults(personas.checkInSurvey);
      assert.equal(small.invited, 2);
      for (const question of small.questions) {
        assert.equal(question.withheld, true, question.questionId);
        assert.deepEqual(question.distribution, []);
        assert.deepEqual(question.texts, []);
      }
    });

    it('refuses answers once the survey has closed', async (t) => {
      const { personas, advanceTime } = h();
      if (!advanceTime) return t.skip('no clock control');
      await advanceTime(8 * DAY);
      const ana = h().as(personas.mentee);
      assert.equal((await ana.getSurvey(personas.checkInSurvey)).status, 'closed');
      await expectProblem(
        ana.submitSurvey(personas.checkInSurvey, {
          answers: { 'session-useful': 4, 'next-step-clear': true },
        }),
        { status: 409, code: 'survey-closed' },
      );
      assert.notEqual(
        (await ana.getDueSurvey(personas.activeMentorship)).survey?.id,
        personas.checkInSurvey,
        'a closed survey is not due',
      );
    });
  });
}
