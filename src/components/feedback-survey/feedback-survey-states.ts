// The states around the questions: what a person is told before answering (anonymity, two-sided
// reveal), none due, not open yet, closed. Answered (thank-you, my answers, my partner's) is in
// ./feedback-survey-answered.ts, loaded on demand.
import { html, nothing } from 'lit';
import type { Survey } from '../../contract/index.js';
import { formatDate } from '../../core/format.js';
import { closedText, closesText, copy, kindLabel, scheduledText } from './feedback-survey-copy.js';

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
