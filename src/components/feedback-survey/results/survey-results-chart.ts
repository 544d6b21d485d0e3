// A question's distribution as a bar chart that is also a table: each answer is a row with its
// count and share; the bars are decoration, the numbers are in the cells.
import { html } from 'lit';
import { msg } from '@lit/localize';
import { styleProperty } from '../../../core/style-property.js';
import type { QuestionResults } from '../../../contract/index.js';
import { formatNumber, formatPercent } from '../../../core/format.js';
import { copy } from '../feedback-survey-copy.js';

/** Yes/no rows come from the server in English; say them in the reader's language. */
const rowLabel = (question: QuestionResults, row: QuestionResults['distribution'][number]) =>
  question.type === 'yes-no' ? (row.value === 'true' ? copy.yes() : copy.no()) : row.label;

export function renderDistribution(question: QuestionResults, locale: string) {
  const most = Math.max(1, ...question.distribution.map((row) => row.count));
  return html`<table class="chart" part="chart">
    <caption class="visually-hidden">
      ${question.label}
    </caption>
    <thead>
      <tr>
        <th scope="col">${msg('Answer')}</th>
        <th scope="col" class="number">${msg('People')}</th>
        <th scope="col" class="number">${msg('Share')}</th>
      </tr>
    </thead>
    <tbody>
      ${question.distribution.map((row) => {
        const share = question.answered ? row.count / question.answered : 0;
        return html`<tr>
          <th scope="row">${rowLabel(question, row)}</th>
          <td class="number">${formatNumber(row.count, locale)}</td>
          <td class="share">
            <span class="bar" aria-hidden="true"
              ><span
                class="bar-fill"
                ${styleProperty('--share', `${(row.count / most) * 100}%`)}
              ></span
            ></span>
            <span class="number">${formatPercent(share, locale)}</span>
          </td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
