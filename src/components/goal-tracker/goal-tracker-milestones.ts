// Milestones: the editor rows in the goal form, and the checklist on a goal card where they are
// ticked off directly.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Goal, Milestone } from '../../contract/index.js';
import { isPastDue } from '../../contract/goal-progress.js';
import { formatCalendarDate } from '../../core/format.js';
import type { FieldErrors, MilestoneDraft } from './goal-draft.js';
import { renderField } from './goal-tracker-fields.js';

export interface MilestoneEditorView {
  milestones: MilestoneDraft[];
  errors: FieldErrors;
  add: () => void;
  remove: (index: number) => void;
}

export function renderMilestoneEditor(view: MilestoneEditorView): TemplateResult {
  return html`<fieldset class="parts" part="milestone-editor">
    <legend class="label">${msg('Milestones')}</legend>
    <p class="hint">
      ${msg('Steps on the way, each with a date. Progress follows the milestones done.')}
    </p>
    ${
      view.milestones.length > 0
        ? html`<ol class="part-rows">
            ${view.milestones.map(
              (m, i) =>
                html`<li class="part-row">
                  ${renderField({
                    path: `milestones.${i}.title`,
                    label: msg(str`Milestone ${i + 1}`),
                    value: m.title,
                    error: view.errors[`milestones.${i}.title`],
                    maxlength: 200,
                  })}
                  ${renderField({
                    path: `milestones.${i}.dueDate`,
                    label: msg(str`Due date of milestone ${i + 1}`),
                    value: m.dueDate,
                    type: 'date',
                    error: view.errors[`milestones.${i}.dueDate`],
                  })}
                  <button
                    type="button"
                    class="button link"
                    aria-label=${msg(str`Remove milestone ${i + 1}`)}
                    @click=${() => view.remove(i)}
                  >
                    ${msg('Remove')}
                  </button>
                </li>`,
            )}
          </ol>`
        : nothing
    }
    <button type="button" class="button" @click=${view.add}>${msg('Add milestone')}</button>
  </fieldset>`;
}

export interface MilestoneChecklistView {
  goal: Goal;
  locale: string;
  today: string;
  readonly: boolean;
  toggle: (goal: Goal, milestone: Milestone, done: boolean) => void;
}

export function renderMilestoneChecklist(
  view: MilestoneChecklistView,
): TemplateResult | typeof nothing {
  const { goal } = view;
  if (goal.milestones.length === 0) return nothing;
  return html`<ul
    class="checklist"
    part="milestones"
    aria-label=${msg(str`Milestones of ${goal.title}`)}
  >
    ${goal.milestones.map((m) => {
      const late = !m.done && isPastDue(m.dueDate, view.today);
      return html`<li class=${late ? 'late' : ''}>
        <label class="check">
          <input
            type="checkbox"
            .checked=${m.done}
            ?disabled=${view.readonly}
            @change=${(e: Event) => view.toggle(goal, m, (e.target as HTMLInputElement).checked)}
          />
          <span class=${m.done ? 'done-text' : ''}>${m.title}</span>
        </label>
        ${
          m.dueDate
            ? html`<span class="small muted"
                >${
                  late
                    ? msg(str`Overdue since ${formatCalendarDate(m.dueDate, view.locale)}`)
                    : formatCalendarDate(m.dueDate, view.locale)
                }</span
              >`
            : nothing
        }
      </li>`;
    })}
  </ul>`;
}
