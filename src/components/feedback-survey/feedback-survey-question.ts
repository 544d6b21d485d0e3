// One question: its label (a legend for choice-like questions, a label for text), help, limits,
// the inputs of its type, and the message when the answer needs attention.
import { html, nothing } from 'lit';
import type { AnswerValue, Question } from '../../contract/index.js';
import { copy } from './feedback-survey-copy.js';
import { renderMultiple, selectionHint } from './questions/question-multiple.js';
import { renderNps } from './questions/question-nps.js';
import { renderRating } from './questions/question-rating.js';
import { renderSingle } from './questions/question-single.js';
import { renderText } from './questions/question-text.js';
import type { QuestionView } from './questions/question-view.js';
import { renderYesNo } from './questions/question-yes-no.js';

export interface QuestionItemView {
  question: Question;
  value: AnswerValue | undefined;
  /** The message to show, or undefined while the answer is fine (or not touched yet). */
  error: string | undefined;
  disabled: boolean;
  locale: string;
  onChange: (question: Question, value: AnswerValue | undefined) => void;
  /** Focus left the question: its problems may show now. */
  onLeave: (question: Question) => void;
}

/** Ids derived from question ids (which may hold characters ids should not). */
export const questionDomId = (question: Pick<Question, 'id'>) => `q-${question.id}`;

function renderInputs(view: QuestionView) {
  const { question } = view;
  switch (question.type) {
    case 'rating':
      return renderRating({ ...view, question });
    case 'nps':
      return renderNps({ ...view, question });
    case 'single':
      return renderSingle({ ...view, question });
    case 'multiple':
      return renderMultiple({ ...view, question });
    case 'yes-no':
      return renderYesNo({ ...view, question });
    case 'short-text':
    case 'long-text':
      return renderText({ ...view, question });
  }
}

export function renderQuestion(item: QuestionItemView) {
  const { question } = item;
  const idBase = questionDomId(question);
  const hint = question.type === 'multiple' ? selectionHint(question) : undefined;
  const helpId = question.help || hint ? `${idBase}-help` : undefined;
  const errorId = item.error ? `${idBase}-error` : undefined;
  const view: QuestionView = {
    question,
    value: item.value,
    idBase,
    describedBy: [helpId, errorId].filter(Boolean).join(' ') || undefined,
    invalid: Boolean(item.error),
    disabled: item.disabled,
    locale: item.locale,
    onChange: (value) => item.onChange(question, value),
  };
  const title = html`<span class="question-label">${question.label}</span>
    <span class="requirement"
      >${`(${question.required ? copy.required() : copy.optional()})`}</span
    >`;
  const help = helpId
    ? html`<p id=${helpId} class="hint">${[question.help, hint].filter(Boolean).join(' ')}</p>`
    : nothing;
  const error = errorId
    ? html`<p id=${errorId} class="field-error" part="question-error">${item.error}</p>`
    : nothing;
  const isText = question.type === 'short-text' || question.type === 'long-text';
  const leave = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    if (!to || !(event.currentTarget as Element).contains(to)) item.onLeave(question);
  };
  return isText
    ? html`<div
        class="question ${item.error ? 'invalid' : ''}"
        part="question"
        data-question=${question.id}
        @focusout=${leave}
      >
        <label class="legend" for=${idBase}>${title}</label>
        ${help} ${renderInputs(view)} ${error}
      </div>`
    : html`<fieldset
        class="question ${item.error ? 'invalid' : ''}"
        part="question"
        data-question=${question.id}
        @focusout=${leave}
      >
        <legend class="legend">${title}</legend>
        ${help} ${renderInputs(view)} ${error}
      </fieldset>`;
}
