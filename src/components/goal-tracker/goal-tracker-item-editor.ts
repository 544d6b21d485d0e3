// Loaded on demand: the inline editor of an action item (text, owner, due date), checked with the
// contract's rules before anything is sent. Enter saves, Escape cancels.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ActionItemInput } from '../../contract/goal.js';
import type { ActionOwner } from '../../contract/index.js';
import { fieldMessage } from './goal-tracker-copy.js';
import { inputValue, renderField, renderOwnerSelect } from './goal-tracker-fields.js';

export interface ItemDraft {
  itemId: string;
  /** The version the person started from (sent as If-Match). */
  version: number;
  text: string;
  owner: ActionOwner;
  dueDate: string;
  /** The fields as they were at that version: what the person did not touch follows the partner. */
  seen: { text: string; owner: ActionOwner; dueDate: string };
}

/** Field errors of a draft by field name (text, owner, dueDate); empty when it can be sent. */
export function itemErrors(draft: ItemDraft): Record<string, string> {
  const parsed = ActionItemInput.safeParse({
    text: draft.text,
    owner: draft.owner,
    dueDate: draft.dueDate || null,
  });
  const errors: Record<string, string> = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'text');
      errors[field] ??= fieldMessage(field);
    }
  return errors;
}

export interface ItemEditorView {
  draft: ItemDraft;
  errors: Record<string, string>;
  /** A message above the fields (a failed save, a partner's change). */
  notice: string;
  idPrefix: string;
  set: (field: 'text' | 'owner' | 'dueDate', value: string) => void;
  save: () => void;
  cancel: () => void;
}

export function renderItemEditor(view: ItemEditorView): TemplateResult {
  const { draft, errors } = view;
  const path = (field: string) => `${view.idPrefix}-item-${draft.itemId}.${field}`;
  return html`<form
    class="item-editor stack"
    part="action-item-editor"
    novalidate
    aria-label=${msg(str`Edit action item “${draft.text}”`)}
    @input=${(e: Event) => {
      const change = inputValue(e);
      const field = change?.path.split('.').at(-1);
      if (change && (field === 'text' || field === 'owner' || field === 'dueDate'))
        view.set(field, String(change.value));
    }}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      view.cancel();
    }}
    @submit=${(e: Event) => {
      e.preventDefault();
      view.save();
    }}
  >
    ${view.notice ? html`<p class="status error" role="alert">${view.notice}</p>` : nothing}
    ${renderField({ path: path('text'), label: msg('What needs doing'), value: draft.text, error: errors['text'], maxlength: 300, required: true })}
    <div class="row">
      ${renderOwnerSelect(`${view.idPrefix}-owner-${draft.itemId}`, path('owner'), draft.owner)}
      ${renderField({ path: path('dueDate'), label: msg('Due date'), value: draft.dueDate, type: 'date', error: errors['dueDate'] })}
    </div>
    <div class="row">
      <button type="submit" class="button primary">${msg('Save')}</button>
      <button type="button" class="button" @click=${view.cancel}>${msg('Cancel')}</button>
    </div>
  </form>`;
}
