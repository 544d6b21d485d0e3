// The request form itself: message with its live counter, up to three goals, expectations and
// how to meet. Every field carries its message (after it was touched or on submit) through
// aria-describedby, and the error summary above the button is announced.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { CADENCES, MEETING_FORMATS, REQUEST_LIMITS } from '../../contract/values.js';
import { formatDateTime } from '../../core/format.js';
import { cadenceLabel, counterText, formatLabel } from './match-request-copy.js';
import { fieldId, type RequestField, type RequestValues } from './request-form.controller.js';

export interface RequestFormView {
  mentorName: string;
  values: RequestValues;
  errorFor: (field: RequestField) => string | undefined;
  shownErrors: readonly RequestField[];
  locale: string;
  pending: boolean;
  disabled: boolean;
  /** When a draft was restored, when it was saved. */
  restoredAt: Date | undefined;
  /** A failure that is not about one field (offline, full meanwhile...). */
  failure: TemplateResult | typeof nothing;
  onChange: (patch: Partial<RequestValues>) => void;
  onGoal: (index: number, text: string) => void;
  onBlur: (field: RequestField) => void;
  onDiscardDraft: () => void;
  onSubmit: (event: Event) => void;
}

const L = REQUEST_LIMITS;

/** id, aria-invalid and aria-describedby of a field with a hint and maybe an error. */
function described(view: RequestFormView, field: RequestField, hintId?: string) {
  const error = view.errorFor(field);
  const ids = [hintId, error ? `${fieldId(field)}-error` : undefined].filter(Boolean).join(' ');
  return { error, invalid: error ? 'true' : 'false', describedBy: ids || undefined };
}

function fieldError(field: RequestField, error: string | undefined) {
  return error
    ? html`<p class="field-error" id=${`${fieldId(field)}-error`}>${error}</p>`
    : nothing;
}

function renderRestored(view: RequestFormView) {
  if (!view.restoredAt) return nothing;
  const when = formatDateTime(view.restoredAt, view.locale);
  return html`<div class="status notice" part="draft-notice">
    <p>${msg(str`We restored the draft you were writing (saved ${when}).`)}</p>
    <button type="button" class="button link" @click=${view.onDiscardDraft}>
      ${msg('Discard draft')}
    </button>
  </div>`;
}

function renderMessage(view: RequestFormView) {
  const value = view.values.message;
  const length = value.trim().length;
  const { error, invalid } = described(view, 'message');
  return html`<div class="field">
    <label class="label" for=${fieldId('message')}>${msg('Message to the mentor')}</label>
    <p class="hint" id="message-hint">
      ${msg('Say who you are, what you want to work on and why this mentor.')}
    </p>
    <textarea
      id=${fieldId('message')}
      class="input"
      part="message"
      rows="6"
      required
      aria-required="true"
      maxlength=${L.messageMax + 200}
      aria-invalid=${invalid}
      aria-describedby=${['message-hint', 'message-counter', error ? 'f-message-error' : '']
        .filter(Boolean)
        .join(' ')}
      .value=${live(value)}
      ?disabled=${view.disabled}
      @input=${(e: Event) => view.onChange({ message: (e.target as HTMLTextAreaElement).value })}
      @blur=${() => view.onBlur('message')}
    ></textarea>
    <p
      class="hint counter ${length > L.messageMax ? 'over' : ''}"
      id="message-counter"
      aria-live="polite"
    >
      ${counterText(length, L.messageMin, L.messageMax)}
    </p>
    ${fieldError('message', error)}
  </div>`;
}

function renderGoals(view: RequestFormView) {
  const group = view.errorFor('goals');
  return html`<fieldset
    class="field goals"
    aria-describedby=${group ? 'goals-hint f-goals-error' : 'goals-hint'}
  >
    <legend class="label">${msg('Goals for the mentorship')}</legend>
    <p class="hint" id="goals-hint">${msg('One to three goals you want to reach together.')}</p>
    ${fieldError('goals', group)}
    ${view.values.goals.map((goal, index) => {
      const field = `goals.${index}` as RequestField;
      const { error, invalid, describedBy } = described(view, field);
      return html`<label class="goal">
          <span class="goal-label">${msg(str`Goal ${index + 1}`)}</span>
          <input
            id=${fieldId(field)}
            class="input"
            maxlength=${L.goalMax + 50}
            aria-invalid=${index === 0 && group ? 'true' : invalid}
            aria-describedby=${describedBy ?? nothing}
            .value=${live(goal)}
            ?disabled=${view.disabled}
            @input=${(e: Event) => view.onGoal(index, (e.target as HTMLInputElement).value)}
            @blur=${() => view.onBlur(index === 0 ? 'goals' : field)}
          />
        </label>
        ${fieldError(field, error)}`;
    })}
  </fieldset>`;
}

function renderChoice<T extends string>(
  view: RequestFormView,
  name: 'cadence' | 'format',
  legend: string,
  options: readonly T[],
  label: (option: T) => string,
) {
  const field = `preferences.${name}` as RequestField;
  const { error } = described(view, field);
  return html`<fieldset
    class="field choice"
    aria-describedby=${error ? `${fieldId(field)}-error` : nothing}
  >
    <legend class="label">${legend}</legend>
    <div class="options">
      ${options.map(
        (option) =>
          html`<label class="option">
            <input
              type="radio"
              name=${name}
              value=${option}
              .checked=${live(view.values[name] === option)}
              ?disabled=${view.disabled}
              @change=${() => view.onChange({ [name]: option })}
            />
            ${label(option)}
          </label>`,
      )}
    </div>
    ${fieldError(field, error)}
  </fieldset>`;
}

function renderDuration(view: RequestFormView) {
  const field: RequestField = 'preferences.durationWeeks';
  const { error, invalid } = described(view, field);
  return html`<div class="field">
    <label class="label" for=${fieldId(field)}>${msg('Intended duration, in weeks')}</label>
    <p class="hint" id="duration-hint">${msg('Most mentorships run 4 to 24 weeks.')}</p>
    <input
      id=${fieldId(field)}
      class="input narrow"
      type="number"
      inputmode="numeric"
      min=${L.durationMinWeeks}
      max=${L.durationMaxWeeks}
      step="1"
      aria-invalid=${invalid}
      aria-describedby=${error ? `duration-hint ${fieldId(field)}-error` : 'duration-hint'}
      .value=${live(view.values.durationWeeks === null ? '' : String(view.values.durationWeeks))}
      ?disabled=${view.disabled}
      @input=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        view.onChange({ durationWeeks: raw === '' ? null : Number(raw) });
      }}
      @blur=${() => view.onBlur(field)}
    />
    ${fieldError(field, error)}
  </div>`;
}

function renderSummary(view: RequestFormView) {
  const count = view.shownErrors.length;
  if (count === 0) return html`<div role="alert" class="visually-hidden"></div>`;
  return html`<div role="alert" class="status error" part="error-summary">
    <p class="status-title">
      ${count === 1 ? msg('One answer needs another look.') : msg(str`${count} answers need another look.`)}
    </p>
  </div>`;
}

export function renderRequestForm(view: RequestFormView): TemplateResult {
  const expectations = described(view, 'expectations', 'expectations-hint');
  return html`<form class="request-form stack" part="form" novalidate @submit=${view.onSubmit}>
    ${renderRestored(view)} ${renderMessage(view)} ${renderGoals(view)}
    <div class="field">
      <label class="label" for=${fieldId('expectations')}>
        ${msg('What you expect from your mentor')} <span class="muted">${msg('(optional)')}</span>
      </label>
      <p class="hint" id="expectations-hint">
        ${msg('For example: honest feedback on drafts, introductions, practice conversations.')}
      </p>
      <textarea
        id=${fieldId('expectations')}
        class="input"
        rows="3"
        aria-invalid=${expectations.invalid}
        aria-describedby=${expectations.describedBy ?? nothing}
        .value=${live(view.values.expectations)}
        ?disabled=${view.disabled}
        @input=${(e: Event) =>
          view.onChange({ expectations: (e.target as HTMLTextAreaElement).value })}
        @blur=${() => view.onBlur('expectations')}
      ></textarea>
      ${fieldError('expectations', expectations.error)}
    </div>
    ${renderChoice(view, 'cadence', msg('How often to meet'), CADENCES, cadenceLabel)}
    ${renderChoice(view, 'format', msg('How to meet'), MEETING_FORMATS, formatLabel)}
    ${renderDuration(view)}
    <slot name="privacy"></slot>
    ${renderSummary(view)} ${view.failure}
    <div class="row actions">
      <button
        type="submit"
        class="button primary"
        part="submit-button"
        aria-disabled=${view.pending ? 'true' : 'false'}
        ?disabled=${view.disabled}
      >
        ${view.pending ? msg('Sending…') : msg(str`Send request to ${view.mentorName}`)}
      </button>
    </div>
  </form>`;
}
