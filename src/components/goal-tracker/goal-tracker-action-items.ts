// A list of action items with a checkbox each: in the tracker's "To do" panel, in the recap form
// (to review first) and in the timeline. Ticking one anywhere ticks it everywhere.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ActionItem } from '../../contract/index.js';
import { isPastDue } from '../../contract/goal-progress.js';
import { formatCalendarDate } from '../../core/format.js';
import { ownerLabel } from './goal-tracker-copy.js';

/** Editing an item's text, owner and due date in place (`where`: which list shows it). */
export interface ItemEditing {
  open: (item: ActionItem, where: string) => void;
  render: (item: ActionItem, where: string, idPrefix: string) => TemplateResult | undefined;
}

export interface ActionItemListView {
  items: ActionItem[];
  locale: string;
  today: string;
  readonly: boolean;
  /** Names the list for assistive technology. */
  label: string;
  toggle: (item: ActionItem, done: boolean) => void;
  /** Distinguishes ids when the same item is listed twice on screen. */
  idPrefix: string;
  /** Absent: items cannot be edited here. */
  editing?: ItemEditing | undefined;
}

export function renderActionItemList(view: ActionItemListView): TemplateResult {
  return html`<ul class="checklist action-items" part="action-items" aria-label=${view.label}>
    ${view.items.map((item) => {
      const late = !item.done && isPastDue(item.dueDate, view.today);
      const id = `${view.idPrefix}-${item.id}`;
      const where = view.idPrefix;
      const editor = view.editing?.render(item, where, view.idPrefix);
      if (editor) return html`<li class="editing" data-item-id=${item.id}>${editor}</li>`;
      return html`<li class=${late ? 'late' : ''} data-item-id=${item.id}>
        <label class="check">
          <input
            type="checkbox"
            .checked=${item.done}
            ?disabled=${view.readonly}
            aria-describedby="${id}-meta"
            @change=${(e: Event) => view.toggle(item, (e.target as HTMLInputElement).checked)}
          />
          <span class=${item.done ? 'done-text' : ''}>${item.text}</span>
        </label>
        <span class="small muted" id="${id}-meta">
          ${ownerLabel(item.owner)}${
            item.dueDate
              ? html` ·
                ${
                  late
                    ? msg(str`overdue since ${formatCalendarDate(item.dueDate, view.locale)}`)
                    : msg(str`due ${formatCalendarDate(item.dueDate, view.locale)}`)
                }`
              : nothing
          }
        </span>
        ${
          view.editing && !view.readonly
            ? html`<button
                type="button"
                class="button link small"
                data-action="edit-item"
                aria-label=${msg(str`Edit “${item.text}”`)}
                @click=${() => view.editing?.open(item, where)}
              >
                ${msg('Edit')}
              </button>`
            : nothing
        }
      </li>`;
    })}
  </ul>`;
}
