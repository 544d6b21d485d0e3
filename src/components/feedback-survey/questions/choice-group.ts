// The radio group every one-answer question uses (rating, NPS, single choice, yes/no): native
// radios inside the question's fieldset, so arrow keys move and choose, Tab enters at the chosen
// option, and every option is named by its visible label.
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { AnswerValue } from '../../../contract/index.js';
import type { QuestionView } from './question-view.js';

export interface Choice {
  /** The radio's value, also its key in the form data. */
  key: string;
  /** What is stored and sent. */
  value: AnswerValue;
  label: string;
  /** Extra words for assistive technology only (e.g. the end label of a scale). */
  spoken?: string | undefined;
}

export interface ChoiceGroupOptions {
  choices: Choice[];
  /** `scale`: a row of numbered steps; `list`: one option per line; `pair`: yes/no side by side. */
  variant: 'scale' | 'list' | 'pair';
  /** Words under the two ends of a scale (shown; the radios carry them as `spoken`). */
  ends?: { low: string; high: string } | undefined;
}

export function renderChoiceGroup(view: QuestionView, options: ChoiceGroupOptions) {
  const selected = options.choices.find((choice) => choice.value === view.value)?.key;
  return html`<div class="choices ${options.variant}" part="choices">
      ${options.choices.map(
        (choice) =>
          html`<label class="choice" part="choice">
            <input
              type="radio"
              name=${view.idBase}
              .value=${choice.key}
              .checked=${live(selected === choice.key)}
              ?disabled=${view.disabled}
              aria-describedby=${ifDefined(view.describedBy)}
              @change=${() => view.onChange(choice.value)}
            />
            <span class="choice-label"
              >${choice.label}${
                choice.spoken
                  ? html`<span class="visually-hidden">, ${choice.spoken}</span>`
                  : nothing
              }</span
            >
          </label>`,
      )}
    </div>
    ${
      options.ends
        ? html`<div class="ends" aria-hidden="true">
            <span>${options.ends.low}</span><span>${options.ends.high}</span>
          </div>`
        : nothing
    }`;
}

/** The end labels as spoken suffixes of the first and last step. */
export function withEnds(choices: Choice[], low: string | null, high: string | null): Choice[] {
  return choices.map((choice, index) => ({
    ...choice,
    spoken:
      index === 0
        ? (low ?? undefined)
        : index === choices.length - 1
          ? (high ?? undefined)
          : undefined,
  }));
}
