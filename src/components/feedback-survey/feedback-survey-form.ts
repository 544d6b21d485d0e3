// The answering view: header, who sees what, progress, the sections shown (all, or the current
// one in the paged layout) with their questions, a failed send with its retry, and the pager.
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AnswerValue, Question, Survey } from '../../contract/index.js';
import type { SurveyPage } from '../../contract/survey-answer-rules.js';
import { renderError } from '../../core/task-view.js';
import { renderQuestion } from './feedback-survey-question.js';
import { renderPager, renderProgress, type PagerView } from './feedback-survey-pager.js';
import { renderHeader, renderPrivacy } from './feedback-survey-states.js';

export interface SurveyFormView {
  survey: Survey;
  locale: string;
  /** The sections to show now. */
  pages: SurveyPage[];
  answers: {
    answers: Record<string, AnswerValue>;
    errorOf(question: Question): string | undefined;
    set(question: Question, value: AnswerValue | undefined): void;
    leave(question: Question): void;
  };
  anonymous: boolean;
  onAnonymous: (value: boolean) => void;
  sendError: unknown;
  onRetry: () => void;
  pager: PagerView;
}

function renderSection(view: SurveyFormView, page: SurveyPage) {
  const questions = repeat(
    page.questions,
    (question) => question.id,
    (question) =>
      renderQuestion({
        question,
        value: view.answers.answers[question.id],
        error: view.answers.errorOf(question),
        disabled: view.pager.disabled,
        locale: view.locale,
        onChange: (q, value) => view.answers.set(q, value),
        onLeave: (q) => view.answers.leave(q),
      }),
  );
  const section = page.section;
  if (!section) return html`<div class="section" part="section">${questions}</div>`;
  return html`<section class="section" part="section" aria-labelledby="section-${section.id}">
    <h3 id="section-${section.id}" class="section-title" tabindex="-1">${section.title}</h3>
    ${section.description ? html`<p class="muted">${section.description}</p>` : nothing}
    ${questions}
  </section>`;
}

export function renderSurveyForm(view: SurveyFormView) {
  return html`${renderHeader(view.survey, view.locale)}
  ${renderPrivacy(view.survey, {
    anonymous: view.anonymous,
    disabled: view.pager.disabled,
    onAnonymous: view.onAnonymous,
  })}
  ${renderProgress(view.pager)}
  ${repeat(
    view.pages,
    (page) => page.section?.id ?? '',
    (page) => renderSection(view, page),
  )}
  ${view.sendError ? renderError(view.sendError, view.onRetry) : nothing} ${renderPager(view.pager)}`;
}
