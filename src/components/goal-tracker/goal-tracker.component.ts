import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { msg, str } from '@lit/localize';
import {
  GoalFramework,
  byPosition,
  todayIn,
  type ActionItem,
  type Goal,
  type Me,
  type Mentorship,
  type UpdateGoal,
} from '../../contract/index.js';
import { MentorElement } from '../../core/mentor-element.js';
import { baseStyles } from '../../core/base.styles.js';
import { renderTask } from '../../core/task-view.js';
import { goalTrackerStyles } from './goal-tracker.styles.js';
import { GoalSaveController, type GoalConflict } from './goal-save.controller.js';
import { GoalFormController } from './goal-form.controller.js';
import { ActionItemsController } from './action-items.controller.js';
import { renderGoalForm } from './goal-tracker-form.js';
import { renderGoalList, type GoalActions } from './goal-tracker-list.js';
import { renderActionItemList } from './goal-tracker-action-items.js';
import { renderEmpty, renderReadonlyNotice, renderSaveStatus } from './goal-tracker-states.js';
import { LazyParts } from './lazy-parts.js';

interface Loaded {
  me: Me;
  mentorship: Mentorship;
}

/**
 * Where a mentorship does its work: goals (SMART, REAL or OKR) with milestones and key results,
 * session recaps, and the action items they produce, carried forward until ticked off.
 *
 * Both partners see the same goals; the mentee plans, the mentor follows up. Every change saves
 * itself (visible state: saving, saved, failed with Retry) and is undone with a message when it
 * fails. When the partner changed the same goal meanwhile, both versions are shown field by
 * field and nothing is overwritten silently. Read-only for admins and ended mentorships.
 *
 * The recap form, the session timeline and the conflict view load on demand.
 *
 * @summary Goals, milestones, key results, session recaps and action items of a mentorship.
 *
 * @fires mentor-goal-change - A goal was created, edited, archived, restored, reopened or moved.
 *   Detail: `{ goal, change }` (change: created, updated, archived, restored, reopened, reordered).
 * @fires mentor-goal-complete - A goal was marked as done. Detail: `{ goal }`.
 * @fires mentor-recap-save - A session recap was saved. Detail: `{ recap }`.
 * @fires mentor-action-item-change - An action item was ticked off or reopened. Detail: `{ item }`.
 *
 * @slot empty - Replaces the words of the empty state (the framework examples stay).
 *
 * @csspart tracker - The whole tracker.
 * @csspart toolbar - Add goal, record a session, history and archive buttons.
 * @csspart goals - The list of goals.
 * @csspart goal - A goal card.
 * @csspart status - The status badge of a goal (on track, at risk, overdue, done).
 * @csspart progress - The progress bar of a goal (role progressbar).
 * @csspart milestones - The milestone checklist on a goal card.
 * @csspart key-results - The key result figures on a goal card.
 * @csspart goal-actions - The buttons of a goal card.
 * @csspart goal-form - The goal form (also framework-choice, framework-help, milestone-editor,
 *   key-result-editor inside it).
 * @csspart action-items - A list of action items.
 * @csspart recap-form - The session recap form.
 * @csspart timeline - The session history.
 * @csspart conflict - The side-by-side view of a concurrent edit.
 * @csspart save-status - Autosave state and failures.
 * @csspart empty - The empty state with an example per framework.
 * @csspart readonly-notice - Says why the tracker is read-only.
 *
 * @cssprop [--mentor-progress-color=var(--mentor-color-accent)] - Fill of progress bars.
 * @cssprop [--mentor-goal-at-risk-color] - Text colour of "at risk" and "overdue" badges.
 */
export class MentorGoalTracker extends MentorElement {
  static override styles = [baseStyles, goalTrackerStyles];

  /** The mentorship whose goals to show. */
  @property({ attribute: 'mentorship-id' }) mentorshipId = '';

  /** Fix the framework of new goals (`SMART`, `REAL` or `OKR`); by default the pair chooses. */
  @property({ converter: { fromAttribute: (v: string | null) => toFramework(v) } })
  framework: GoalFramework | undefined;

  /** Show everything but change nothing (also automatic for admins and ended mentorships). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** IANA time zone for "today" (overdue); default: the viewer's. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /** The clock (tests and stories pin it). */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** Milliseconds of quiet before an edit in the goal form saves itself. */
  @property({ type: Number, attribute: 'autosave-delay' }) autosaveDelay = 800;

  @state() private goals: Goal[] = [];
  @state() private showArchived = false;
  @state() private panel: 'none' | 'recap' | 'timeline' = 'none';
  @state() private conflict: GoalConflict | undefined;
  @state() private picks: Record<string, 'mine' | 'theirs'> = {};
  @state() private announcement = '';
  private viewer: Loaded | undefined;

  private readonly saver = new GoalSaveController(this, {
    api: () => this.requireApi(),
    goal: (id) => this.goals.find((g) => g.id === id),
    show: (goal) => this.showGoal(goal),
    conflict: (conflict) => void this.openConflict(conflict),
    saved: (goal, patch) => this.emitSaved(goal, patch),
  });

  private readonly form = new GoalFormController(this, {
    userId: () => this.viewer?.me.person.id,
    mentorshipId: () => this.mentorshipId,
    saver: this.saver,
    create: (input, idempotencyKey) =>
      this.requireApi().createGoal(this.mentorshipId, input, { idempotencyKey }),
    autosaveDelay: this.autosaveDelay,
  });

  private readonly actionItems = new ActionItemsController(this, {
    api: () => this.requireApi(),
    mentorshipId: () => this.mentorshipId,
    saver: this.saver,
    changed: (item) => this.emit('mentor-action-item-change', { item }),
  });

  private readonly lazy = new LazyParts(this);

  private readonly load = new Task(this, {
    task: async ([, mentorshipId], { signal }) => {
      const api = this.requireApi();
      const [me, mentorship, goals, items] = await Promise.all([
        this.currentUser(signal),
        api.getMentorship(mentorshipId, { signal }),
        api.listGoals(mentorshipId, { signal }),
        api.listActionItems(mentorshipId, {}, { signal }),
      ]);
      this.goals = [...goals.items].sort(byPosition);
      this.saver.confirm(goals.items);
      this.actionItems.load(items.items);
      this.viewer = { me, mentorship };
      return this.viewer;
    },
    args: () => [this.api, this.mentorshipId] as const,
  });

  /** Resolves once the goals are loaded (or failed to load). */
  async loaded(): Promise<void> {
    await this.load.taskComplete.catch(() => undefined);
    await this.updateComplete;
  }

  private get today(): string {
    return todayIn(this.timeZone, this.now());
  }

  private readonlyReason(loaded: Loaded): 'ended' | 'observer' | 'readonly' | undefined {
    const { me, mentorship } = loaded;
    if (mentorship.status !== 'active') return 'ended';
    if (me.person.id !== mentorship.menteeId && me.person.id !== mentorship.mentorId)
      return 'observer';
    return this.readonly ? 'readonly' : undefined;
  }

  private showGoal(goal: Goal): void {
    this.goals = this.goals.map((old) => (old.id === goal.id ? goal : old));
  }

  private say(text: string): void {
    // Cleared first so the same words are announced again.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  private emitSaved(goal: Goal, patch: UpdateGoal): void {
    if (patch.status === 'done') this.emit('mentor-goal-complete', { goal });
    const change =
      patch.archived === true
        ? 'archived'
        : patch.archived === false
          ? 'restored'
          : patch.status && patch.status !== 'done'
            ? 'reopened'
            : 'updated';
    if (patch.status !== 'done') this.emit('mentor-goal-change', { goal, change });
  }

  private async openConflict(conflict: GoalConflict): Promise<void> {
    await this.lazy.get('conflict');
    this.form.close();
    this.picks = {};
    this.conflict = conflict;
  }

  private resolveConflict(how: 'mine' | 'theirs' | 'merge'): void {
    const conflict = this.conflict;
    if (!conflict) return;
    this.conflict = undefined;
    if (how === 'theirs') {
      this.say(msg('Kept your partner’s version.'));
      return;
    }
    const parts = this.lazy.parts.conflict!;
    const patch = parts.mergedPatch(conflict, how === 'mine' ? {} : this.picks);
    if (Object.keys(patch).length > 0) void this.saver.save(conflict.theirs.id, patch);
  }

  private async createGoal(): Promise<void> {
    const goal = await this.form.submit();
    if (!goal) return;
    this.goals = [...this.goals, goal].sort(byPosition);
    this.saver.confirm([goal]);
    this.say(msg(str`Goal “${goal.title}” added.`));
    this.emit('mentor-goal-change', { goal, change: 'created' });
  }

  private move(goal: Goal, delta: -1 | 1, action: 'up' | 'down' = delta < 0 ? 'up' : 'down'): void {
    const visible = this.goals.filter((g) => !g.archivedAt);
    const from = visible.findIndex((g) => g.id === goal.id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= visible.length) return;
    const before = this.goals;
    const order = [...visible];
    order.splice(to, 0, ...order.splice(from, 1));
    const all = [...order, ...this.goals.filter((g) => g.archivedAt)];
    this.goals = all.map((g, position) => ({ ...g, position }));
    this.say(msg(str`Moved “${goal.title}” to position ${to + 1} of ${visible.length}.`));
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(`[data-goal-id="${goal.id}"] [data-action="${action}"]`)
        ?.focus(),
    );
    void this.saver
      .track(
        msg('the order of goals'),
        () => this.requireApi().reorderGoals(this.mentorshipId, { goalIds: all.map((g) => g.id) }),
        () => (this.goals = before),
      )
      .then((list) => {
        if (!list) return;
        this.goals = [...list.items].sort(byPosition);
        this.saver.confirm(list.items);
        const moved = list.items.find((g) => g.id === goal.id);
        if (moved) this.emit('mentor-goal-change', { goal: moved, change: 'reordered' });
      });
  }

  private readonly actions: GoalActions = {
    edit: (goal) => this.form.openEdit(goal),
    complete: (goal) => void this.saver.save(goal.id, { status: 'done' }),
    reopen: (goal) => void this.saver.save(goal.id, { status: 'on-track' }),
    archive: (goal) => {
      void this.saver.save(goal.id, { archived: true });
      this.say(msg(str`“${goal.title}” archived. Show archived goals to restore it.`));
    },
    restore: (goal) => {
      void this.saver.save(goal.id, { archived: false });
      this.say(msg(str`“${goal.title}” restored.`));
    },
    move: (goal, delta) => this.move(goal, delta),
    toggleMilestone: (goal, milestone, done) =>
      void this.saver.save(goal.id, {
        milestones: goal.milestones.map((m) => (m.id === milestone.id ? { ...m, done } : m)),
      }),
    updateKeyResult: (goal, keyResult, current) =>
      void this.saver.save(goal.id, {
        keyResults: goal.keyResults.map((kr) => (kr.id === keyResult.id ? { ...kr, current } : kr)),
      }),
  };

  private toggleItem = (item: ActionItem, done: boolean) =>
    void this.actionItems.toggle(item, done);

  private async openPanel(panel: 'recap' | 'timeline'): Promise<void> {
    this.panel = panel;
    if (panel === 'recap') await this.lazy.get('recap');
    else {
      const { timeline } = await this.lazy.get('timeline');
      if (!timeline.loaded) await timeline.more();
    }
  }

  private async recapSaved(): Promise<void> {
    const api = this.requireApi();
    const goals = await api.listGoals(this.mentorshipId).catch(() => undefined);
    if (goals) {
      this.goals = [...goals.items].sort(byPosition);
      this.saver.confirm(goals.items);
    }
    this.panel = 'none';
    if (this.lazy.parts.timeline?.timeline.loaded) void this.lazy.parts.timeline.timeline.reload();
    this.say(msg('Session recap saved.'));
  }

  override render() {
    return renderTask(this.load, (loaded) => this.renderTracker(loaded), {
      loadingLabel: msg('Loading goals'),
      skeletonLines: 4,
    });
  }

  private renderTracker(loaded: Loaded): TemplateResult {
    const reason = this.readonlyReason(loaded);
    const readonly = reason !== undefined;
    const active = this.goals.filter((g) => !g.archivedAt);
    const archived = this.goals.filter((g) => g.archivedAt);
    const creating = this.form.mode?.kind === 'create';
    const editingId = this.form.mode?.kind === 'edit' ? this.form.mode.goalId : undefined;
    const frameworks = this.framework ? [this.framework] : GoalFramework.options;
    const partner =
      loaded.me.person.id === loaded.mentorship.mentorId
        ? loaded.mentorship.menteeName
        : loaded.mentorship.mentorName;
    const listView = {
      locale: this.locale,
      today: this.today,
      readonly,
      editingId,
      renderEditor: () => this.renderForm(),
      actions: this.actions,
    };
    return html`<section class="tracker stack" part="tracker" aria-labelledby="tracker-title">
      <header class="tracker-head">
        <div>
          <h2 id="tracker-title">${msg('Goals')}</h2>
          <p class="small muted">${msg(str`With ${partner}`)}</p>
        </div>
        ${renderSaveStatus(this.saver)}
      </header>
      ${reason ? renderReadonlyNotice(reason) : nothing}
      <div class="row toolbar" part="toolbar">
        ${
          readonly
            ? nothing
            : html`<button
                  type="button"
                  class="button primary"
                  ?disabled=${creating}
                  @click=${() => this.form.openCreate(this.framework ?? 'SMART')}
                >
                  ${msg('Add goal')}
                </button>
                <button
                  type="button"
                  class="button"
                  aria-expanded=${this.panel === 'recap'}
                  @click=${() => void this.openPanel('recap')}
                >
                  ${msg('Record a session')}
                </button>`
        }
        <button
          type="button"
          class="button"
          aria-expanded=${this.panel === 'timeline'}
          @click=${() => void this.openPanel('timeline')}
        >
          ${msg('Session history')}
        </button>
        ${
          archived.length > 0
            ? html`<button
                type="button"
                class="button"
                aria-pressed=${this.showArchived}
                @click=${() => (this.showArchived = !this.showArchived)}
              >
                ${msg(str`Archived goals (${archived.length})`)}
              </button>`
            : nothing
        }
      </div>
      ${
        this.conflict && this.lazy.parts.conflict
          ? this.lazy.parts.conflict.renderConflict({
              conflict: this.conflict,
              locale: this.locale,
              picks: this.picks,
              pick: (field, choice) => (this.picks = { ...this.picks, [field]: choice }),
              resolve: (how) => this.resolveConflict(how),
            })
          : nothing
      }
      ${this.renderPanel(loaded, readonly)} ${creating ? this.renderForm() : nothing}
      ${
        active.length === 0 && !creating
          ? renderEmpty(frameworks, readonly, (f) => this.form.openCreate(f))
          : renderGoalList({ ...listView, goals: active, label: msg('Goals') })
      }
      ${this.renderOpenItems(readonly)}
      ${
        this.showArchived && archived.length > 0
          ? html`<section aria-labelledby="archived-title" class="stack">
              <h3 id="archived-title">${msg('Archived goals')}</h3>
              ${renderGoalList({ ...listView, goals: archived, label: msg('Archived goals') })}
            </section>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }

  private renderForm(): TemplateResult {
    return renderGoalForm({
      form: this.form,
      fixedFramework: this.framework,
      saveState:
        this.saver.state === 'saving'
          ? msg('Saving…')
          : this.saver.state === 'saved'
            ? msg('All changes saved')
            : '',
      submit: () => void this.createGoal(),
    });
  }

  private renderOpenItems(readonly: boolean): TemplateResult | typeof nothing {
    const items = this.actionItems.items;
    if (items.length === 0) return nothing;
    return html`<section class="stack" aria-labelledby="items-title">
      <h3 id="items-title">${msg('Action items')}</h3>
      ${renderActionItemList({
        items,
        locale: this.locale,
        today: this.today,
        readonly,
        label: msg('Open action items'),
        toggle: this.toggleItem,
        idPrefix: 'open',
      })}
    </section>`;
  }

  private renderPanel(loaded: Loaded, readonly: boolean): unknown {
    if (this.panel === 'none') return nothing;
    const parts = this.lazy.parts[this.panel];
    if (!parts) return html`<p class="muted" role="status">${msg('Loading')}</p>`;
    const close = () => (this.panel = 'none');
    if (this.panel === 'recap' && this.lazy.parts.recap)
      return this.lazy.parts.recap.renderRecapForm({
        form: this.lazy.recapForm({
          api: () => this.requireApi(),
          mentorshipId: () => this.mentorshipId,
          userId: () => loaded.me.person.id,
          today: () => this.today,
          goals: () => this.goals,
          saved: (recap) => {
            this.actionItems.add(recap.actionItems);
            this.emit('mentor-recap-save', { recap });
            void this.recapSaved();
          },
        }),
        goals: this.goals,
        openItems: this.actionItems.items,
        locale: this.locale,
        today: this.today,
        toggle: this.toggleItem,
        close,
      });
    if (this.panel === 'timeline' && this.lazy.parts.timeline)
      return this.lazy.parts.timeline.renderTimeline({
        timeline: this.lazy.parts.timeline.timeline,
        mentorship: loaded.mentorship,
        goals: this.goals,
        locale: this.locale,
        today: this.today,
        readonly,
        latest: (item) => this.actionItems.latest(item),
        toggle: this.toggleItem,
        close,
      });
    return nothing;
  }
}

function toFramework(value: string | null): GoalFramework | undefined {
  const upper = value?.trim().toUpperCase();
  return GoalFramework.options.find((f) => f === upper);
}

declare global {
  interface HTMLElementTagNameMap {
    'mentor-goal-tracker': MentorGoalTracker;
  }
}
