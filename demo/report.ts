// The admin's program report on the demo page, from GET /program/report. The kit ships no report
// widget (a portal's own dashboard usually shows these figures), so the demo renders it itself,
// with lit (allowed by the page's Trusted Types policy) and Intl for the numbers.
import { html, render } from 'lit';
import { describeError } from '../src/core/errors-view.js';
import type { MentoringApi, ProgramReport } from '../src/index.js';

const count = new Intl.NumberFormat('en');
const percent = new Intl.NumberFormat('en', { style: 'percent' });
const decimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const or = (value: number | null, format: (value: number) => string) =>
  value === null ? 'Not enough answers yet' : format(value);

function figures(report: ProgramReport): [string, string][] {
  const { requests, goals, actionItems } = report;
  return [
    [
      'Mentors / mentees',
      `${count.format(report.participants.mentors)} / ${count.format(report.participants.mentees)}`,
    ],
    ['Requests sent', count.format(requests.sent)],
    ['Waiting for an answer', count.format(requests.pending + requests.needsInfo)],
    ['Acceptance rate', or(report.acceptanceRate, (v) => percent.format(v))],
    [
      'Median time to first answer',
      or(report.medianHoursToFirstAnswer, (v) => `${decimal.format(v)} h`),
    ],
    ['Active mentorships', count.format(report.activeMentorships)],
    ['Agreements signed', count.format(report.agreementsSigned)],
    ['Goals completed', `${count.format(goals.completed)} of ${count.format(goals.total)}`],
    [
      'Action items done on time',
      `${count.format(actionItems.doneOnTime)} of ${count.format(actionItems.total)}`,
    ],
    [
      'Relationship rating',
      or(report.averageRelationshipRating, (v) => `${decimal.format(v)} / 5`),
    ],
    ['Net promoter score', or(report.nps, (v) => decimal.format(v))],
  ];
}

export async function showReport(api: MentoringApi): Promise<void> {
  const host = document.querySelector<HTMLElement>('.program-report');
  if (!host) return;
  render(html`<p>Loading the report…</p>`, host);
  try {
    const report = await api.getProgramReport();
    render(
      html`<dl class="report-figures">
          ${figures(report).map(
            ([label, value]) =>
              html`<div>
                <dt>${label}</dt>
                <dd>${value}</dd>
              </div>`,
          )}
        </dl>
        <p class="report-note">As of ${new Date(report.generatedAt).toLocaleString('en')}.</p>`,
      host,
    );
  } catch (error) {
    render(
      html`<p role="alert">The report could not be loaded: ${describeError(error).title}</p>`,
      host,
    );
  }
}
