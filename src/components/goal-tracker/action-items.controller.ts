// Action items from every session, open ones first to review: ticked off (or reopened) anywhere
// they appear, optimistically, with the version the person saw. A partner's newer change wins:
// the list is reloaded and the person is told.
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { MentoringApi } from '../../client/api.js';
import { ConflictError } from '../../client/errors.js';
import type { ActionItem, UpdateActionItem } from '../../contract/index.js';
import type { GoalSaveController } from './goal-save.controller.js';
import { DraftStore } from '../../core/drafts.js';
import type { ItemEditing } from './goal-tracker-action-items.js';
import type { ItemEditController, ItemEditOptions } from './goal-tracker-item-editor.js';
import { itemDraftKey } from './lazy-parts.js';

export interface ActionItemsOptions {
  api: () => MentoringApi;
  mentorshipId: () => string;
  saver: GoalSaveController;
  changed: (item: ActionItem) => void;
  /** For the editor: lazy parts, the user (drafts), announcements and focus. */
  edit: Pick<ItemEditOptions, 'lazy' | 'userId' | 'say' | 'focus'>;
}

export class ActionItemsController implements ReactiveController {
  /** Open items as loaded, plus those ticked off since (shown done until the next load). */
  items: ActionItem[] = [];
  /** Items opened in the editor from elsewhere (the timeline lists items that are done). */
  private readonly seen = new Map<string, ActionItem>();
  /** The editor, loaded with its part on the first edit (or when a draft waits). */
  private editor: ItemEditController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ActionItemsOptions,
  ) {
    host.addController(this);
  }

  private async loadEditor(): Promise<ItemEditController> {
    const parts = await this.options.edit.lazy.get('itemEditor');
    this.editor ??= new parts.ItemEditController(this.host, {
      ...this.options.edit,
      mentorshipId: this.options.mentorshipId,
      find: (id) => {
        const item = this.items.find((i) => i.id === id) ?? this.seen.get(id);
        return item && this.latest(item);
      },
      send: (item, patch, version) => this.edit(item, patch, version),
      reload: () => this.reload(),
    });
    return this.editor;
  }

  /** Opening and rendering the editor, for every list of items. */
  readonly editing: ItemEditing = {
    open: (item, where) => {
      this.seen.set(item.id, item);
      void this.loadEditor().then((editor) => editor.open(this.latest(item), where));
    },
    render: (item, where, idPrefix) => this.renderEditor(item, where, idPrefix),
  };

  private renderEditor(item: ActionItem, where: string, idPrefix: string) {
    const editor = this.editor;
    const parts = this.options.edit.lazy.parts.itemEditor;
    if (!parts || !editor?.draft || !editor.isEditing(item, where)) return undefined;
    return parts.renderItemEditor({
      draft: editor.draft,
      errors: editor.errors,
      notice: editor.notice,
      idPrefix,
      set: (field, value) => editor.set(field, value),
      save: () => void editor.save(),
      cancel: () => editor.cancel(),
    }) as TemplateResult;
  }

  /** Text, owner or due date changed: shown now, undone when saving fails (then it throws). */
  async edit(item: ActionItem, patch: UpdateActionItem, version: number): Promise<ActionItem> {
    this.put({ ...item, ...patch });
    let failure: unknown;
    const saved = await this.options.saver.track(
      item.text,
      async () => {
        try {
          return await this.options.api().updateActionItem(item.id, patch, { version });
        } catch (error) {
          failure = error;
          throw error;
        }
      },
      () => this.put(item),
    );
    if (!saved) throw failure;
    this.put(saved);
    this.seen.set(saved.id, saved);
    this.options.changed(saved);
    return saved;
  }

  hostConnected(): void {}

  load(items: ActionItem[]): void {
    this.items = items;
    this.host.requestUpdate();
    // An edit typed before a reload: its editor comes back (it restores the draft).
    const user = this.options.edit.userId();
    const key = user && itemDraftKey(user, this.options.mentorshipId());
    if (!this.editor && key && new DraftStore(key).read()) void this.loadEditor();
  }

  /** Items a recap just created join the list. */
  add(items: readonly ActionItem[]): void {
    this.items = [...this.items, ...items];
    this.host.requestUpdate();
  }

  private put(item: ActionItem): void {
    this.items = this.items.map((old) => (old.id === item.id ? item : old));
    this.host.requestUpdate();
  }

  /** The freshest copy we have of an item seen elsewhere (e.g. in the timeline). */
  latest(item: ActionItem): ActionItem {
    const known = this.items.find((old) => old.id === item.id) ?? this.seen.get(item.id);
    return known && known.version >= item.version ? known : item;
  }

  async toggle(seen: ActionItem, done: boolean): Promise<ActionItem | undefined> {
    const item = this.latest(seen);
    this.put({ ...item, done });
    return this.options.saver.track(
      item.text,
      async () => {
        try {
          const saved = await this.options
            .api()
            .updateActionItem(item.id, { done }, { version: item.version });
          this.put(saved);
          this.options.changed(saved);
          return saved;
        } catch (error) {
          if (error instanceof ConflictError) await this.reload();
          throw error;
        }
      },
      () => this.put(item),
    );
  }

  async reload(): Promise<void> {
    const { items } = await this.options
      .api()
      .listActionItems(this.options.mentorshipId(), { status: 'all' });
    const shown = new Set(this.items.map((item) => item.id));
    this.load(items.filter((item) => !item.done || shown.has(item.id)));
  }
}
