// Surveys: required answers and types, one answer per person, blind two-sided feedback, anonymity.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Survey, SurveySubmission } from '../../src/contract/index.js';
import {
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
      for (const q of survey.questions.filter((q) => q.required))
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
    });
  });
}
