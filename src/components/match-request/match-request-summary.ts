// Beside the form: who the mentor is, why they fit (score and reasons), open spots and how fast
// they usually answer; or, before any typing, why they cannot be asked and what to do instead.
// After sending: the request's status and what happens next.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MatchRequest, MentorCard } from '../../contract/index.js';
import { formatDate } from '../../core/format.js';
import { reasonSentence, responsivenessText, spotsText } from '../../core/mentor-words.js';
import { notRequestableAdvice, statusLabel } from './match-request-copy.js';

export function renderMentorSummary(card: MentorCard, locale: string): TemplateResult {
  const { mentor, match } = card;
  const warn = match.conflicts.some((conflict) => conflict.severity === 'warn');
  return html`<section class="card summary" part="mentor-summary" aria-labelledby="mentor-name">
    <h3 id="mentor-name">${mentor.name}</h3>
    <p class="muted">${mentor.title} · ${mentor.department} · ${mentor.location.city}</p>
    ${
      match.reasons.length
        ? html`<p class="score" part="score">
              <strong>${msg(str`${match.score}% match`)}</strong>
            </p>
            <ul class="reasons">
              ${match.reasons.map((reason) => html`<li>${reasonSentence(locale, reason)}</li>`)}
            </ul>`
        : nothing
    }
    <p>${spotsText(card)} · ${responsivenessText(locale, mentor)}</p>
    ${
      warn
        ? html`<p class="status notice" part="warning">
            ${msg(
              'You share a budget owner with this mentor. You can still ask; mention it if it matters for your goals.',
            )}
          </p>`
        : nothing
    }
  </section>`;
}

/** Null when the mentor can be asked; else the explanation shown instead of the form. */
export function renderNotRequestable(
  card: MentorCard,
  locale: string,
  onShowRequests: () => void,
): TemplateResult | null {
  const advice = notRequestableAdvice(card, locale);
  if (!advice) return null;
  return html`<div class="status blocked" part="not-requestable" role="status">
    <p class="status-title">${advice.title}</p>
    <p>${advice.advice}</p>
    ${
      card.notRequestableReason === 'already-requested'
        ? html`<button type="button" class="button" @click=${onShowRequests}>
            ${msg('See my requests')}
          </button>`
        : nothing
    }
  </div>`;
}

export function renderSent(
  request: MatchRequest,
  card: MentorCard | undefined,
  locale: string,
  actions: { onShowRequests: () => void; onWriteAnother: () => void },
): TemplateResult {
  const expires = formatDate(request.expiresAt, locale);
  return html`<div class="status success sent" part="sent" tabindex="-1">
    <p class="status-title">${msg(str`Request sent to ${request.mentorName}`)}</p>
    <p>${msg('Status:')} <strong>${statusLabel(request.status)}</strong></p>
    <p>
      ${card ? html`${responsivenessText(locale, card.mentor)}. ` : nothing}
      ${msg(
        str`You will see the answer under My requests. Without an answer by ${expires}, the request expires and you can ask someone else.`,
      )}
    </p>
    <div class="row">
      <button type="button" class="button primary" @click=${actions.onShowRequests}>
        ${msg('See my requests')}
      </button>
      <button type="button" class="button" @click=${actions.onWriteAnother}>${msg('Done')}</button>
    </div>
  </div>`;
}
