// Answers checked against a survey definition: required questions, types, ranges, options.
// Shared by the server, the memory API and the survey widget (to show errors before sending).
import type { FieldError } from './problem.js';
import type { AnswerValue, Question, Survey } from './survey.js';

const isEmpty = (value: AnswerValue | undefined) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** Why an answer does not fit its question, or null when it does. */
export function checkAnswer(question: Question, value: AnswerValue | undefined): string | null {
  if (isEmpty(value)) return question.required ? 'This question needs an answer.' : null;
  switch (question.type) {
    case 'rating':
      return Number.isInteger(value) &&
        (value as number) >= 1 &&
        (value as number) <= question.scale
        ? null
        : `Choose 1 to ${question.scale}.`;
    case 'nps':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10
        ? null
        : 'Choose 0 to 10.';
    case 'yes-no':
      return typeof value === 'boolean' ? null : 'Answer yes or no.';
    case 'single':
      return typeof value === 'string' && question.options.some((option) => option.value === value)
        ? null
        : 'Choose one of the options.';
    case 'multiple': {
      if (
        !Array.isArray(value) ||
        !value.every((item) => question.options.some((o) => o.value === item))
      )
        return 'Choose among the options.';
      if (new Set(value).size !== value.length) return 'Each option can be chosen once.';
      return question.maxSelections !== null && value.length > question.maxSelections
        ? `Choose at most ${question.maxSelections}.`
        : null;
    }
    case 'short-text':
    case 'long-text':
      return typeof value === 'string' && value.length <= question.maxLength
        ? null
        : `Write at most ${question.maxLength} characters.`;
  }
}

/** Field errors (`answers.<questionId>`) for a whole set of answers; empty when all is well. */
export function validateAnswers(
  survey: Pick<Survey, 'questions'>,
  answers: Record<string, AnswerValue>,
): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set(survey.questions.map((question) => question.id));
  for (const key of Object.keys(answers))
    if (!known.has(key)) errors.push({ path: `answers.${key}`, message: 'Unknown question.' });
  for (const question of survey.questions) {
    const message = checkAnswer(question, answers[question.id]);
    if (message) errors.push({ path: `answers.${question.id}`, message });
  }
  return errors;
}
