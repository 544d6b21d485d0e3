import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { msg, str } from '@lit/localize';
import { ProblemError } from '../../client/errors.js';
import type { DeclineReason, MatchRequest, ProgramSettings } from '../../contract/index.js';
import { AskRequest } from '../../contract/request.js';
import { availabilityProblems } from '../../contract/request-rules.js';
import { MentorElement } from '../../core/mentor-element.js';
import { renderTask, TaskRefresh } from '../../core/task-view.js';
import { isoDay } from '../../matching/score.js';
import { matchRequestStyles } from './match-request.styles.js';
import { InboxActionsController, type InboxAnswer } from './inbox-actions.controller.js';
import {
  availabilityProblemText,
  renderAvailability,
  type AvailabilityValues,
} from './inbox-availability.js';
import { renderClosedItem, renderInboxItem, type InboxMode } from './inbox-item.js';

interface Draft {
  mode: InboxMode;
  reason: DeclineReason | null;
  note: string;
  question: string;
  error?: string;
}

const NO_DRAFT: Draft = { mode: 'none', reason: null, note: '', question: '' };

/**
 * A mentor's incoming requests, the one waiting longest first, with their load ("1 of 2 spots
 * used") and availability. Answers show at once and roll back with a clear message when the
 * server refuses. Part of `<mentor-match-request>` (`view="inbox"`), loaded on demand.
 *
 * @summary A mentor's inbox of match requests.
 *
 * @fires mentor-request-accept - Accepted; the mentorship exists. Detail: `{ request }`.
 * @fires mentor-request-decline - Declined with a reason. Detail: `{ request }`.
 * @fires mentor-request-ask - A question was sent to the mentee. Detail: `{ request }`.
 * @fires mentor-inbox-change - The inbox loaded or changed. Detail: `{ pending, needsInfo, open, spotsLeft }`.
 *
 * @csspart incoming - One open request.
 * @csspart availability - The capacity and pause settings.
 * @csspart load - How many spots the mentor uses of their capacity.
 * @csspart match - The score and what mentor and mentee have in common, on a request.
 */
export class MentorRequestInbox extends MentorElement {
  static override styles = [MentorElement.styles, matchRequestStyles];

  @state() private _drafts = new Map<string, Draft>();
  @state() private _announcement = '';
  @state() private _availability?: AvailabilityValues;
  @state() private _availabilityErrors = new Map<string, string>();
  @state() private _availabilityFailure: unknown;
  @state() private _saving = false;
  private _settings?: ProgramSettings;

  private readonly _actions = new InboxActionsController(this, {
    api: () => this.requireApi(),
    reload: () => void this._refresh.run(),
    answered: (answer, request) => this._answered(answer, request),
    changed: (counts) => this.emit('mentor-inbox-change', counts),
  });

  private readonly _load = new Task(this, {
    task: async ([api], { signal }) => {
      void api;
      const client = this.requireApi();
      // getMe, not the shared currentUser(): the mentor's load and availability must be fresh.
      const [me, page] = await Promise.all([
        client.getMe({ signal }),
        client.listRequests({ role: 'mentor', limit: 100 }, { signal }),
      ]);
      this._settings = me.settings;
      this._actions.load(page.items, me.mentor);
      if (me.mentor && !this._availability) {
        const { capacity, availability } = me.mentor;
        this._availability = {
          capacity,
          pause: availability.status === 'paused',
          pausedUntil: availability.pausedUntil ?? '',
          declineOpen: false,
          note: '',
        };
      }
      return me;
    },
    args: () => [this.api] as const,
  });

  private readonly _refresh = new TaskRefresh(this._load);

  /** Reload from the server. */
  refresh(): Promise<void> {
    return this._refresh.run();
  }

  private _draft(id: string): Draft {
    return this._drafts.get(id) ?? NO_DRAFT;
  }

  private _setDraft(id: string, patch: Partial<Draft>) {
    this._drafts = new Map(this._drafts).set(id, { ...this._draft(id), ...patch });
  }

  private _answered(answer: InboxAnswer, request: MatchRequest) {
    const drafts = new Map(this._drafts);
    drafts.delete(request.id);
    this._drafts = drafts;
    const name = request.menteeName;
    if (answer.kind === 'accept') {
      this._announcement = msg(str`You accepted ${name}. The mentorship has started.`);
      this.emit('mentor-request-accept', { request });
    } else if (answer.kind === 'decline') {
      this._announcement = msg(str`You declined ${name}’s request.`);
      this.emit('mentor-request-decline', { request });
    } else {
      this._announcement = msg(str`Your question was sent to ${name}.`);
      this.emit('mentor-request-ask', { request });
    }
  }

  private _decline(event: Event, request: MatchRequest) {
    event.preventDefault();
    const draft = this._draft(request.id);
    if (!draft.reason) return this._setDraft(request.id, { error: msg('Choose a reason.') });
    const note = draft.note.trim();
    void this._actions.answer(request, {
      kind: 'decline',
      input: { reason: draft.reason, ...(note ? { note } : {}) },
    });
  }

  private _ask(event: Event, request: MatchRequest) {
    event.preventDefault();
    const parsed = AskRequest.safeParse({ question: this._draft(request.id).question });
    if (!parsed.success)
      return this._setDraft(request.id, { error: msg('Write your question first.') });
    void this._actions.answer(request, { kind: 'ask', question: parsed.data.question });
  }

  private async _saveAvailability(event: Event) {
    event.preventDefault();
    const values = this._availability;
    const mentor = this._actions.mentor;
    if (!values || !mentor || !this._settings || this._saving) return;
    const input = {
      capacity: values.capacity,
      pausedUntil: values.pause ? values.pausedUntil || null : null,
    };
    const errors = new Map<string, string>();
    if (values.pause && !values.pausedUntil) errors.set('pausedUntil', msg('Choose a date.'));
    for (const problem of availabilityProblems(input, {
      settings: this._settings,
      activeMentees: mentor.activeMentees,
      today: isoDay(new Date()),
    }))
      errors.set(problem.field, availabilityProblemText(problem));
    this._availabilityErrors = errors;
    this._availabilityFailure = undefined;
    if (errors.size) return;
    this._saving = true;
    try {
      const declineOpen = values.pause && values.declineOpen;
      const profile = await this.requireApi().updateAvailability({
        ...input,
        ...(declineOpen ? { declineOpen: { note: values.note.trim() } } : {}),
      });
      this._actions.setMentor(profile);
      this._announcement = msg('Availability saved.');
      if (declineOpen) void this._refresh.run();
    } catch (error) {
      const fields = error instanceof ProblemError ? error.fieldErrors : [];
      for (const field of fields) errors.set(field.path, field.message);
      this._availabilityErrors = new Map(errors);
      if (!fields.length) this._availabilityFailure = error;
    } finally {
      this._saving = false;
    }
  }

  override render() {
    return html`<h2>${msg('Mentoring requests')}</h2>
      <p class="visually-hidden" role="status">${this._announcement}</p>
      ${renderTask(
        this._load,
        (me) => (me.mentor ? this._renderInbox() : this._renderNotMentor()),
        {
          loadingLabel: msg('Loading your requests'),
          refreshing: this._refresh.active,
        },
      )}`;
  }

  private _renderNotMentor() {
    return html`<div class="status">
      <p class="status-title">${msg('You are not a mentor in this program')}</p>
      <p>${msg('Requests to mentors show here. Ask your program team to become a mentor.')}</p>
    </div>`;
  }

  private _renderInbox() {
    const actions = this._actions;
    const mentor = actions.mentor!;
    const { spotsLeft } = actions.counts;
    const open = actions.open;
    const recent = actions.recent;
    const used = mentor.activeMentees;
    return html`<p class="load" part="load">
        <strong>${msg(str`${used} of ${mentor.capacity} spots used`)}</strong>
        ${
          mentor.availability.status === 'paused'
            ? html` · ${msg('New requests are paused')}`
            : nothing
        }
      </p>
      ${
        this._availability && this._settings
          ? renderAvailability({
              values: this._availability,
              capacityMax: this._settings.mentorCapacityMax,
              openCount: open.length,
              errors: this._availabilityErrors,
              busy: this._saving,
              failure: this._availabilityFailure,
              onChange: (patch) => (this._availability = { ...this._availability!, ...patch }),
              onSave: (event) => void this._saveAvailability(event),
            })
          : nothing
      }
      <h3>${msg(str`Waiting for your answer (${open.length})`)}</h3>
      ${
        open.length
          ? html`<ul class="list">
              ${open.map((request) => {
                const draft = this._draft(request.id);
                return renderInboxItem({
                  request,
                  locale: this.locale,
                  spotsLeft,
                  busy: actions.busy === request.id,
                  error: actions.errors.get(request.id),
                  mode: draft.mode,
                  declineReason: draft.reason,
                  declineNote: draft.note,
                  question: draft.question,
                  formError: draft.error,
                  onAccept: () => void actions.answer(request, { kind: 'accept' }),
                  onMode: (mode) => this._setDraft(request.id, { mode, error: undefined }),
                  onDeclineReason: (reason) =>
                    this._setDraft(request.id, { reason, error: undefined }),
                  onDeclineNote: (note) => this._setDraft(request.id, { note }),
                  onDecline: (event) => this._decline(event, request),
                  onQuestion: (question) =>
                    this._setDraft(request.id, { question, error: undefined }),
                  onAsk: (event) => this._ask(event, request),
                });
              })}
            </ul>`
          : html`<p class="status">${msg('No requests are waiting for you.')}</p>`
      }
      ${
        recent.length
          ? html`<h3>${msg('Recently closed')}</h3>
              <ul class="list">
                ${recent.map((request) => renderClosedItem(request, this.locale))}
              </ul>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentor-request-inbox': MentorRequestInbox;
  }
}
