// After sending (thank-you) or on a later visit: my answers, then my partner's or the wait. Not
// needed while a person answers, so it loads on demand: with the survey when it is already
// answered, and while the answers are being sent otherwise.
import { html, nothing } from 'lit';
import type { Survey, SurveySubmission } from '../../contract/index.js';
import { formatDateTime } from '../../core/format.js';
import { renderAnswerList } from './feedback-survey-answers.js';
import { answeredOn, copy } from './feedback-survey-copy.js';

export function renderAnswered(
  survey: Survey,
  submission: SurveySubmission,
  options: { locale: string; justSent: boolean },
) {
  const { response, partnerResponse, waitingForPartner } = submission;
  return html`<div class="stack" part="answered">
    <div class="status success">
      <p class="status-title" tabindex="-1" data-focus="answered">
        ${options.justSent ? copy.thanks() : answeredOn(formatDateTime(response.submittedAt, options.locale))}
      </p>
      ${waitingForPartner ? html`<p>${copy.waiting()}</p>` : nothing}
    </div>
    <section aria-labelledby="mine-heading">
      <h3 id="mine-heading">${copy.yourAnswers()}</h3>
      ${renderAnswerList(survey, response.answers, options.locale, 'my-answers')}
    </section>
    ${
      partnerResponse
        ? html`<section aria-labelledby="partner-heading">
            <h3 id="partner-heading">${copy.partnerAnswers()}</h3>
            ${
              partnerResponse.anonymous && !survey.anonymousToPartner
                ? html`<p class="muted">${copy.partnerAnonymous()}</p>`
                : nothing
            }
            ${renderAnswerList(survey, partnerResponse.answers, options.locale, 'partner-answers')}
          </section>`
        : nothing
    }
  </div>`;
}
