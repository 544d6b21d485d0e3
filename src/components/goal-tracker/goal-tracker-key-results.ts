// Key results: the editor rows in the goal form, and the figures on a goal card where the
// current value is updated directly.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Goal, KeyResult } from '../../contract/index.js';
import { keyResultProgress } from '../../contract/goal-progress.js';
import { formatNumber, formatPercent } from '../../core/format.js';
import type { FieldErrors, KeyResultDraft } from './goal-draft.js';
import { renderField } from './goal-tracker-fields.js';

export interface KeyResultEditorView {
  keyResults: KeyResultDraft[];
  errors: FieldErrors;
  add: () => void;
  remove: (index: number) => void;
}

export function renderKeyResultEditor(view: KeyResultEditorView): TemplateResult {
  const error = view.errors['keyResults'];
  return html`<fieldset
    class="parts"
    part="key-result-editor"
    aria-describedby=${error ? 'key-results-error' : 'key-results-hint'}
  >
    <legend class="label">${msg('Key results')}</legend>
    <p class="hint" id="key-results-hint">
      ${msg('Numbers that show the objective is met: where you start, where you aim, where you are. A target below the start works too (fewer tickets).')}
    </p>
    ${error ? html`<p class="field-error" id="key-results-error">${error}</p>` : nothing}
    <ol class="part-rows">
      ${view.keyResults.map((kr, i) => {
        const n = i + 1;
        const number = (key: 'start' | 'target' | 'current' | 'weight', label: string) =>
          renderField({
            path: `keyResults.${i}.${key}`,
            label,
            value: kr[key],
            type: 'number',
            step: 'any',
            inputmode: 'decimal',
            error: view.errors[`keyResults.${i}.${key}`],
          });
        return html`<li class="part-row kr-row">
          ${renderField({
            path: `keyResults.${i}.title`,
            label: msg(str`Key result ${n}`),
            value: kr.title,
            error: view.errors[`keyResults.${i}.title`],
            maxlength: 200,
          })}
          <div class="kr-numbers">
            ${number('start', msg('Start'))} ${number('target', msg('Target'))}
            ${number('current', msg('Current'))}
            ${renderField({
              path: `keyResults.${i}.unit`,
              label: msg('Unit'),
              value: kr.unit,
              maxlength: 24,
            })}
            ${number('weight', msg('Weight'))}
          </div>
          <button
            type="button"
            class="button link"
            aria-label=${msg(str`Remove key result ${n}`)}
            @click=${() => view.remove(i)}
          >
            ${msg('Remove')}
          </button>
        </li>`;
      })}
    </ol>
    <button type="button" class="button" @click=${view.add}>${msg('Add key result')}</button>
  </fieldset>`;
}

export interface KeyResultFiguresView {
  goal: Goal;
  locale: string;
  readonly: boolean;
  update: (goal: Goal, keyResult: KeyResult, current: number) => void;
}

const figure = (value: number, unit: string, locale: string) =>
  `${formatNumber(value, locale, { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ''}`;

export function renderKeyResultFigures(
  view: KeyResultFiguresView,
): TemplateResult | typeof nothing {
  const { goal, locale } = view;
  if (goal.keyResults.length === 0) return nothing;
  return html`<ul
    class="key-results"
    part="key-results"
    aria-label=${msg(str`Key results of ${goal.title}`)}
  >
    ${goal.keyResults.map((kr) => {
      const id = `kr-${goal.id}-${kr.id}`;
      return html`<li>
        <label for=${id}>${kr.title}</label>
        <span class="small muted">
          ${msg(str`From ${figure(kr.start, kr.unit, locale)} to ${figure(kr.target, kr.unit, locale)}`)}
          · ${formatPercent(keyResultProgress(kr) / 100, locale)}
        </span>
        <input
          id=${id}
          class="input kr-current"
          type="number"
          step="any"
          inputmode="decimal"
          .value=${String(kr.current)}
          ?readonly=${view.readonly}
          aria-describedby="${id}-unit"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const value = input.valueAsNumber;
            if (Number.isFinite(value) && value !== kr.current) view.update(goal, kr, value);
            else input.value = String(kr.current);
          }}
        />
        <span class="small" id="${id}-unit">${kr.unit || msg('current value')}</span>
      </li>`;
    })}
  </ul>`;
}
