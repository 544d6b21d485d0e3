// The mentor's availability: how many mentees at once (within the program's limit), and a pause
// of new requests until a date, optionally declining the open ones with one note.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import type { AvailabilityProblem } from '../../contract/index.js';
import { renderError } from '../../core/task-view.js';

export interface AvailabilityValues {
  capacity: number;
  pause: boolean;
  pausedUntil: string;
  declineOpen: boolean;
  note: string;
}

export interface AvailabilityView {
  values: AvailabilityValues;
  capacityMax: number;
  openCount: number;
  errors: ReadonlyMap<string, string>;
  busy: boolean;
  failure: unknown;
  onChange: (patch: Partial<AvailabilityValues>) => void;
  onSave: (event: Event) => void;
}

export function availabilityProblemText(problem: AvailabilityProblem): string {
  if (problem.rule === 'out-of-range')
    return msg(str`Choose between 1 and ${problem.limit} mentees.`);
  if (problem.rule === 'below-load')
    return msg(str`You mentor ${problem.limit} people now; choose at least ${problem.limit}.`);
  return msg('Choose today or a later date.');
}

function error(id: string, text: string | undefined) {
  return text ? html`<p class="field-error" id=${`${id}-error`}>${text}</p>` : nothing;
}

export function renderAvailability(view: AvailabilityView): TemplateResult {
  const v = view.values;
  const capacityError = view.errors.get('capacity');
  const dateError = view.errors.get('pausedUntil');
  return html`<details class="card" part="availability">
    <summary>${msg('Availability')}</summary>
    <form class="stack" novalidate @submit=${view.onSave}>
      <div class="field">
        <label class="label" for="capacity">${msg('Mentees at a time')}</label>
        <p class="hint" id="capacity-hint">
          ${msg(str`The program allows up to ${view.capacityMax}.`)}
        </p>
        <input
          id="capacity"
          class="input narrow"
          type="number"
          min="1"
          max=${view.capacityMax}
          aria-invalid=${capacityError ? 'true' : 'false'}
          aria-describedby=${capacityError ? 'capacity-hint capacity-error' : 'capacity-hint'}
          .value=${live(String(v.capacity))}
          @input=${(e: Event) =>
            view.onChange({ capacity: Number((e.target as HTMLInputElement).value) })}
        />
        ${error('capacity', capacityError)}
      </div>
      <label class="option">
        <input
          type="checkbox"
          .checked=${live(v.pause)}
          @change=${(e: Event) => view.onChange({ pause: (e.target as HTMLInputElement).checked })}
        />
        ${msg('Pause new requests')}
      </label>
      ${
        v.pause
          ? html`<div class="field">
                <label class="label" for="paused-until">${msg('Paused until')}</label>
                <input
                  id="paused-until"
                  class="input narrow"
                  type="date"
                  required
                  aria-invalid=${dateError ? 'true' : 'false'}
                  aria-describedby=${dateError ? 'paused-until-error' : nothing}
                  .value=${live(v.pausedUntil)}
                  @input=${(e: Event) =>
                    view.onChange({ pausedUntil: (e.target as HTMLInputElement).value })}
                />
                ${error('paused-until', dateError)}
              </div>
              ${
                view.openCount
                  ? html`<label class="option">
                      <input
                        type="checkbox"
                        .checked=${live(v.declineOpen)}
                        @change=${(e: Event) =>
                          view.onChange({ declineOpen: (e.target as HTMLInputElement).checked })}
                      />
                      ${msg(str`Also decline the ${view.openCount} open requests`)}
                    </label>`
                  : nothing
              }
              ${
                v.declineOpen && view.openCount
                  ? html`<label class="field">
                      <span class="label">${msg('One note for all of them')}</span>
                      <textarea
                        class="input"
                        rows="2"
                        .value=${live(v.note)}
                        @input=${(e: Event) =>
                          view.onChange({ note: (e.target as HTMLTextAreaElement).value })}
                      ></textarea>
                    </label>`
                  : nothing
              }`
          : nothing
      }
      ${view.failure ? renderError(view.failure) : nothing}
      <div class="row">
        <button class="button primary" type="submit" aria-disabled=${view.busy ? 'true' : 'false'}>
          ${view.busy ? msg('Saving…') : msg('Save availability')}
        </button>
      </div>
    </form>
  </details>`;
}
