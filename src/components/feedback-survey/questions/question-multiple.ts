// Multiple choice: checkboxes, in the definition's order, with the selection limits said up front.
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Question } from '../../../contract/index.js';
import { copy } from '../feedback-survey-copy.js';
import type { QuestionView } from './question-view.js';

type Multiple = Extract<Question, { type: 'multiple' }>;

/** "Choose up to 3." / "Choose 1 to 2." / "Choose at least 2.", or nothing without limits. */
export function selectionHint(question: Multiple): string | undefined {
  const min = question.minSelections ?? null;
  const max = question.maxSelections;
  if (min && max) return copy.chooseBetween(min, max);
  if (max) return copy.chooseUpTo(max);
  if (min && min > 1) return copy.chooseAtLeast(min);
  return undefined;
}

export function renderMultiple(view: QuestionView<Multiple>) {
  const chosen = Array.isArray(view.value) ? view.value : [];
  const toggle = (value: string, on: boolean) => {
    // Keep the definition's order, so the answer reads the same however it was clicked.
    const next = view.question.options
      .map((option) => option.value)
      .filter((candidate) => (candidate === value ? on : chosen.includes(candidate)));
    view.onChange(next.length ? next : undefined);
  };
  return html`<div class="choices list" part="choices">
    ${view.question.options.map(
      (option) =>
        html`<label class="choice" part="choice">
          <input
            type="checkbox"
            .value=${option.value}
            .checked=${live(chosen.includes(option.value))}
            ?disabled=${view.disabled}
            aria-invalid=${view.invalid ? 'true' : 'false'}
            aria-describedby=${ifDefined(view.describedBy)}
            @change=${(event: Event) =>
              toggle(option.value, (event.target as HTMLInputElement).checked)}
          />
          <span class="choice-label">${option.label}</span>
        </label>`,
    )}
  </div>`;
}
