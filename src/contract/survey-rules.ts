// The rules of a survey, as pure functions shared by the server, the memory API and the survey
// widget: which questions a set of answers shows and whether each answer fits (re-exported from
// ./survey-answer-rules.ts), whether a whole submission or definition is coherent, which survey
// is due.
import type { FieldError } from './problem.js';
import type { Question, ShowIf, Survey, SurveyStatus } from './survey.js';
import {
  answerProblem,
  isEmptyAnswer,
  visibleQuestionIds,
  type AnswerProblem,
  type Answers,
} from './survey-answer-rules.js';

export * from './survey-answer-rules.js';
type Definition = Pick<Survey, 'questions' | 'sections'>;

/** Days into a mentorship before the first pulse survey is due. */
export const PULSE_FIRST_DUE_DAYS = 30;

/** The problem in plain English (the server's field errors; the widget translates the codes). */
export function describeAnswerProblem(problem: AnswerProblem): string {
  switch (problem.code) {
    case 'required':
      return 'This question needs an answer.';
    case 'range':
      return `Choose ${problem.min} to ${problem.max}.`;
    case 'yes-no':
      return 'Answer yes or no.';
    case 'option':
      return 'Choose among the options.';
    case 'duplicate':
      return 'Each option can be chosen once.';
    case 'too-few':
      return `Choose at least ${problem.min}.`;
    case 'too-many':
      return `Choose at most ${problem.max}.`;
    case 'too-short':
      return `Write at least ${problem.min} characters.`;
    case 'too-long':
      return `Write at most ${problem.max} characters.`;
    case 'hidden':
      return 'This question is not shown for your other answers; leave it out.';
    case 'unknown':
      return 'Unknown question.';
  }
}

/** Every problem of a set of answers, by question id (hidden questions are not required). */
export function answerProblems(survey: Definition, answers: Answers): Map<string, AnswerProblem> {
  const problems = new Map<string, AnswerProblem>();
  const known = new Set(survey.questions.map((question) => question.id));
  for (const key of Object.keys(answers))
    if (!known.has(key)) problems.set(key, { code: 'unknown' });
  const visible = visibleQuestionIds(survey, answers);
  for (const question of survey.questions) {
    const value = answers[question.id];
    const problem = visible.has(question.id)
      ? answerProblem(question, value)
      : isEmptyAnswer(value)
        ? null
        : { code: 'hidden' as const };
    if (problem) problems.set(question.id, problem);
  }
  return problems;
}

/** Field errors (`answers.<questionId>`) for a whole set of answers; empty when all is well. */
export function validateAnswers(survey: Definition, answers: Answers): FieldError[] {
  return [...answerProblems(survey, answers)].map(([id, problem]) => ({
    path: `answers.${id}`,
    message: describeAnswerProblem(problem),
  }));
}

/** Whether answers are taken now. */
export function surveyStatus(
  survey: { opensAt: string | null; closesAt: string | null },
  now: Date,
): SurveyStatus {
  if (survey.opensAt && Date.parse(survey.opensAt) > now.getTime()) return 'scheduled';
  if (survey.closesAt && Date.parse(survey.closesAt) <= now.getTime()) return 'closed';
  return 'open';
}

const conditionFits = (condition: ShowIf, target: Question): boolean => {
  if (condition.op === 'includes') return target.type === 'multiple';
  if (condition.op === 'between') return target.type === 'rating' || target.type === 'nps';
  return target.type !== 'multiple' && target.type !== 'long-text';
};

/**
 * Whether a definition hangs together: unique ids, known sections listed in order, rating labels
 * for every point, and show-if rules that point back at an earlier question of a fitting type.
 */
export function checkDefinition(survey: Definition): FieldError[] {
  const errors: FieldError[] = [];
  const sectionIndex = new Map(survey.sections.map((s, index) => [s.id, index]));
  if (sectionIndex.size !== survey.sections.length)
    errors.push({ path: 'sections', message: 'Section ids must be unique.' });
  const earlier = new Map<string, Question>();
  const checkRule = (rule: ShowIf | undefined, path: string) => {
    if (!rule) return;
    const target = earlier.get(rule.questionId);
    if (!target) errors.push({ path, message: 'A rule can only depend on an earlier question.' });
    else if (!conditionFits(rule, target))
      errors.push({ path, message: `A "${rule.op}" rule does not fit a ${target.type} question.` });
  };
  let lastSection = -1;
  survey.questions.forEach((question, index) => {
    const path = `questions.${index}`;
    if (earlier.has(question.id))
      errors.push({ path: `${path}.id`, message: 'Question ids must be unique.' });
    const sectionAt = question.sectionId === undefined ? -1 : sectionIndex.get(question.sectionId);
    if (sectionAt === undefined)
      errors.push({ path: `${path}.sectionId`, message: 'Unknown section.' });
    else if (sectionAt < lastSection)
      errors.push({
        path: `${path}.sectionId`,
        message: 'List questions in the order of their sections.',
      });
    else if (sectionAt > lastSection) {
      checkRule(survey.sections[sectionAt]!.showIf, `sections.${sectionAt}.showIf`);
      lastSection = sectionAt;
    }
    checkRule(question.showIf, `${path}.showIf`);
    if (question.type === 'rating' && question.labels && question.labels.length !== question.scale)
      errors.push({ path: `${path}.labels`, message: 'Give one label per point of the scale.' });
    if (
      question.type === 'multiple' &&
      (question.minSelections ?? 0) > (question.maxSelections ?? 99)
    )
      errors.push({ path: `${path}.minSelections`, message: 'The minimum is above the maximum.' });
    earlier.set(question.id, question);
  });
  return errors;
}

interface DueCandidate {
  kind: Survey['kind'];
  mentorshipId: string | null;
  opensAt: string | null;
  closesAt: string | null;
  submitted: boolean;
}

const DUE_ORDER: Record<Survey['kind'], number> = { 'close-out': 0, 'check-in': 1, pulse: 2 };

/**
 * The survey due now for one person in one mentorship: open, not answered yet, about this
 * mentorship or program-wide; a close-out only once the mentorship ended, the others only while
 * it runs, a pulse from day 30. Close-out first, then check-in, then pulse; soonest closing first.
 */
export function pickDueSurvey<T extends DueCandidate>(
  surveys: readonly T[],
  mentorship: { id: string; status: 'active' | 'ended'; startedAt: string },
  now: Date,
): T | null {
  const days = (now.getTime() - Date.parse(mentorship.startedAt)) / 86_400_000;
  const due = surveys.filter((survey) => {
    if (survey.submitted || surveyStatus(survey, now) !== 'open') return false;
    if (survey.mentorshipId !== null && survey.mentorshipId !== mentorship.id) return false;
    if (survey.kind === 'close-out') return mentorship.status === 'ended';
    if (mentorship.status !== 'active') return false;
    return survey.kind !== 'pulse' || days >= PULSE_FIRST_DUE_DAYS;
  });
  const closing = (survey: T) => (survey.closesAt ? Date.parse(survey.closesAt) : Infinity);
  due.sort((a, b) => DUE_ORDER[a.kind] - DUE_ORDER[b.kind] || closing(a) - closing(b));
  return due[0] ?? null;
}
