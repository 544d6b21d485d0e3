// The survey rules shared by the server, the memory API and the widget: show-if (also across
// sections and in chains), answer checks, what is sent, definitions, due survey and results.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Question, Survey } from '../../src/contract/index.js';
import {
  answerProblem,
  answersToSend,
  checkDefinition,
  conditionHolds,
  pickDueSurvey,
  surveyStatus,
  validateAnswers,
  visiblePages,
  visibleQuestionIds,
} from '../../src/contract/survey-rules.js';
import { computeSurveyResults, netPromoterScore } from '../../src/contract/survey-results.js';

const q = (question: Partial<Question> & Pick<Question, 'id' | 'type'>): Question =>
  ({ label: question.id, help: null, required: false, ...question }) as Question;

const survey: Pick<Survey, 'sections' | 'questions'> = {
  sections: [
    { id: 'a', title: 'About you', description: null },
    { id: 'b', title: 'Meetings', description: null },
    {
      id: 'c',
      title: 'Only for detractors',
      description: null,
      showIf: { questionId: 'nps', op: 'between', min: 0, max: 6 },
    },
  ],
  questions: [
    q({ id: 'meeting', type: 'yes-no', sectionId: 'a', required: true }),
    q({ id: 'nps', type: 'nps', sectionId: 'a' }),
    q({
      id: 'why-not',
      type: 'multiple',
      sectionId: 'b',
      required: true,
      showIf: { questionId: 'meeting', op: 'equals', value: false },
      options: [
        { value: 'time', label: 'Time' },
        { value: 'travel', label: 'Travel' },
      ],
      minSelections: 1,
      maxSelections: 1,
    }),
    q({
      id: 'travel-note',
      type: 'short-text',
      sectionId: 'b',
      showIf: { questionId: 'why-not', op: 'includes', value: 'travel' },
      maxLength: 20,
      minLength: 3,
    }),
    q({ id: 'fix', type: 'long-text', sectionId: 'c', required: true, maxLength: 100 }),
  ],
};

describe('show-if rules', () => {
  it('holds for equals, includes and between, never for an unanswered question', () => {
    assert.equal(
      conditionHolds({ questionId: 'x', op: 'equals', value: false }, { x: false }),
      true,
    );
    assert.equal(conditionHolds({ questionId: 'x', op: 'equals', value: false }, {}), false);
    assert.equal(
      conditionHolds({ questionId: 'x', op: 'includes', value: 'a' }, { x: ['b', 'a'] }),
      true,
    );
    assert.equal(
      conditionHolds({ questionId: 'x', op: 'between', min: 0, max: 6 }, { x: 7 }),
      false,
    );
    assert.equal(
      conditionHolds({ questionId: 'x', op: 'between', min: 0, max: 6 }, { x: 0 }),
      true,
    );
  });

  it('shows a question when an answer in another section calls for it, and chains collapse', () => {
    assert.deepEqual([...visibleQuestionIds(survey, { meeting: true })], ['meeting', 'nps']);
    const asked = { meeting: false, 'why-not': ['travel'] };
    assert.deepEqual(
      [...visibleQuestionIds(survey, asked)],
      ['meeting', 'nps', 'why-not', 'travel-note'],
    );
    // Changing the first answer hides the follow-up and, with it, the follow-up's follow-up.
    const changed = { ...asked, meeting: true, 'travel-note': 'Visas' };
    assert.deepEqual([...visibleQuestionIds(survey, changed)], ['meeting', 'nps']);
  });

  it('shows a whole section by a rule, and pages only the sections with visible questions', () => {
    assert.deepEqual(
      visiblePages(survey, { meeting: true, nps: 3 }).map((page) => page.section?.id),
      ['a', 'c'],
    );
    assert.deepEqual(
      visiblePages(survey, { meeting: true, nps: 9 }).map((page) => page.section?.id),
      ['a'],
    );
  });

  it('sends only answers to visible questions, without empty ones', () => {
    assert.deepEqual(
      answersToSend(survey, {
        meeting: true,
        nps: 9,
        'why-not': ['time'],
        'travel-note': '',
        fix: 'x',
      }),
      { meeting: true, nps: 9 },
    );
  });
});

describe('answer checks', () => {
  const by = (id: string) => survey.questions.find((question) => question.id === id)!;

  it('requires visible required questions only, and refuses answers to hidden ones', () => {
    assert.deepEqual(
      validateAnswers(survey, {}).map((e) => e.path),
      ['answers.meeting'],
    );
    assert.deepEqual(
      validateAnswers(survey, { meeting: false }).map((e) => e.path),
      ['answers.why-not'],
    );
    const hidden = validateAnswers(survey, { meeting: true, 'why-not': ['time'] });
    assert.deepEqual(
      hidden.map((e) => e.path),
      ['answers.why-not'],
    );
    assert.match(hidden[0]!.message, /not shown/);
    assert.deepEqual(
      validateAnswers(survey, { meeting: true, bogus: 1 }).map((e) => e.path),
      ['answers.bogus'],
    );
  });

  it('checks ranges, options, counts and lengths', () => {
    assert.deepEqual(answerProblem(by('nps'), 11), { code: 'range', min: 0, max: 10 });
    assert.deepEqual(answerProblem(by('nps'), 2.5), { code: 'range', min: 0, max: 10 });
    assert.deepEqual(answerProblem(by('meeting'), 'yes'), { code: 'yes-no' });
    assert.deepEqual(answerProblem(by('why-not'), ['time', 'travel']), {
      code: 'too-many',
      max: 1,
    });
    assert.deepEqual(answerProblem(by('why-not'), ['space']), { code: 'option' });
    assert.deepEqual(answerProblem(by('why-not'), []), { code: 'required' });
    assert.deepEqual(answerProblem(by('travel-note'), 'ab'), { code: 'too-short', min: 3 });
    assert.deepEqual(answerProblem(by('travel-note'), 'x'.repeat(21)), {
      code: 'too-long',
      max: 20,
    });
    assert.equal(answerProblem(by('travel-note'), '   '), null, 'blank optional text is no answer');
    assert.equal(answerProblem(by('fix'), 'Fine'), null);
  });
});

describe('definitions', () => {
  it('accepts a coherent survey', () => {
    assert.deepEqual(checkDefinition(survey), []);
  });

  it('names rules pointing forward or at the wrong type, and sections out of order', () => {
    const broken = {
      sections: survey.sections,
      questions: [
        q({
          id: 'first',
          type: 'yes-no',
          sectionId: 'b',
          showIf: { questionId: 'later', op: 'equals', value: true },
        }),
        q({ id: 'later', type: 'yes-no', sectionId: 'a' }),
        q({
          id: 'text',
          type: 'short-text',
          sectionId: 'b',
          maxLength: 5,
          showIf: { questionId: 'later', op: 'between', min: 1, max: 2 },
        }),
        q({
          id: 'r',
          type: 'rating',
          sectionId: 'b',
          scale: 5,
          lowLabel: null,
          highLabel: null,
          labels: ['a', 'b', 'c'],
        }),
      ],
    };
    assert.deepEqual(
      checkDefinition(broken).map((e) => e.path),
      ['questions.0.showIf', 'questions.1.sectionId', 'questions.2.showIf', 'questions.3.labels'],
    );
  });
});

describe('status and due survey', () => {
  const now = new Date('2026-06-15T12:00:00Z');
  const at = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
  const candidate = (kind: Survey['kind'], extra: Partial<Survey> = {}) => ({
    kind,
    mentorshipId: null,
    opensAt: null,
    closesAt: at(10),
    submitted: false,
    ...extra,
  });

  it('knows scheduled, open and closed', () => {
    assert.equal(surveyStatus({ opensAt: at(1), closesAt: at(5) }, now), 'scheduled');
    assert.equal(surveyStatus({ opensAt: at(-1), closesAt: at(5) }, now), 'open');
    assert.equal(surveyStatus({ opensAt: null, closesAt: at(0) }, now), 'closed');
  });

  it('picks close-out after the end, check-in before pulse, pulse from day 30', () => {
    const active = { id: 'm1', status: 'active' as const, startedAt: at(-40) };
    const young = { ...active, startedAt: at(-10) };
    const ended = { ...active, status: 'ended' as const };
    const pulse = candidate('pulse');
    const checkIn = candidate('check-in', { mentorshipId: 'm1' });
    const closeOut = candidate('close-out', { mentorshipId: 'm1' });
    const all = [pulse, checkIn, closeOut];
    assert.equal(pickDueSurvey(all, active, now), checkIn);
    assert.equal(pickDueSurvey([pulse], young, now), null);
    assert.equal(pickDueSurvey([pulse], active, now), pulse);
    assert.equal(pickDueSurvey(all, ended, now), closeOut);
    assert.equal(pickDueSurvey([{ ...checkIn, submitted: true }], active, now), null);
    assert.equal(
      pickDueSurvey([candidate('check-in', { mentorshipId: 'other' })], active, now),
      null,
    );
    assert.equal(pickDueSurvey([candidate('pulse', { opensAt: at(1) })], active, now), null);
  });
});

describe('results', () => {
  const questions = [
    q({ id: 'nps', type: 'nps' }),
    q({ id: 'r', type: 'rating', scale: 3, lowLabel: null, highLabel: null }),
    q({ id: 't', type: 'short-text', maxLength: 20 }),
  ];
  const responses = [10, 9, 8, 5, 0, 7].map((nps, i) => ({
    answers: { nps, r: (i % 3) + 1, ...(i < 3 ? { t: `text ${5 - i}` } : {}) },
  }));

  it('computes NPS from promoters, passives and detractors', () => {
    assert.deepEqual(netPromoterScore([10, 9, 8, 5, 0, 7]), {
      score: 0,
      promoters: 2,
      passives: 2,
      detractors: 2,
    });
    assert.equal(netPromoterScore([]), null);
  });

  it('aggregates, and withholds groups smaller than the minimum', () => {
    const results = computeSurveyResults({
      survey: { id: 's', title: 'Pulse', questions },
      responses,
      invited: 12,
      minGroupSize: 5,
      now: new Date(),
    });
    assert.equal(results.responseRate, 0.5);
    const [nps, rating, text] = results.questions;
    assert.equal(nps!.nps?.score, 0);
    assert.equal(nps!.distribution.length, 11);
    assert.deepEqual(
      rating!.distribution.map((row) => row.count),
      [2, 2, 2],
    );
    assert.equal(rating!.average, 2);
    assert.equal(text!.answered, 3);
    assert.equal(text!.withheld, true, 'three texts are fewer than five');
    assert.deepEqual(text!.texts, []);
  });

  it('sorts free texts so they cannot be lined up with other answers', () => {
    const results = computeSurveyResults({
      survey: { id: 's', title: 'Pulse', questions },
      responses,
      invited: 6,
      minGroupSize: 2,
      now: new Date(),
    });
    assert.deepEqual(results.questions[2]!.texts, ['text 3', 'text 4', 'text 5']);
  });
});
