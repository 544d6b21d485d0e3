// The states around the questions: what a person is told before answering (anonymity, two-sided
// reveal), none due, not open yet, closed, and answered (thank-you, my answers, my partner's).
import { html, nothing } from 'lit';
import type { Survey, SurveySubmission } from '../../contract/index.js';
import { formatDate, formatDateTime } from '../../core/format.js';
import { renderAnswerList } from './feedback-survey-answers.js';
import {
  answeredOn,
  closedText,
  closesText,
  copy,
  kindLabel,
  scheduledText,
} from './feedback-survey-copy.js';

export function renderHeader(survey: Survey, locale: string) {
  return html`<div class="header" part="header">
    <p class="kind muted small">
      ${kindLabel(survey.kind)}${
        survey.closesAt && survey.status === 'open'
          ? html` · ${closesText(formatDate(survey.closesAt, locale))}`
          : nothing
      }
    </p>
    <h2 class="title" part="title" tabindex="-1">${survey.title}</h2>
    ${survey.intro ? html`<p class="intro">${survey.intro}</p>` : nothing}
  </div>`;
}

/** Said plainly before the first question: who sees what, and when. */
export function renderPrivacy(
  survey: Survey,
  options: { anonymous: boolean; disabled: boolean; onAnonymous: (value: boolean) => void },
) {
  const lines: string[] = [];
  if (!survey.mentorshipId) lines.push(copy.adminsOnly());
  if (survey.mentorshipId && survey.anonymousToPartner) lines.push(copy.hiddenName());
  if (survey.twoSided) lines.push(copy.twoSided());
  const offerAnonymity = Boolean(survey.mentorshipId) && !survey.anonymousToPartner;
  if (!lines.length && !offerAnonymity) return nothing;
  return html`<div class="privacy" part="privacy">
    ${lines.map((line) => html`<p>${line}</p>`)}
    ${
      offerAnonymity
        ? html`<label class="choice">
            <input
              type="checkbox"
              .checked=${options.anonymous}
              ?disabled=${options.disabled}
              @change=${(event: Event) =>
                options.onAnonymous((event.target as HTMLInputElement).checked)}
            />
            <span>${copy.hideMyName()}</span>
          </label>`
        : nothing
    }
  </div>`;
}

export function renderStatusMessage(title: string, detail?: string) {
  return html`<div class="status" part="status">
    <p class="status-title">${title}</p>
    ${detail ? html`<p>${detail}</p>` : nothing}
  </div>`;
}

/** For the page author: what is wrong with the survey set-up (in English, like the console). */
export function renderDefinitionError(error: Error) {
  return html`<div class="status error" part="error">
    <div role="alert">
      <p class="status-title">${copy.invalidDefinition()}</p>
      <p>${error.message}</p>
    </div>
  </div>`;
}

export const renderNoneDue = () => renderStatusMessage(copy.noneDue(), copy.noneDueDetail());

export function renderUnavailable(survey: Survey, locale: string) {
  const text =
    survey.status === 'scheduled'
      ? scheduledText(formatDate(survey.opensAt!, locale))
      : closedText(formatDate(survey.closesAt!, locale));
  return renderStatusMessage(text);
}

/** After sending (thank-you) or on a later visit: my answers, then the partner's or the wait. */
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
