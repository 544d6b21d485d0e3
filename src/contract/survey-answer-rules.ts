// What a survey shows and takes, one answer at a time: which questions a set of answers shows
// (show-if, also across sections), what is sent, and whether an answer fits its question. The
// survey widget needs only these while a person answers (issue #17: its first load), so they live
// apart from the checks of whole definitions and submissions in ./survey-rules.ts, which
// re-exports them.
import type { AnswerValue, Question, ShowIf, Survey, SurveySection } from './survey.js';

export type Answers = Readonly<Record<string, AnswerValue | undefined>>;
type Definition = Pick<Survey, 'questions' | 'sections'>;

export const isEmptyAnswer = (value: AnswerValue | undefined): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** Whether `condition` holds for the answers given so far (an unanswered question: no). */
export function conditionHolds(condition: ShowIf, answers: Answers): boolean {
  const answer = answers[condition.questionId];
  if (isEmptyAnswer(answer)) return false;
  switch (condition.op) {
    case 'equals':
      return answer === condition.value;
    case 'includes':
      return Array.isArray(answer) && answer.includes(condition.value);
    case 'between':
      return typeof answer === 'number' && answer >= condition.min && answer <= condition.max;
  }
}

export interface SurveyPage {
  /** Null for the questions listed before (or without) any section. */
  section: SurveySection | null;
  questions: Question[];
}

/**
 * The pages of the survey as the answers show it: each visible section with its visible
 * questions, in order. A condition on a question that is itself hidden does not hold, so a
 * chain of rules collapses as a person changes an earlier answer.
 */
export function visiblePages(survey: Definition, answers: Answers): SurveyPage[] {
  const sections = new Map(survey.sections.map((section) => [section.id, section]));
  const visibleAnswers: Record<string, AnswerValue | undefined> = {};
  const pages: SurveyPage[] = [];
  let current: SurveyPage | undefined;
  let sectionShown = true;
  for (const question of survey.questions) {
    const section = (question.sectionId && sections.get(question.sectionId)) || null;
    if (!current || current.section !== section) {
      sectionShown = !section?.showIf || conditionHolds(section.showIf, visibleAnswers);
      current = { section, questions: [] };
      if (sectionShown) pages.push(current);
    }
    if (!sectionShown) continue;
    if (question.showIf && !conditionHolds(question.showIf, visibleAnswers)) continue;
    current.questions.push(question);
    visibleAnswers[question.id] = answers[question.id];
  }
  return pages.filter((page) => page.questions.length > 0);
}

/** Ids of the questions the answers show. */
export function visibleQuestionIds(survey: Definition, answers: Answers): Set<string> {
  return new Set(visiblePages(survey, answers).flatMap((page) => page.questions.map((q) => q.id)));
}

/** What is sent: answers to visible questions only, without empty ones. */
export function answersToSend(survey: Definition, answers: Answers): Record<string, AnswerValue> {
  const visible = visibleQuestionIds(survey, answers);
  const sent: Record<string, AnswerValue> = {};
  for (const question of survey.questions) {
    const value = answers[question.id];
    if (visible.has(question.id) && !isEmptyAnswer(value)) sent[question.id] = value!;
  }
  return sent;
}

/** Why an answer does not fit, as data, so the widget can say it in the reader's language. */
export type AnswerProblem =
  | { code: 'required' }
  | { code: 'range'; min: number; max: number }
  | { code: 'yes-no' }
  | { code: 'option' }
  | { code: 'duplicate' }
  | { code: 'too-few'; min: number }
  | { code: 'too-many'; max: number }
  | { code: 'too-short'; min: number }
  | { code: 'too-long'; max: number }
  | { code: 'hidden' }
  | { code: 'unknown' };

const isInt = (value: unknown, min: number, max: number): boolean =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** The first reason an answer does not fit its question, or null when it does. */
export function answerProblem(
  question: Question,
  value: AnswerValue | undefined,
): AnswerProblem | null {
  if (isEmptyAnswer(value)) return question.required ? { code: 'required' } : null;
  switch (question.type) {
    case 'rating':
      return isInt(value, 1, question.scale)
        ? null
        : { code: 'range', min: 1, max: question.scale };
    case 'nps':
      return isInt(value, 0, 10) ? null : { code: 'range', min: 0, max: 10 };
    case 'yes-no':
      return typeof value === 'boolean' ? null : { code: 'yes-no' };
    case 'single':
      return typeof value === 'string' && question.options.some((o) => o.value === value)
        ? null
        : { code: 'option' };
    case 'multiple': {
      if (!Array.isArray(value) || !value.every((v) => question.options.some((o) => o.value === v)))
        return { code: 'option' };
      if (new Set(value).size !== value.length) return { code: 'duplicate' };
      if (question.minSelections && value.length < question.minSelections)
        return { code: 'too-few', min: question.minSelections };
      return question.maxSelections !== null && value.length > question.maxSelections
        ? { code: 'too-many', max: question.maxSelections }
        : null;
    }
    case 'short-text':
    case 'long-text': {
      if (typeof value !== 'string') return { code: 'too-long', max: question.maxLength };
      if (value.length > question.maxLength) return { code: 'too-long', max: question.maxLength };
      const min = question.minLength;
      return min && value.trim().length < min ? { code: 'too-short', min } : null;
    }
  }
}
