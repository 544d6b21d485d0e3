// The rules of a survey, as pure functions shared by the server, the memory API and the survey
// widget: which questions a set of answers shows (show-if, also across sections), whether each
// answer fits its question, whether a definition is coherent, and which survey is due.
import type { FieldError } from './problem.js';
import type {
  AnswerValue,
  Question,
  ShowIf,
  Survey,
  SurveySection,
  SurveyStatus,
} from './survey.js';

export type Answers = Readonly<Record<string, AnswerValue | undefined>>;
type Definition = Pick<Survey, 'questions' | 'sections'>;

/** Days into a mentorship before the first pulse survey is due. */
export const PULSE_FIRST_DUE_DAYS = 30;

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
