// The list of goals: a card per goal with its status in the viewer's calendar, an accessible
// progress bar, milestones and key results to update in place, and the actions (edit, complete,
// reopen, archive, restore, move up/down; Alt+Arrow keys move the focused goal).
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { ref } from 'lit/directives/ref.js';
import type { Goal, KeyResult, Milestone } from '../../contract/index.js';
import { goalHealth, progressSource } from '../../contract/goal-progress.js';
import { formatCalendarDate } from '../../core/format.js';
import { frameworkCopy, healthLabel, progressText } from './goal-tracker-copy.js';
import { renderKeyResultFigures } from './goal-tracker-key-results.js';
import { renderMilestoneChecklist } from './goal-tracker-milestones.js';
import {
  renderCompletionButtons,
  renderConfirmationNote,
  type CompletionView,
} from './goal-tracker-confirmation.js';

export interface GoalActions {
  edit: (goal: Goal) => void;
  complete: (goal: Goal) => void;
  reopen: (goal: Goal) => void;
  /** The mentor sends a goal awaiting confirmation back (opens the note). */
  sendBack: (goal: Goal) => void;
  archive: (goal: Goal) => void;
  restore: (goal: Goal) => void;
  move: (goal: Goal, delta: -1 | 1) => void;
  toggleMilestone: (goal: Goal, milestone: Milestone, done: boolean) => void;
  updateKeyResult: (goal: Goal, keyResult: KeyResult, current: number) => void;
}

export interface GoalListView {
  goals: Goal[];
  locale: string;
  today: string;
  readonly: boolean;
  /** The goal open in the editor, rendered in place of its card. */
  editingId: string | undefined;
  renderEditor: () => TemplateResult;
  actions: GoalActions;
  label: string;
  /** The viewer's side, the program's confirmation option, the partner's name. */
  completion: Omit<CompletionView, 'locale' | 'readonly' | 'complete' | 'reopen' | 'sendBack'>;
}

const completionView = (view: GoalListView): CompletionView => ({
  ...view.completion,
  locale: view.locale,
  readonly: view.readonly,
  complete: view.actions.complete,
  reopen: view.actions.reopen,
  sendBack: view.actions.sendBack,
});

// Through CSSOM, not a style attribute: pages with a strict CSP forbid style attributes.
const fill = (progress: number) => (element?: Element) =>
  (element as HTMLElement | undefined)?.style.setProperty('--mk-progress', `${progress}%`);

export function renderProgress(goal: Goal, locale: string): TemplateResult {
  const source = progressSource(goal);
  const parts =
    source === 'milestones'
      ? { done: goal.milestones.filter((m) => m.done).length, total: goal.milestones.length }
      : { done: 0, total: goal.keyResults.length };
  const text = progressText(locale, goal.progress, source, parts);
  return html`<div class="progress-line">
    <div
      class="progress"
      part="progress"
      role="progressbar"
      aria-labelledby="goal-title-${goal.id}"
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${Math.round(goal.progress)}
      aria-valuetext=${text}
    >
      <div class="progress-fill" ${ref(fill(goal.progress))}></div>
    </div>
    <span class="small" aria-hidden="true">${text}</span>
  </div>`;
}

function onCardKeydown(event: KeyboardEvent, goal: Goal, view: GoalListView) {
  if (!event.altKey || view.readonly || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown'))
    return;
  event.preventDefault();
  view.actions.move(goal, event.key === 'ArrowUp' ? -1 : 1);
}

function renderActions(goal: Goal, index: number, view: GoalListView): TemplateResult {
  const { actions } = view;
  if (goal.archivedAt)
    return html`<div class="row goal-actions">
      <button
        type="button"
        class="button"
        data-action="restore"
        @click=${() => actions.restore(goal)}
      >
        ${msg('Restore')}
      </button>
    </div>`;
  return html`<div class="row goal-actions" part="goal-actions">
    <button type="button" class="button" data-action="edit" @click=${() => actions.edit(goal)}>
      ${msg('Edit')}
    </button>
    ${renderCompletionButtons(goal, completionView(view))}
    <button
      type="button"
      class="button"
      data-action="archive"
      @click=${() => actions.archive(goal)}
    >
      ${msg('Archive')}
    </button>
    <span class="move">
      <button
        type="button"
        class="button"
        data-action="up"
        aria-label=${msg(str`Move “${goal.title}” up`)}
        title=${msg('Move up (Alt+Up arrow)')}
        aria-disabled=${index === 0 ? 'true' : 'false'}
        @click=${() => index > 0 && actions.move(goal, -1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        class="button"
        data-action="down"
        aria-label=${msg(str`Move “${goal.title}” down`)}
        title=${msg('Move down (Alt+Down arrow)')}
        aria-disabled=${index === view.goals.length - 1 ? 'true' : 'false'}
        @click=${() => index < view.goals.length - 1 && actions.move(goal, 1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
    </span>
  </div>`;
}

function renderCard(goal: Goal, index: number, view: GoalListView): TemplateResult {
  if (goal.id === view.editingId) return html`<li class="goal editing">${view.renderEditor()}</li>`;
  const health = goalHealth(goal, view.today);
  return html`<li
    class="goal card"
    part="goal"
    data-goal-id=${goal.id}
    @keydown=${(event: KeyboardEvent) => onCardKeydown(event, goal, view)}
  >
    <div class="goal-head">
      <h3 class="goal-title" id="goal-title-${goal.id}">${goal.title}</h3>
      <span class="chip">${frameworkCopy(goal.framework).name}</span>
      ${
        goal.archivedAt
          ? html`<span class="health archived" part="status">${msg('Archived')}</span>`
          : html`<span class="health ${health}" part="status">${healthLabel(health)}</span>`
      }
    </div>
    ${
      goal.dueDate
        ? html`<p class="small muted">
            ${msg(str`Due ${formatCalendarDate(goal.dueDate, view.locale)}`)}
          </p>`
        : nothing
    }
    ${goal.description ? html`<p class="goal-notes">${goal.description}</p>` : nothing}
    ${renderProgress(goal, view.locale)}
    ${goal.archivedAt ? nothing : renderConfirmationNote(goal, completionView(view))}
    ${renderKeyResultFigures({
      goal,
      locale: view.locale,
      readonly: view.readonly || !!goal.archivedAt,
      update: view.actions.updateKeyResult,
    })}
    ${renderMilestoneChecklist({
      goal,
      locale: view.locale,
      today: view.today,
      readonly: view.readonly || !!goal.archivedAt,
      toggle: view.actions.toggleMilestone,
    })}
    ${view.readonly ? nothing : renderActions(goal, index, view)}
  </li>`;
}

export function renderGoalList(view: GoalListView): TemplateResult {
  return html`<ol class="goals" part="goals" aria-label=${view.label}>
    ${repeat(
      view.goals,
      (goal) => goal.id,
      (goal, index) => renderCard(goal, index, view),
    )}
  </ol>`;
}
