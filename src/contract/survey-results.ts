// What admins learn from a survey, from plain rows: response rate and, per question, the
// distribution, mean, NPS and free texts. Shared by the server and the memory API. Aggregates of
// fewer answers than the program minimum are withheld, so no small group can be traced back.
import type { AnswerValue, Question, QuestionResults, Survey, SurveyResults } from './survey.js';
import { isEmptyAnswer } from './survey-rules.js';

/** Fewer answers than this and an aggregate is withheld (programs may raise it). */
export const DEFAULT_MIN_GROUP_SIZE = 5;

export interface ResultsRows {
  survey: Pick<Survey, 'id' | 'title' | 'questions'>;
  responses: readonly { answers: Record<string, AnswerValue> }[];
  /** People asked to answer (both partners; or everyone in a mentorship for program-wide surveys). */
  invited: number;
  minGroupSize?: number;
  now: Date;
}

function choicesOf(question: Question): Array<{ value: string; label: string }> {
  switch (question.type) {
    case 'rating':
      return Array.from({ length: question.scale }, (_, i) => ({
        value: String(i + 1),
        label: question.labels?.[i] ?? String(i + 1),
      }));
    case 'nps':
      return Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));
    case 'yes-no':
      return [
        { value: 'true', label: 'Yes' },
        { value: 'false', label: 'No' },
      ];
    case 'single':
    case 'multiple':
      return question.options;
    default:
      return [];
  }
}

/** NPS parts from 0-10 scores: promoters 9-10, passives 7-8, detractors 0-6. */
export function netPromoterScore(scores: readonly number[]) {
  if (scores.length === 0) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return {
    score: Math.round(((promoters - detractors) / scores.length) * 100),
    promoters,
    passives: scores.length - promoters - detractors,
    detractors,
  };
}

function questionResults(
  question: Question,
  values: AnswerValue[],
  minGroupSize: number,
): QuestionResults {
  const withheld = values.length < minGroupSize;
  const empty = { distribution: [], average: null, nps: null, texts: [] };
  const base = { questionId: question.id, type: question.type, label: question.label };
  if (withheld) return { ...base, answered: values.length, withheld, ...empty };
  const picked = values.flatMap((value) => (Array.isArray(value) ? value : [String(value)]));
  const distribution = choicesOf(question).map((choice) => ({
    ...choice,
    count: picked.filter((value) => value === choice.value).length,
  }));
  const numbers = values.filter((value): value is number => typeof value === 'number');
  const isText = question.type === 'short-text' || question.type === 'long-text';
  return {
    ...base,
    answered: values.length,
    withheld,
    distribution,
    average:
      question.type === 'rating' && numbers.length
        ? Math.round((numbers.reduce((a, b) => a + b, 0) / numbers.length) * 100) / 100
        : null,
    nps: question.type === 'nps' ? netPromoterScore(numbers) : null,
    // Sorted, not in arrival order: texts of one person cannot be lined up across questions.
    texts: isText ? values.map(String).sort((a, b) => a.localeCompare(b, 'en')) : [],
  };
}

export function computeSurveyResults(rows: ResultsRows): SurveyResults {
  const minGroupSize = rows.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const responses = rows.responses.length;
  return {
    surveyId: rows.survey.id,
    title: rows.survey.title,
    generatedAt: rows.now.toISOString(),
    invited: rows.invited,
    responses,
    responseRate: rows.invited > 0 ? Math.min(1, responses / rows.invited) : null,
    minGroupSize,
    questions: rows.survey.questions.map((question) =>
      questionResults(
        question,
        rows.responses
          .map((response) => response.answers[question.id])
          .filter((value): value is AnswerValue => !isEmptyAnswer(value)),
        minGroupSize,
      ),
    ),
  };
}
