import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { msg, str } from '@lit/localize';
import { ProblemError } from '../../client/errors.js';
import type { MentorCard, MentorProfile } from '../../contract/index.js';
import { MentorElement } from '../../core/mentor-element.js';
import { FormAssociated, FormControlController } from '../../core/form-control.js';
import { renderError, renderTask, TaskRefresh } from '../../core/task-view.js';
import { matchRequestStyles } from './match-request.styles.js';
import {
  RequestFormController,
  emptyValues,
  fieldId,
  prefilled,
} from './request-form.controller.js';
import { RequestSubmitController } from './request-submit.controller.js';
import { loadFormPart, loadView, type FormPart } from './lazy-views.js';

export type MatchRequestView = 'form' | 'status' | 'inbox';

/**
 * The handshake between mentee and mentor: the request form (`view="form"`, opened by
 * `<mentor-directory>` for a mentor), the mentee's requests (`view="status"`) and the mentor's
 * inbox (`view="inbox"`). The status and inbox views load on demand.
 *
 * The form checks the program's rules before sending (the same ones the server applies), keeps
 * a draft of what was typed until the server confirms, and sends exactly one request however
 * often it is submitted. Inside a host `<form>` its value is the request as JSON and it is
 * invalid until the request is complete.
 *
 * @summary Request mentoring, follow your requests, and answer them as a mentor.
 *
 * @fires mentor-request-submit - The server confirmed a new request. Detail: `{ request }`.
 * @fires mentor-request-withdraw - The mentee withdrew a request. Detail: `{ request }`.
 * @fires mentor-request-reply - The mentee answered the mentor's question. Detail: `{ request }`.
 * @fires mentor-request-accept - The mentor accepted; the mentorship exists. Detail: `{ request }`.
 * @fires mentor-request-decline - The mentor declined, with a reason. Detail: `{ request }`.
 * @fires mentor-request-ask - The mentor asked the mentee a question. Detail: `{ request }`.
 * @fires mentor-inbox-change - The mentor's inbox loaded or changed (for a badge). Detail:
 *   `{ pending, needsInfo, open, spotsLeft }`.
 * @fires mentor-agreement-open - "Set up the agreement" was pressed on an accepted request.
 *   Cancelable: `preventDefault()` keeps the link from being followed. Detail: `{ request, mentorshipId }`.
 * @fires mentor-directory-open - "Find another mentor" was pressed. Cancelable. Detail: `{ request }`.
 *
 * @slot intro - Text above the form, e.g. how the program matches.
 * @slot privacy - A privacy notice shown above the send button.
 *
 * @csspart form - The request form.
 * @csspart mentor-summary - The mentor's summary beside the form (also score, warning).
 * @csspart warning - A notice beside the form, e.g. a shared budget owner with the mentor.
 * @csspart message - The message text area.
 * @csspart submit-button - The send button.
 * @csspart draft-notice - The "draft restored" notice with its discard button.
 * @csspart error-summary - The announced count of fields to fix.
 * @csspart not-requestable - Why the mentor cannot be asked, shown instead of the form.
 * @csspart sent - The confirmation after sending.
 * @csspart empty - Shown when no mentor is chosen yet.
 *
 * @cssprop [--mentor-request-summary-width=18rem] - Width of the mentor summary beside the form.
 */
export class MentorMatchRequest extends FormAssociated(MentorElement) {
  static override styles = [MentorElement.styles, matchRequestStyles];

  /** The mentor to request (the directory sets it through `open()`). */
  @property({ attribute: 'mentor-id', reflect: true }) mentorId = '';

  /** `form` (write a request), `status` (my requests) or `inbox` (a mentor's incoming requests). */
  @property({ reflect: true }) view: MatchRequestView = 'form';

  /** In the status view: show only this request. */
  @property({ attribute: 'request-id' }) requestId = '';

  /** Link to the agreement of an accepted request; `{mentorshipId}` is replaced. */
  @property({ attribute: 'agreement-href' }) agreementHref = '';

  /** Where "Find another mentor" leads (e.g. the directory page). */
  @property({ attribute: 'directory-href' }) directoryHref = '';

  /**
   * The field name in a host `<form>`. Reflected: the form takes an entry's name from the
   * attribute, and React and Vue set the property.
   */
  @property({ reflect: true }) name = '';

  @state() private _failure: unknown;

  private readonly _form = new RequestFormController(this, () => {
    const me = this._context.value?.me;
    return me && this.mentorId ? { userId: me.person.id, mentorId: this.mentorId } : undefined;
  });

  private readonly _submit = new RequestSubmitController(this);

  // In a host <form>: the request as JSON (the new request's id once sent); invalid until the
  // rules find nothing to fix. Reset starts over; back/forward restores what was typed.
  private readonly _formControl = new FormControlController(this, {
    value: () =>
      this._submit.sent ? this._submit.sent.id : JSON.stringify(this._form.input(this.mentorId)),
    state: () => JSON.stringify(this._form.input(this.mentorId)),
    restore: (state, reason) => {
      if (reason === 'reset') this._startOver();
      else if (typeof state === 'string') this._form.restoreFrom(state);
    },
    validity: () => {
      const first = [...this._form.problems.values()][0];
      if (this._submit.sent || !this.mentorId || !first) return null;
      return {
        flags: { customError: true },
        message: first,
        anchor: this.renderRoot.querySelector<HTMLElement>(`#${fieldId('message')}`),
      };
    },
  });

  private readonly _context = new Task(this, {
    task: async ([, view, mentorId], { signal }) => {
      const me = await this.currentUser(signal);
      if (view !== 'form' || !mentorId) return { me, card: undefined };
      // The form's views (their own chunk, asked for at connect) show with the mentor.
      const [card, part] = await Promise.all([
        this.requireApi().getMentorMatch(mentorId, { signal }),
        loadFormPart(),
      ]);
      if (!this._form.restored && !this._form.dirty) this._form.reset(prefilled(me, card.mentor));
      return { me, card, part };
    },
    args: () => [this.api, this.view, this.mentorId] as const,
  });

  /** Reloads for the same mentor (refresh(), a 409): the form stays on screen meanwhile. */
  private readonly _refresh = new TaskRefresh(this._context);

  private readonly _lazy = new Task(this, {
    task: ([view]) => (view === 'form' ? undefined : loadView(view)),
    args: () => [this.view] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetched while the first paint shows, so choosing a mentor waits only for the mentor.
    if (this.view === 'form') loadFormPart().catch(() => undefined); // reported by the data task
  }

  /** Open the form for a mentor (called by `<mentor-directory>`), and bring it into view. */
  open(mentor: MentorProfile, _card?: MentorCard): void {
    this.mentorId = mentor.id;
    this.view = 'form';
    void this.updateComplete.then(async () => {
      await this._context.taskComplete.catch(() => undefined);
      await this.updateComplete;
      const heading = this.renderRoot.querySelector<HTMLElement>('#heading');
      heading?.scrollIntoView?.({ block: 'start' });
      heading?.focus();
    });
  }

  /** Reload from the server (e.g. after another widget on the page changed a request). */
  async refresh(): Promise<void> {
    const inner = this.renderRoot.querySelector<HTMLElement & { refresh?: () => Promise<void> }>(
      'mentor-request-status, mentor-request-inbox',
    );
    if (inner?.refresh) return inner.refresh();
    if (this.view === 'form' && this.mentorId && !this._submit.sent) await this._refresh.run();
  }

  /** Show the mentee's requests (optionally one). */
  showRequests(requestId = ''): void {
    this.requestId = requestId;
    this.view = 'status';
  }

  // A focused field removed by a render (the form giving way to "sent" or to the skeleton) fires
  // blur on its way out: that is not the person leaving it, and must not schedule another render.
  private _rendering = false;

  protected override update(changed: PropertyValues<this>): void {
    this._rendering = true;
    try {
      super.update(changed);
    } finally {
      this._rendering = false;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mentorId') && changed.get('mentorId') !== undefined) this._startOver();
  }

  private _startOver() {
    this._submit.reset();
    this._form.reset(emptyValues());
    this._failure = undefined;
  }

  private _focusFirstError() {
    void this.updateComplete.then(() => {
      const first = this._form.shownErrors[0];
      const field = first === 'goals' ? 'goals.0' : first;
      if (field) this.renderRoot.querySelector<HTMLElement>(`#${fieldId(field)}`)?.focus();
    });
  }

  private _onSubmit = async (event: Event) => {
    event.preventDefault();
    if (this._submit.pending) return; // a second click joins the request already on its way
    if (!this._form.trySubmit()) return this._focusFirstError();
    this._failure = undefined;
    try {
      const request = await this._submit.submit(this.requireApi(), this._form.input(this.mentorId));
      this._form.draft.clear(); // only now: the server has the request
      this._form.reset(emptyValues());
      this.emit('mentor-request-submit', { request });
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[part="sent"]')?.focus(),
      );
    } catch (error) {
      this._form.draft.flush();
      const fields = error instanceof ProblemError ? error.fieldErrors : [];
      if (fields.length && this._form.applyServerErrors(fields)) return this._focusFirstError();
      this._failure = error;
      // Full, paused or already asked meanwhile: show the explanation in place of the form.
      if (error instanceof ProblemError && error.status === 409) void this._refresh.run();
    }
  };

  override render() {
    return html`<slot name="intro"></slot>${this._renderView()}`;
  }

  private _renderView() {
    if (this.view === 'form') return this._renderFormView();
    return renderTask(this._lazy, () =>
      this.view === 'status'
        ? html`<mentor-request-status
            .api=${this.api}
            request-id=${this.requestId}
            agreement-href=${this.agreementHref}
            directory-href=${this.directoryHref}
          ></mentor-request-status>`
        : html`<mentor-request-inbox .api=${this.api}></mentor-request-inbox>`,
    );
  }

  private _renderFormView() {
    if (!this.mentorId)
      return html`<div class="status" part="empty">
        <p class="status-title">${msg('No mentor chosen yet')}</p>
        <p>${msg('Choose a mentor in the directory, then write your request here.')}</p>
      </div>`;
    return renderTask(
      this._context,
      ({ card, part }) =>
        card && part
          ? html`<h2 id="heading" tabindex="-1">
                ${msg(str`Request mentoring from ${card.mentor.name}`)}
              </h2>
              <div class="columns">
                ${part.renderMentorSummary(card, this.locale)}
                <div class="main">${this._renderMain(card, part)}</div>
              </div>`
          : nothing,
      { loadingLabel: msg('Loading the mentor'), refreshing: this._refresh.active },
    );
  }

  private _renderMain(card: MentorCard, part: FormPart) {
    const { renderNotRequestable, renderRequestForm, renderSent } = part;
    const sent = this._submit.sent;
    const actions = {
      onShowRequests: () => this.showRequests(sent?.id ?? ''),
      onWriteAnother: () => this._startOver(),
    };
    if (sent) return renderSent(sent, card, this.locale, actions);
    const blocked = renderNotRequestable(card, this.locale, () => this.showRequests());
    if (blocked) return blocked;
    return renderRequestForm({
      mentorName: card.mentor.name,
      values: this._form.values,
      errorFor: (field) => this._form.errorFor(field),
      shownErrors: this._form.shownErrors,
      locale: this.locale,
      pending: this._submit.pending,
      disabled: this._formControl.disabled,
      restoredAt: this._form.restored?.savedAt,
      failure: this._failure
        ? renderError(this._failure, () => this._onSubmit(new Event('submit')))
        : nothing,
      onChange: (patch) => this._form.update(patch),
      onGoal: (index, text) => this._form.updateGoal(index, text),
      onBlur: (field) => {
        if (!this._rendering) this._form.touch(field);
      },
      onDiscardDraft: () =>
        this._form.discardDraft(prefilled(this._context.value?.me, card.mentor)),
      onSubmit: this._onSubmit,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentor-match-request': MentorMatchRequest;
  }
}
