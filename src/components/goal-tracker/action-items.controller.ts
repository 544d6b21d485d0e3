// Action items from every session, open ones first to review: ticked off (or reopened) anywhere
// they appear, optimistically, with the version the person saw. A partner's newer change wins:
// the list is reloaded and the person is told.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MentoringApi } from '../../client/api.js';
import { ConflictError } from '../../client/errors.js';
import type { ActionItem } from '../../contract/index.js';
import type { GoalSaveController } from './goal-save.controller.js';

export interface ActionItemsOptions {
  api: () => MentoringApi;
  mentorshipId: () => string;
  saver: GoalSaveController;
  changed: (item: ActionItem) => void;
}

export class ActionItemsController implements ReactiveController {
  /** Open items as loaded, plus those ticked off since (shown done until the next load). */
  items: ActionItem[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ActionItemsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  load(items: ActionItem[]): void {
    this.items = items;
    this.host.requestUpdate();
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
    const known = this.items.find((old) => old.id === item.id);
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
