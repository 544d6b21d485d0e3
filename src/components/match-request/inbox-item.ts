// One incoming request in the mentor's inbox: the mentee's message, goals, preferences and how
// long they have waited, and the three answers (accept, decline with a reason, ask a question).
// Accept is disabled, with the reason next to it, when no spot is left.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { ProblemError } from '../../client/errors.js';
import type { MatchRequest } from '../../contract/index.js';
import { ProblemCode } from '../../contract/problem-codes.js';
import type { DeclineReason } from '../../contract/request.js';
import { DECLINE_REASONS } from '../../contract/values.js';
import { formatList, formatRelativeTime } from '../../core/format.js';
import { languageName } from '../../core/mentor-words.js';
import { renderError } from '../../core/task-view.js';
import {
  declineReasonLabel,
  preferencesText,
  statusLabel,
  waitingText,
} from './match-request-copy.js';

export type InboxMode = 'none' | 'decline' | 'ask';

export interface InboxItemView {
  request: MatchRequest;
  locale: string;
  spotsLeft: number;
  busy: boolean;
  error: unknown;
  mode: InboxMode;
  declineReason: DeclineReason | null;
  declineNote: string;
  question: string;
  formError: string | undefined;
  onAccept: () => void;
  onMode: (mode: InboxMode) => void;
  onDeclineReason: (reason: DeclineReason) => void;
  onDeclineNote: (note: string) => void;
  onDecline: (event: Event) => void;
  onQuestion: (text: string) => void;
  onAsk: (event: Event) => void;
}

const SOON = 3 * 86_400_000;

/** "86% match · In common: negotiation, roadmapping and Spanish" (what the score is made of). */
function renderMatch(request: MatchRequest, locale: string) {
  const match = request.match;
  if (!match || !match.reasons.length) return nothing;
  const shared = match.reasons.flatMap((reason) =>
    reason.kind === 'languages'
      ? reason.matched.map((tag) => languageName(locale, tag))
      : reason.kind === 'skills' || reason.kind === 'interests'
        ? reason.matched
        : [],
  );
  return html`<p class="small" part="match">
    <strong>${msg(str`${match.score}% match`)}</strong>
    ${shared.length ? html` · ${msg(str`In common: ${formatList(shared, locale)}`)}` : nothing}
  </p>`;
}

/** A refused answer in the mentor's words (the shared wording speaks to mentees). */
function renderAnswerError(error: unknown) {
  if (error instanceof ProblemError && error.code === ProblemCode.mentorFull)
    return html`<div class="status error" part="error">
      <div role="alert">
        <p class="status-title">${msg('Your last open spot was taken meanwhile')}</p>
        <p>
          ${msg('Nothing was accepted. Decline this request, or raise your capacity under Availability.')}
        </p>
      </div>
    </div>`;
  if (error instanceof ProblemError && error.code === ProblemCode.mentorshipLimit)
    return html`<div class="status error" part="error">
      <div role="alert">
        <p class="status-title">
          ${msg('This mentee has just started a mentorship with someone else')}
        </p>
      </div>
    </div>`;
  return renderError(error);
}

function renderDeclineForm(view: InboxItemView) {
  const id = view.request.id;
  return html`<form class="stack" novalidate @submit=${view.onDecline}>
    <fieldset class="field" aria-describedby=${view.formError ? `decline-${id}-error` : nothing}>
      <legend class="label">${msg('Why are you declining?')}</legend>
      <div class="options">
        ${DECLINE_REASONS.map(
          (reason) =>
            html`<label class="option">
              <input
                type="radio"
                name=${`reason-${id}`}
                value=${reason}
                .checked=${live(view.declineReason === reason)}
                @change=${() => view.onDeclineReason(reason)}
              />
              ${declineReasonLabel(reason)}
            </label>`,
        )}
      </div>
    </fieldset>
    ${
      view.formError
        ? html`<p class="field-error" id=${`decline-${id}-error`}>${view.formError}</p>`
        : nothing
    }
    <label class="field">
      <span class="label"
        >${msg('A note for the mentee')} <span class="muted">${msg('(optional)')}</span></span
      >
      <textarea
        class="input"
        rows="2"
        .value=${live(view.declineNote)}
        @input=${(e: Event) => view.onDeclineNote((e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </label>
    <div class="row">
      <button class="button danger" type="submit">${msg('Decline request')}</button>
      <button class="button" type="button" @click=${() => view.onMode('none')}>
        ${msg('Cancel')}
      </button>
    </div>
  </form>`;
}

function renderAskForm(view: InboxItemView) {
  const id = `question-${view.request.id}`;
  return html`<form class="stack" novalidate @submit=${view.onAsk}>
    <label class="field">
      <span class="label">${msg('Your question')}</span>
      <textarea
        id=${id}
        class="input"
        rows="3"
        aria-invalid=${view.formError ? 'true' : 'false'}
        aria-describedby=${view.formError ? `${id}-error` : nothing}
        .value=${live(view.question)}
        @input=${(e: Event) => view.onQuestion((e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </label>
    ${
      view.formError
        ? html`<p class="field-error" id=${`${id}-error`}>${view.formError}</p>`
        : nothing
    }
    <div class="row">
      <button class="button primary" type="submit">${msg('Send question')}</button>
      <button class="button" type="button" @click=${() => view.onMode('none')}>
        ${msg('Cancel')}
      </button>
    </div>
  </form>`;
}

function renderActions(view: InboxItemView) {
  if (view.mode === 'decline') return renderDeclineForm(view);
  if (view.mode === 'ask') return renderAskForm(view);
  const full = view.spotsLeft === 0;
  const id = view.request.id;
  return html`<div class="row">
      <button
        class="button primary"
        type="button"
        ?disabled=${full}
        aria-describedby=${full ? `full-${id}` : nothing}
        aria-disabled=${view.busy ? 'true' : 'false'}
        @click=${view.onAccept}
      >
        ${msg(str`Accept ${view.request.menteeName}`)}
      </button>
      <button class="button" type="button" @click=${() => view.onMode('decline')}>
        ${msg('Decline…')}
      </button>
      <button class="button" type="button" @click=${() => view.onMode('ask')}>
        ${msg('Ask a question…')}
      </button>
    </div>
    ${
      full
        ? html`<p class="hint" id=${`full-${id}`}>
            ${msg('No open spot left: decline, or raise your capacity under Availability.')}
          </p>`
        : nothing
    }`;
}

export function renderInboxItem(view: InboxItemView): TemplateResult {
  const { request, locale } = view;
  const expiresSoon = Date.parse(request.expiresAt) - Date.now() < SOON;
  const reply = request.thread.at(-1);
  return html`<li class="card stack" data-request=${request.id} part="incoming">
    <div class="row">
      <h3>${request.menteeName}</h3>
      <span class="badge" data-status=${request.status}>${statusLabel(request.status)}</span>
    </div>
    <p class="meta small">
      <span>${waitingText(request, locale)}</span>
      ${
        expiresSoon
          ? html`<strong
              >${msg(str`Expires ${formatRelativeTime(request.expiresAt, locale)}`)}</strong
            >`
          : nothing
      }
      <span>${preferencesText(request, locale)}</span>
    </p>
    ${renderMatch(request, locale)}
    <p>${request.message}</p>
    <div>
      <p class="label">${msg('Goals')}</p>
      <ul>
        ${request.goals.map((goal) => html`<li>${goal}</li>`)}
      </ul>
    </div>
    ${
      request.expectations
        ? html`<p><span class="label">${msg('Expects:')}</span> ${request.expectations}</p>`
        : nothing
    }
    ${
      reply
        ? html`<div class="thread">
            <p class="small muted">
              ${reply.kind === 'question' ? msg('You asked:') : msg(str`${request.menteeName} replied:`)}
            </p>
            <blockquote>${reply.text}</blockquote>
          </div>`
        : nothing
    }
    ${view.error ? renderAnswerError(view.error) : nothing} ${renderActions(view)}
  </li>`;
}

/** A request that is no longer open, with why (the mentee found someone else, it expired...). */
export function renderClosedItem(request: MatchRequest, locale: string): TemplateResult {
  const why =
    request.status === 'withdrawn'
      ? request.withdrawnReason === 'matched-elsewhere'
        ? msg(
            str`${request.menteeName} started a mentorship with another mentor, so this request was withdrawn.`,
          )
        : msg(str`${request.menteeName} withdrew the request.`)
      : request.status === 'expired'
        ? msg('Expired without an answer.')
        : request.status === 'accepted'
          ? msg('You accepted: the mentorship has started.')
          : msg(str`You declined: ${declineReasonLabel(request.decline?.reason ?? 'other')}.`);
  return html`<li class="card" data-request=${request.id}>
    <p>
      <strong>${request.menteeName}</strong>
      <span class="badge" data-status=${request.status}>${statusLabel(request.status)}</span>
    </p>
    <p class="small">${why} ${formatRelativeTime(request.updatedAt, locale)}</p>
  </li>`;
}
