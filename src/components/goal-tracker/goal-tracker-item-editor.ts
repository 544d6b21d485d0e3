// Loaded on demand: editing an action item's text, owner and due date where it is listed. One
// edit at a time, kept as a draft (it survives a reload or a failed save), checked with the
// contract's rules before sending, shown at once and rolled back with a message on failure. A
// partner's newer change (412) reloads the list and keeps the typed text open on the new version.
// Enter saves, Escape cancels.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ActionItemInput } from '../../contract/goal.js';
import type { ActionItem, ActionOwner, UpdateActionItem } from '../../contract/index.js';
import { ConflictError, ProblemError } from '../../client/errors.js';
import { describeError } from '../../core/errors-view.js';
import { DraftController } from '../../core/drafts.js';
import { itemDraftKey, type LazyParts } from './lazy-parts.js';

import { fieldMessage } from './goal-tracker-copy.js';
import { inputValue, renderField } from './goal-tracker-fields.js';
import { renderOwnerSelect } from './goal-tracker-owner-select.js';

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

export interface ItemEditOptions {
  lazy: LazyParts;
  userId: () => string | undefined;
  mentorshipId: () => string;
  /** The freshest copy of an item on screen. */
  find: (itemId: string) => ActionItem | undefined;
  /** Shows the change now; sends it; undoes it when sending fails (the save controller). */
  send: (item: ActionItem, patch: UpdateActionItem, version: number) => Promise<ActionItem>;
  reload: () => Promise<void>;
  say: (text: string) => void;
  focus: (itemId: string, selector: string) => void;
}

type Field = 'text' | 'owner' | 'dueDate';

export class ItemEditController {
  draft: ItemDraft | undefined;
  /** Which list shows the editor (an item can be listed twice on screen). */
  where = '';
  errors: Record<string, string> = {};
  notice = '';
  private readonly drafts: DraftController<ItemDraft>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ItemEditOptions,
  ) {
    this.drafts = new DraftController<ItemDraft>(host, {
      key: () => {
        const user = options.userId();
        return user ? itemDraftKey(user, options.mentorshipId()) : undefined;
      },
      onRestore: ({ value }) => void this.reopen(value, 'open'),
      validate: (value) =>
        value && typeof value === 'object' && 'itemId' in value && 'seen' in value
          ? (value as ItemDraft)
          : undefined,
    });
  }

  async open(item: ActionItem, where: string): Promise<void> {
    const fields = { text: item.text, owner: item.owner, dueDate: item.dueDate ?? '' };
    await this.reopen({ itemId: item.id, version: item.version, ...fields, seen: fields }, where);
    this.drafts.save(this.draft!);
  }

  private async reopen(draft: ItemDraft, where: string): Promise<void> {
    await this.options.lazy.get('itemEditor');
    this.draft = draft;
    this.where = where;
    this.errors = {};
    this.host.requestUpdate();
    this.options.focus(draft.itemId, 'input[type="text"], input:not([type])');
  }

  isEditing(item: ActionItem, where: string): boolean {
    return this.draft?.itemId === item.id && this.where === where;
  }

  set(field: Field, value: string): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, [field]: value };
    delete this.errors[field];
    this.drafts.save(this.draft);
    this.host.requestUpdate();
  }

  cancel(): void {
    const itemId = this.draft?.itemId;
    this.close();
    this.drafts.clear();
    if (itemId) this.options.focus(itemId, '[data-action="edit-item"]');
  }

  private close(): void {
    this.draft = undefined;
    this.errors = {};
    this.notice = '';
    this.host.requestUpdate();
  }

  async save(): Promise<void> {
    const draft = this.draft;
    const parts = this.options.lazy.parts.itemEditor;
    const item = draft && this.options.find(draft.itemId);
    if (!draft || !parts || !item) return this.close();
    this.errors = parts.itemErrors(draft);
    if (Object.keys(this.errors).length > 0) {
      this.host.requestUpdate();
      return;
    }
    const patch: UpdateActionItem = {};
    if (draft.text.trim() !== item.text) patch.text = draft.text.trim();
    if (draft.owner !== item.owner) patch.owner = draft.owner;
    if ((draft.dueDate || null) !== item.dueDate) patch.dueDate = draft.dueDate || null;
    const where = this.where;
    this.close();
    if (Object.keys(patch).length === 0) return this.drafts.clear();
    try {
      await this.options.send(item, patch, draft.version);
      this.drafts.clear();
      this.options.say(msg('Action item saved.'));
    } catch (error) {
      await this.failed(error, draft, where);
    }
  }

  /** The editor opens again with what was typed; a partner's change is loaded first. */
  private async failed(error: unknown, draft: ItemDraft, where: string): Promise<void> {
    let next = draft;
    if (error instanceof ConflictError) {
      await this.options.reload().catch(() => undefined);
      const theirs = this.options.find(draft.itemId);
      if (theirs) next = rebase(draft, theirs);
      this.notice = msg(
        'Your partner changed this action item meanwhile; their version is shown in the list. Your text is kept here: check it and save again.',
      );
    } else this.notice = describeError(error).title;
    const fieldErrors = error instanceof ProblemError ? error.fieldErrors : [];
    const notice = this.notice;
    await this.reopen(next, where);
    this.notice = notice;
    for (const field of fieldErrors) this.errors[field.path] = field.message;
    this.drafts.save(next);
    this.host.requestUpdate();
  }
}

/** The draft on top of the partner's version: only the fields the person changed stay theirs. */
function rebase(draft: ItemDraft, theirs: ActionItem): ItemDraft {
  const seen = { text: theirs.text, owner: theirs.owner, dueDate: theirs.dueDate ?? '' };
  const pick = <K extends keyof typeof seen>(key: K) =>
    draft[key] === draft.seen[key] ? seen[key] : draft[key];
  return {
    ...draft,
    version: theirs.version,
    text: pick('text'),
    owner: pick('owner'),
    dueDate: pick('dueDate'),
    seen,
  };
}
