// One of the mentee's requests as they follow it: where it stands in words, the mentor's
// question with a reply box, the next step after an accept, the reason after a decline, and a
// withdraw that asks first.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import type { MatchRequest, MentorProfile } from '../../contract/index.js';
import { allowedTransitions } from '../../contract/request-rules.js';
import { formatDate, formatReplyTime } from '../../core/format.js';
import { renderError } from '../../core/task-view.js';
import {
  declineReasonForMentee,
  expiresText,
  preferencesText,
  statusLabel,
  waitingText,
} from './match-request-copy.js';

export interface StatusItemView {
  request: MatchRequest;
  mentor: MentorProfile | undefined;
  locale: string;
  confirmingWithdraw: boolean;
  busy: boolean;
  reply: string;
  replyError: string | undefined;
  error: unknown;
  agreementHref: string;
  onWithdraw: () => void;
  onConfirmWithdraw: () => void;
  onCancelWithdraw: () => void;
  onReplyInput: (text: string) => void;
  onReply: (event: Event) => void;
  onAgreement: (event: Event) => void;
  onFindAnother: () => void;
}

function renderThread(request: MatchRequest) {
  if (!request.thread.length) return nothing;
  return html`<div class="thread">
    ${request.thread.map(
      (message) =>
        html`<div>
          <p class="small muted">
            ${
              message.kind === 'question'
                ? msg(str`${request.mentorName} asked:`)
                : msg('You replied:')
            }
          </p>
          <blockquote>${message.text}</blockquote>
        </div>`,
    )}
  </div>`;
}

const replyLine = (name: string, reply: string) => msg(str`${name}: ${reply}.`);

function renderPending(view: StatusItemView) {
  const hours = view.mentor?.responsiveness.medianHoursToFirstReply ?? null;
  return html`<p>
    ${
      hours !== null
        ? html`${replyLine(view.request.mentorName, formatReplyTime(hours, view.locale))} `
        : nothing
    }
    ${expiresText(view.request, view.locale)}
  </p>`;
}

function renderReplyBox(view: StatusItemView) {
  const id = `reply-${view.request.id}`;
  return html`<form class="stack" @submit=${view.onReply} novalidate>
    <label class="field">
      <span class="label">${msg('Your answer')}</span>
      <textarea
        id=${id}
        class="input"
        rows="3"
        aria-invalid=${view.replyError ? 'true' : 'false'}
        aria-describedby=${view.replyError ? `${id}-error` : nothing}
        .value=${live(view.reply)}
        @input=${(e: Event) => view.onReplyInput((e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </label>
    ${
      view.replyError
        ? html`<p class="field-error" id=${`${id}-error`}>${view.replyError}</p>`
        : nothing
    }
    <div class="row">
      <button class="button primary" type="submit" aria-disabled=${view.busy ? 'true' : 'false'}>
        ${view.busy ? msg('Sending…') : msg('Send answer')}
      </button>
    </div>
  </form>`;
}

function renderOutcome(view: StatusItemView): TemplateResult | typeof nothing {
  const { request } = view;
  switch (request.status) {
    case 'pending':
      return renderPending(view);
    case 'needs-info':
      return html`<p>${msg('Answer the question so the mentor can decide.')}</p>
        ${renderReplyBox(view)}`;
    case 'accepted': {
      const href = view.agreementHref.replace(
        '{mentorshipId}',
        encodeURIComponent(request.mentorshipId ?? ''),
      );
      return html`<p>
          ${msg(
            str`${request.mentorName} accepted. Next step: agree on goals, how often you meet and how either of you can end it.`,
          )}
        </p>
        <p>
          <a class="button primary" href=${href || '#'} @click=${view.onAgreement}>
            ${msg('Set up the agreement')}
          </a>
        </p>`;
    }
    case 'declined':
      return html`<p>
          ${declineReasonForMentee(request.mentorName, request.decline?.reason ?? 'other')}
        </p>
        ${
          request.decline?.note
            ? html`<p>${msg('Their note:')}</p>
                <blockquote>${request.decline.note}</blockquote>`
            : html`<p class="muted">${msg('They did not add a note.')}</p>`
        }
        <button class="button primary" type="button" @click=${view.onFindAnother}>
          ${msg('Find another mentor')}
        </button>`;
    case 'withdrawn':
      return html`<p>
        ${
          request.withdrawnReason === 'matched-elsewhere'
            ? msg('Withdrawn automatically: you started a mentorship with another mentor.')
            : msg(str`You withdrew this request on ${formatDate(request.updatedAt, view.locale)}.`)
        }
      </p>`;
    case 'expired':
      return html`<p>
          ${msg(
            str`${request.mentorName} did not answer in time, so the request expired on ${formatDate(request.expiresAt, view.locale)}.`,
          )}
        </p>
        <button class="button" type="button" @click=${view.onFindAnother}>
          ${msg('Find another mentor')}
        </button>`;
  }
}

function renderWithdraw(view: StatusItemView) {
  if (!allowedTransitions('mentee', view.request.status).includes('withdraw')) return nothing;
  if (!view.confirmingWithdraw)
    return html`<button class="button danger" type="button" @click=${view.onWithdraw}>
      ${msg('Withdraw request')}
    </button>`;
  return html`<div
    class="status notice"
    role="group"
    aria-labelledby=${`confirm-${view.request.id}`}
  >
    <p id=${`confirm-${view.request.id}`}>
      ${msg(
        str`Withdraw your request to ${view.request.mentorName}? They will see that you withdrew it.`,
      )}
    </p>
    <div class="row">
      <button
        class="button danger confirm-withdraw"
        type="button"
        aria-disabled=${view.busy ? 'true' : 'false'}
        @click=${view.onConfirmWithdraw}
      >
        ${msg('Yes, withdraw')}
      </button>
      <button class="button" type="button" @click=${view.onCancelWithdraw}>
        ${msg('Keep it')}
      </button>
    </div>
  </div>`;
}

export function renderStatusItem(view: StatusItemView): TemplateResult {
  const { request, locale } = view;
  return html`<li class="card stack" data-request=${request.id} part="request">
    <div class="row">
      <h3>${msg(str`Request to ${request.mentorName}`)}</h3>
      <span class="badge" data-status=${request.status}>${statusLabel(request.status)}</span>
    </div>
    <p class="meta small muted">
      <span>${waitingText(request, locale)}</span><span>${preferencesText(request, locale)}</span>
    </p>
    <details>
      <summary>${msg('What you sent')}</summary>
      <p>${request.message}</p>
      <ul>
        ${request.goals.map((goal) => html`<li>${goal}</li>`)}
      </ul>
    </details>
    ${renderThread(request)} ${renderOutcome(view)}
    ${view.error ? renderError(view.error) : nothing} ${renderWithdraw(view)}
  </li>`;
}
