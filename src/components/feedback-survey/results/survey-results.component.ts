import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { property } from 'lit/decorators.js';
import type { QuestionResults, SurveyResults } from '../../../contract/index.js';
import { formatDateTime, formatNumber, formatPercent } from '../../../core/format.js';
import { MentorElement } from '../../../core/mentor-element.js';
import { renderDistribution } from './survey-results-chart.js';
import { surveyResultsStyles } from './survey-results.styles.js';

/** One number with its label, the number first to the eye, the label first to a screen reader. */
const figure = (value: number, label: string, locale: string) =>
  html`<div class="figure">
    <dd>${formatNumber(value, locale)}</dd>
    <dt>${label}</dt>
  </div>`;

/**
 * What a program learns from one survey (admins): response rate, NPS with its promoters,
 * passives and detractors, every rating and choice question as a chart that is also a table,
 * and the free texts without names. Aggregates of groups under the program minimum are
 * withheld. Rendered by `<mentor-feedback-survey view="results">`, which loads it on demand.
 *
 * @summary Survey results: response rate, NPS and distributions, small groups withheld.
 * @csspart chart - A distribution table with bars.
 */
export class MentorSurveyResults extends MentorElement {
  static override styles = [MentorElement.styles, surveyResultsStyles];

  @property({ attribute: false }) results?: SurveyResults;

  override render() {
    const results = this.results;
    if (!results) return nothing;
    const locale = this.locale;
    return html`<div class="results">
      <div class="stack">
        <h2>${msg(str`Results: ${results.title}`)}</h2>
        <p class="muted small">${msg(str`As of ${formatDateTime(results.generatedAt, locale)}`)}</p>
      </div>
      <dl class="figures">
        <div class="figure">
          <dd>${formatNumber(results.responses, locale)}</dd>
          <dt>${msg(str`answered of ${formatNumber(results.invited, locale)} asked`)}</dt>
        </div>
        <div class="figure">
          <dd>
            ${results.responseRate === null ? '—' : formatPercent(results.responseRate, locale)}
          </dd>
          <dt>${msg('response rate')}</dt>
        </div>
      </dl>
      <p class="muted">
        ${msg(
          str`Totals of fewer than ${results.minGroupSize} answers are withheld, so that no one can be recognised.`,
        )}
      </p>
      ${results.questions.map((question) => this._renderQuestion(question, results.minGroupSize))}
    </div>`;
  }

  private _renderQuestion(question: QuestionResults, minGroupSize: number) {
    const locale = this.locale;
    const headingId = `r-${question.questionId}`;
    let body: unknown;
    if (question.withheld)
      body = html`<p class="status">
        ${msg(str`Withheld: ${question.answered} answers, fewer than ${minGroupSize}.`)}
      </p>`;
    else if (question.type === 'short-text' || question.type === 'long-text')
      body = html`<p class="muted small">${msg(str`${question.answered} answers`)}</p>
        <ul class="texts">
          ${question.texts.map((text) => html`<li>${text}</li>`)}
        </ul>`;
    else
      body = html`${question.nps ? this._renderNps(question.nps) : nothing}
      ${
        question.average !== null
          ? html`<p>
              ${msg(str`Average ${formatNumber(question.average, locale)} from ${question.answered} answers`)}
            </p>`
          : nothing
      }
      ${renderDistribution(question, locale)}`;
    return html`<section class="card question-results" aria-labelledby=${headingId}>
      <h3 id=${headingId}>${question.label}</h3>
      ${body}
    </section>`;
  }

  private _renderNps(nps: NonNullable<QuestionResults['nps']>) {
    return html`<dl class="figures">
      ${figure(nps.score, msg('Net promoter score'), this.locale)}
      ${figure(nps.promoters, msg('promoters (9–10)'), this.locale)}
      ${figure(nps.passives, msg('passives (7–8)'), this.locale)}
      ${figure(nps.detractors, msg('detractors (0–6)'), this.locale)}
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentor-survey-results': MentorSurveyResults;
  }
}
