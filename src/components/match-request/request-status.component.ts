import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { msg, str } from '@lit/localize';
import { ConflictError } from '../../client/errors.js';
import type { MatchRequest, MentorProfile } from '../../contract/index.js';
import { ReplyRequest } from '../../contract/request.js';
import { OPEN_REQUEST_STATUSES } from '../../contract/request-rules.js';
import { MentorElement } from '../../core/mentor-element.js';
import { renderTask, TaskRefresh } from '../../core/task-view.js';
import { matchRequestStyles } from './match-request.styles.js';
import { statusLabel } from './match-request-copy.js';
import { renderStatusItem } from './request-status-view.js';

/**
 * The mentee's requests, newest first (or one, with `request-id`): where each one stands, and
 * what they can do: answer the mentor's question, withdraw while it is open, set up the agreement
 * after an accept, find another mentor after a decline. Part of `<mentor-match-request>`
 * (`view="status"`), loaded on demand.
 *
 * @summary A mentee's match requests and their status.
 *
 * @fires mentor-request-withdraw - The mentee withdrew a request. Detail: `{ request }`.
 * @fires mentor-request-reply - The mentee answered the mentor's question. Detail: `{ request }`.
 * @fires mentor-agreement-open - "Set up the agreement" was pressed. Cancelable. Detail: `{ request, mentorshipId }`.
 * @fires mentor-directory-open - "Find another mentor" was pressed. Cancelable. Detail: `{ request }`.
 *
 * @csspart request - One request.
 */
export class MentorRequestStatus extends MentorElement {
  static override styles = [MentorElement.styles, matchRequestStyles];

  @property({ attribute: 'request-id' }) requestId = '';
  @property({ attribute: 'agreement-href' }) agreementHref = '';
  @property({ attribute: 'directory-href' }) directoryHref = '';

  @state() private _items: MatchRequest[] = [];
  @state() private _confirming = '';
  @state() private _busy = '';
  @state() private _replies = new Map<string, string>();
  @state() private _replyErrors = new Map<string, string>();
  @state() private _errors = new Map<string, unknown>();
  @state() private _announcement = '';
  private _mentors = new Map<string, MentorProfile>();

  private readonly _load = new Task(this, {
    task: async ([api, requestId], { signal }) => {
      const client = this.requireApi();
      void api;
      const items = requestId
        ? [await client.getRequest(requestId, { signal })]
        : (await client.listRequests({ role: 'mentee', limit: 50 }, { signal })).items;
      // "Usually replies within ..." for the open ones: their mentors' derived reply times.
      const open = [...new Set(items.filter(isOpen).map((r) => r.mentorId))];
      const mentors = await Promise.all(
        open.map((id) => client.getMentor(id, { signal }).catch(() => undefined)),
      );
      this._mentors = new Map(mentors.flatMap((m) => (m ? [[m.id, m] as const] : [])));
      this._items = items;
      return items;
    },
    args: () => [this.api, this.requestId] as const,
  });

  private readonly _refresh = new TaskRefresh(this._load);

  /** Reload from the server (e.g. after the mentor answered elsewhere). */
  refresh(): Promise<void> {
    return this._refresh.run();
  }

  private _replace(request: MatchRequest) {
    this._items = this._items.map((item) => (item.id === request.id ? request : item));
  }

  private _setError(id: string, error: unknown) {
    const errors = new Map(this._errors);
    if (error === undefined) errors.delete(id);
    else errors.set(id, error);
    this._errors = errors;
  }

  private async _act(request: MatchRequest, work: () => Promise<MatchRequest>) {
    if (this._busy) return;
    this._busy = request.id;
    this._setError(request.id, undefined);
    try {
      const updated = await work();
      this._replace(updated);
      this._announcement = msg(
        str`Request to ${updated.mentorName}: ${statusLabel(updated.status)}`,
      );
      return updated;
    } catch (error) {
      this._setError(request.id, error);
      // Someone moved it meanwhile (the mentor answered): show where it stands now.
      if (error instanceof ConflictError) void this._refresh.run();
      return undefined;
    } finally {
      this._busy = '';
    }
  }

  private async _withdraw(request: MatchRequest) {
    const updated = await this._act(request, () =>
      this.requireApi().withdrawRequest(request.id, { version: request.version }),
    );
    this._confirming = '';
    if (updated) this.emit('mentor-request-withdraw', { request: updated });
  }

  private async _reply(event: Event, request: MatchRequest) {
    event.preventDefault();
    const text = this._replies.get(request.id) ?? '';
    const parsed = ReplyRequest.safeParse({ text });
    const errors = new Map(this._replyErrors);
    if (!parsed.success) {
      errors.set(
        request.id,
        text.trim() ? msg('Keep it under 2000 characters.') : msg('Write your answer first.'),
      );
      this._replyErrors = errors;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#reply-${CSS.escape(request.id)}`)?.focus();
      return;
    }
    errors.delete(request.id);
    this._replyErrors = errors;
    const updated = await this._act(request, () =>
      this.requireApi().replyRequest(request.id, parsed.data.text, { version: request.version }),
    );
    if (!updated) return;
    const replies = new Map(this._replies);
    replies.delete(request.id);
    this._replies = replies;
    this.emit('mentor-request-reply', { request: updated });
  }

  private _openAgreement(event: Event, request: MatchRequest) {
    const detail = { request, mentorshipId: request.mentorshipId ?? '' };
    if (!this.emit('mentor-agreement-open', detail, { cancelable: true }) || !this.agreementHref)
      event.preventDefault();
  }

  private _findAnother(request: MatchRequest) {
    if (this.emit('mentor-directory-open', { request }, { cancelable: true }) && this.directoryHref)
      location.assign(this.directoryHref);
  }

  override render() {
    return html`<h2>${msg('My requests')}</h2>
      <p class="visually-hidden" role="status">${this._announcement}</p>
      ${renderTask(this._load, () => this._renderList(), {
        loadingLabel: msg('Loading your requests'),
        refreshing: this._refresh.active,
      })}`;
  }

  private _renderList() {
    if (!this._items.length)
      return html`<div class="status">
        <p class="status-title">${msg('You have not asked anyone yet')}</p>
        <p>${msg('Find a mentor in the directory and send a request; it will show here.')}</p>
      </div>`;
    return html`<ul class="list">
      ${this._items.map((request) =>
        renderStatusItem({
          request,
          mentor: this._mentors.get(request.mentorId),
          locale: this.locale,
          confirmingWithdraw: this._confirming === request.id,
          busy: this._busy === request.id,
          reply: this._replies.get(request.id) ?? '',
          replyError: this._replyErrors.get(request.id),
          error: this._errors.get(request.id),
          agreementHref: this.agreementHref,
          onWithdraw: () => {
            this._confirming = request.id;
            void this.updateComplete.then(() =>
              this.renderRoot.querySelector<HTMLElement>('.confirm-withdraw')?.focus(),
            );
          },
          onConfirmWithdraw: () => void this._withdraw(request),
          onCancelWithdraw: () => (this._confirming = ''),
          onReplyInput: (text) => (this._replies = new Map(this._replies).set(request.id, text)),
          onReply: (event) => void this._reply(event, request),
          onAgreement: (event) => this._openAgreement(event, request),
          onFindAnother: () => this._findAnother(request),
        }),
      )}
    </ul>`;
  }
}

const isOpen = (request: MatchRequest) => OPEN_REQUEST_STATUSES.includes(request.status);

declare global {
  interface HTMLElementTagNameMap {
    'mentor-request-status': MentorRequestStatus;
  }
}
