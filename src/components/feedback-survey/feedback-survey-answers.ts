// Answers read back (mine after sending, my partner's once revealed): each question with the
// answer in words, in the definition's order.
import { html } from 'lit';
import type { AnswerValue, Question, Survey } from '../../contract/index.js';
import { visibleQuestionIds } from '../../contract/survey-answer-rules.js';
import { formatList } from '../../core/format.js';
import { copy } from './feedback-survey-copy.js';

/** An answer in words: the chosen option's label, "Yes"/"No", "4 of 5", the text. */
export function answerText(question: Question, value: AnswerValue | undefined, locale: string) {
  if (value === undefined || value === null || value === '') return copy.notAnswered();
  switch (question.type) {
    case 'rating': {
      const label = question.labels?.[Number(value) - 1];
      return label ? `${label} (${value}/${question.scale})` : `${value}/${question.scale}`;
    }
    case 'nps':
      return `${value}/10`;
    case 'yes-no':
      return value ? copy.yes() : copy.no();
    case 'single':
      return question.options.find((o) => o.value === value)?.label ?? String(value);
    case 'multiple':
      return formatList(
        (Array.isArray(value) ? value : []).map(
          (item) => question.options.find((o) => o.value === item)?.label ?? item,
        ),
        locale,
      );
    default:
      return String(value);
  }
}

export function renderAnswerList(
  survey: Pick<Survey, 'questions' | 'sections'>,
  answers: Record<string, AnswerValue>,
  locale: string,
  part: string,
) {
  // Questions a person never saw (hidden by show-if) are left out rather than shown unanswered.
  const visible = visibleQuestionIds(survey, answers);
  const shown = survey.questions.filter((question) => visible.has(question.id));
  return html`<dl class="answers" part=${part}>
    ${shown.map(
      (question) =>
        html`<div class="answer">
          <dt>${question.label}</dt>
          <dd>${answerText(question, answers[question.id], locale)}</dd>
        </div>`,
    )}
  </dl>`;
}
