// Loaded on demand: the conflict view shown when the partner changed the same goal meanwhile
// (412). Both versions side by side, field by field; the person keeps theirs, takes the
// partner's, or merges field by field. Nothing is overwritten without a choice.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Goal, UpdateGoal } from '../../contract/index.js';
import { formatCalendarDate, formatList, formatPercent } from '../../core/format.js';
import { criterionCopy, frameworkCopy } from './goal-tracker-copy.js';
import type { GoalConflict } from './goal-save.controller.js';

type Field = keyof UpdateGoal;
export type Choice = 'mine' | 'theirs';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function valueOf(goal: Goal, field: Field): unknown {
  if (field === 'archived') return goal.archivedAt !== null;
  // Sending back is a change of status (with the mentor's note).
  if (field === 'sendBack') return goal.status;
  if (field === 'keyResults')
    return goal.keyResults.map(({ title, start, target, current, unit }) => ({
      title,
      start,
      target,
      current,
      unit,
    }));
  if (field === 'milestones')
    return goal.milestones.map(({ title, dueDate, done }) => ({ title, dueDate, done }));
  return goal[field];
}

export interface ConflictField {
  field: Field;
  /** Both changed it, differently: the person must choose. */
  both: boolean;
}

/** The fields the person changed that now differ from the partner's version. */
export function conflictFields(conflict: GoalConflict): ConflictField[] {
  return (Object.keys(conflict.patch) as Field[]).flatMap((field) => {
    const mine = valueOf(conflict.mine, field);
    const theirs = valueOf(conflict.theirs, field);
    if (same(mine, theirs)) return [];
    return [{ field, both: !same(valueOf(conflict.base, field), theirs) }];
  });
}

/** Fields only the partner changed: already saved, kept whatever the person picks. */
export function partnerOnlyFields(conflict: GoalConflict): Field[] {
  const fields: Field[] = [
    'title',
    'description',
    'criteria',
    'dueDate',
    'milestones',
    'keyResults',
    'status',
    'framework',
  ];
  return fields.filter(
    (field) =>
      !(field in conflict.patch) &&
      !same(valueOf(conflict.base, field), valueOf(conflict.theirs, field)),
  );
}

/** The edit to send on top of the partner's version, given the person's picks. */
export function mergedPatch(
  conflict: GoalConflict,
  picks: Partial<Record<Field, Choice>>,
): UpdateGoal {
  const patch: Record<string, unknown> = {};
  for (const { field } of conflictFields(conflict))
    if ((picks[field] ?? 'mine') === 'mine') patch[field] = conflict.patch[field];
  return patch as UpdateGoal;
}

export function fieldLabel(field: Field): string {
  switch (field) {
    case 'title':
      return msg('Goal');
    case 'description':
      return msg('Notes (optional)');
    case 'criteria':
      return msg('Framework prompts');
    case 'dueDate':
      return msg('Due date');
    case 'milestones':
      return msg('Milestones');
    case 'keyResults':
      return msg('Key results');
    case 'progress':
      return msg('Progress (%)');
    case 'status':
    case 'sendBack':
      return msg('Status');
    case 'archived':
      return msg('Archived');
    case 'framework':
      return msg('Framework');
  }
}

function show(goal: Goal, field: Field, locale: string): TemplateResult | string {
  switch (field) {
    case 'dueDate':
      return goal.dueDate ? formatCalendarDate(goal.dueDate, locale) : msg('No due date');
    case 'milestones':
      return html`<ul>
        ${goal.milestones.map((m) => html`<li>${m.done ? '✓ ' : ''}${m.title}</li>`)}
      </ul>`;
    case 'keyResults':
      return html`<ul>
        ${goal.keyResults.map((kr) => html`<li>${kr.title}: ${kr.current} / ${kr.target} ${kr.unit}</li>`)}
      </ul>`;
    case 'criteria':
      return html`<dl>
        ${Object.entries(goal.criteria).map(
          ([key, text]) =>
            html`<dt>${criterionCopy(key as keyof Goal['criteria']).label}</dt>
              <dd>${text}</dd>`,
        )}
      </dl>`;
    case 'progress':
      return formatPercent(goal.progress / 100, locale);
    case 'status':
    case 'sendBack':
      return goal.status === 'done'
        ? msg('Done')
        : goal.status === 'awaiting-confirmation'
          ? msg('Awaiting confirmation')
          : msg('Open');
    case 'archived':
      return goal.archivedAt ? msg('Archived') : msg('Not archived');
    case 'framework':
      return frameworkCopy(goal.framework).name;
    case 'title':
    case 'description':
      return goal[field] || msg('(empty)');
  }
}

export interface ConflictView {
  conflict: GoalConflict;
  locale: string;
  picks: Partial<Record<Field, Choice>>;
  pick: (field: Field, choice: Choice) => void;
  /** `mine`: my value for every field; `theirs`: drop my edit; `merge`: per the picks. */
  resolve: (how: 'mine' | 'theirs' | 'merge') => void;
}

export function renderConflict(view: ConflictView): TemplateResult {
  const { conflict, locale } = view;
  const fields = conflictFields(conflict);
  const partnerOnly = partnerOnlyFields(conflict);
  return html`<section class="conflict card stack" part="conflict" aria-labelledby="conflict-title">
    <h3 id="conflict-title">
      ${msg(str`Your partner changed “${conflict.theirs.title}” meanwhile`)}
    </h3>
    <p>
      ${msg('Nothing was overwritten. Compare both versions and choose what to keep for each field.')}
    </p>
    <table class="conflict-table">
      <thead>
        <tr>
          <th scope="col">${msg('Field')}</th>
          <th scope="col">${msg('Your version')}</th>
          <th scope="col">${msg('Your partner’s version')}</th>
        </tr>
      </thead>
      <tbody>
        ${fields.map(({ field }) => {
          const choice = view.picks[field] ?? 'mine';
          const radio = (value: Choice, label: string) =>
            html`<label class="check">
              <input
                type="radio"
                name="pick-${field}"
                value=${value}
                .checked=${choice === value}
                @change=${() => view.pick(field, value)}
              />
              ${label}
            </label>`;
          return html`<tr data-field=${field}>
            <th scope="row">${fieldLabel(field)}</th>
            <td>${show(conflict.mine, field, locale)} ${radio('mine', msg('Keep mine'))}</td>
            <td>${show(conflict.theirs, field, locale)} ${radio('theirs', msg('Take theirs'))}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${
      partnerOnly.length > 0
        ? html`<p class="small muted">
            ${msg(str`Also changed by your partner and kept: ${formatList(partnerOnly.map(fieldLabel), locale)}.`)}
          </p>`
        : nothing
    }
    <div class="row">
      <button type="button" class="button primary" @click=${() => view.resolve('merge')}>
        ${msg('Save my choices')}
      </button>
      <button type="button" class="button" @click=${() => view.resolve('mine')}>
        ${msg('Keep all mine')}
      </button>
      <button type="button" class="button" @click=${() => view.resolve('theirs')}>
        ${msg('Take all theirs')}
      </button>
    </div>
  </section>`;
}
