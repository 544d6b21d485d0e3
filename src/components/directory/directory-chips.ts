// The row of active filters under the directory's toolbar: one removable chip per filter and
// "Clear all". A plain render function; the directory owns the query and the focus moves.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { ActiveFilter } from './directory-query.js';
import { chipLabel } from './directory-copy.js';

export interface ChipsView {
  chips: ActiveFilter[];
  locale: string;
  /** The time zone range, for the time zone chip's label. */
  offsets: { min?: number; max?: number };
  onRemove: (chip: ActiveFilter, index: number) => void;
  onClearAll: () => void;
}

export function renderChips({ chips, locale, offsets, onRemove, onClearAll }: ChipsView) {
  if (chips.length === 0) return nothing;
  return html`<div class="chips-row">
    <ul class="chips" part="chips" aria-label=${msg('Active filters')}>
      ${chips.map((chip, index) => {
        const label = chipLabel(locale, chip, offsets);
        return html`<li>
          <button
            type="button"
            class="chip"
            aria-label=${msg(str`Remove filter ${label}`)}
            @click=${() => onRemove(chip, index)}
          >
            ${label} <span aria-hidden="true">×</span>
          </button>
        </li>`;
      })}
    </ul>
    <button type="button" class="button link clear-all" @click=${onClearAll}>
      ${msg('Clear all')}
    </button>
  </div>`;
}

/** Keeps the keyboard where it was after a chip is removed: on the next chip, else the search box. */
export function focusAfterChipRemoved(root: ParentNode, index: number): void {
  const chips = root.querySelectorAll<HTMLElement>('.chips button');
  (chips[Math.min(index, chips.length - 1)] ?? root.querySelector<HTMLElement>('#search'))?.focus();
}
