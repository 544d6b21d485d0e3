import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { msg, str } from '@lit/localize';
import type { ActionItem, Goal, UpdateGoal } from '../../contract/index.js';
import type { GoalFramework } from '../../contract/goal.js';
import { GOAL_FRAMEWORKS } from '../../contract/values.js';
import { byPosition, todayIn } from '../../contract/goal-progress.js';
import { goalEditor, type GoalEditor } from '../../contract/goal-confirmation.js';
import { MentorElement } from '../../core/mentor-element.js';
import { baseStyles } from '../../core/base.styles.js';
import { renderSkeleton, renderTask } from '../../core/task-view.js';
import { goalTrackerStyles } from './goal-tracker.styles.js';
import { GoalSaveController } from './goal-save.controller.js';
import { ConflictController } from './conflict.controller.js';
import { GoalFormController } from './goal-form.controller.js';
import { ActionItemsController } from './action-items.controller.js';
import type { GoalActions } from './goal-tracker-list.js';
import {
  changeOf,
  partnerName,
  readonlyReason,
  toFramework,
  type Viewing,
} from './goal-changes.js';
import type { RecapFormOptions } from './goal-tracker-recap.js';
import { LazyParts, loadView, type View } from './lazy-parts.js';

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
 * @fires mentor-goal-change - A goal was created, edited, archived, restored, reopened, moved,
 *   marked as done awaiting the mentor's confirmation, or sent back by the mentor.
 *   Detail: `{ goal, change }` (change: created, updated, archived, restored, reopened,
 *   reordered, awaiting-confirmation, sent-back).
 * @fires mentor-goal-complete - A goal counts as done: marked as done, or, in programs where the
 *   mentor confirms (`settings.goalsNeedMentorConfirmation`), confirmed by the mentor.
 *   Detail: `{ goal }`.
 * @fires mentor-recap-save - A session recap was saved. Detail: `{ recap }`.
 * @fires mentor-action-item-change - An action item was ticked off, reopened or edited (text,
 *   owner, due date). Detail: `{ item }`.
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
 * @csspart action-item-editor - The inline editor of an action item.
 * @csspart recap-form - The session recap form.
 * @csspart timeline - The session history.
 * @csspart conflict - The side-by-side view of a concurrent edit.
 * @csspart save-status - Autosave state and failures.
 * @csspart empty - The empty state with an example per framework.
 * @csspart readonly-notice - Says why the tracker is read-only.
 * @csspart confirmation - Where the mentor's confirmation of a done goal stands.
 * @csspart send-back - The mentor's note when sending a goal back.
 * @csspart framework-choice - The SMART / REAL / OKR choice of a new goal.
 * @csspart framework-help - What the chosen framework asks for.
 * @csspart milestone-editor - The milestones of a goal being edited.
 * @csspart key-result-editor - The key results of an OKR being edited.
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
  @state() private announcement = '';
  private viewer: Viewing | undefined;
  private view: View | undefined;

  private readonly saver = new GoalSaveController(this, {
    api: () => this.requireApi(),
    goal: (id) => this.goals.find((g) => g.id === id),
    editor: () => this.editor,
    show: (goal) => (this.goals = this.goals.map((old) => (old.id === goal.id ? goal : old))),
    conflict: (conflict) => void this.conflicts.open(conflict),
    saved: (goal, patch) => this.emitSaved(goal, patch),
  });

  private readonly form = new GoalFormController(this, {
    userId: () => this.viewer?.me.person.id,
    mentorshipId: () => this.mentorshipId,
    saver: this.saver,
    create: (input, idempotencyKey) =>
      this.requireApi().createGoal(this.mentorshipId, input, { idempotencyKey }),
    autosaveDelay: () => this.autosaveDelay,
    part: () => this.lazy.parts.form,
    loadPart: () => this.lazy.get('form'),
    focus: (selector) => this.focusOn(selector),
  });

  private readonly lazy = new LazyParts(this);

  private readonly actionItems = new ActionItemsController(this, {
    api: () => this.requireApi(),
    mentorshipId: () => this.mentorshipId,
    saver: this.saver,
    changed: (item) => this.emit('mentor-action-item-change', { item }),
    edit: {
      lazy: this.lazy,
      userId: () => this.viewer?.me.person.id,
      say: (text) => this.say(text),
      focus: (itemId, selector) => this.focusOn(`[data-item-id="${itemId}"] ${selector}`),
    },
  });

  private readonly conflicts = new ConflictController(this, {
    lazy: this.lazy,
    save: (goalId, patch) => void this.saver.save(goalId, patch),
    say: (text) => this.say(text),
    opened: () => this.form.abandon(),
  });

  private readonly load = new Task(this, {
    task: async ([, mentorshipId], { signal }) => {
      const api = this.requireApi();
      const [me, mentorship, goals, items, view] = await Promise.all([
        this.currentUser(signal),
        api.getMentorship(mentorshipId, { signal }),
        api.listGoals(mentorshipId, { signal }),
        api.listActionItems(mentorshipId, {}, { signal }),
        loadView(),
      ]);
      this.view = view;
      this.actions ??= this.createActions(view);
      this.goals = [...goals.items].sort(byPosition);
      this.saver.confirm(goals.items);
      this.viewer = { me, mentorship };
      this.actionItems.load(items.items);
      // The form's chunk comes now, so "Add goal" and "Edit" open it at once.
      if (!readonlyReason(this.viewer, this.readonly))
        void this.lazy.get('form').catch(() => undefined);
      return this.viewer;
    },
    args: () => [this.api, this.mentorshipId] as const,
  });

  /** Resolves once the goals are loaded (or failed to load). */
  async loaded(): Promise<void> {
    await this.load.taskComplete.catch(() => undefined);
    await this.lazy.settled();
    await this.updateComplete;
  }

  private get today(): string {
    return todayIn(this.timeZone || undefined, this.now());
  }

  /** Who edits, in which program (what "done" means for them). */
  private get editor(): GoalEditor | undefined {
    if (!this.viewer) return undefined;
    const { me, mentorship } = this.viewer;
    return goalEditor(me.person.id, mentorship, me.settings);
  }

  /** Focuses an element once rendered (a button after its card was re-rendered). */
  private focusOn(selector: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }

  private say(text: string): void {
    // Cleared first so the same words are announced again.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = text));
  }

  private emitSaved(goal: Goal, patch: UpdateGoal): void {
    if (patch.status === 'done' && goal.status === 'done')
      this.emit('mentor-goal-complete', { goal });
    else this.emit('mentor-goal-change', { goal, change: changeOf(patch, goal) });
  }

  private async createGoal(): Promise<void> {
    const goal = await this.form.submit();
    if (!goal) return;
    this.goals = [...this.goals, goal].sort(byPosition);
    this.saver.confirm([goal]);
    this.say(msg(str`Goal “${goal.title}” added.`));
    this.emit('mentor-goal-change', { goal, change: 'created' });
  }

  private actions?: GoalActions; // what card buttons do: made when the view arrives
  private createActions({ goalActions }: View): GoalActions {
    return {
      ...goalActions({
        saver: this.saver,
        api: () => this.requireApi(),
        mentorshipId: () => this.mentorshipId,
        goals: () => this.goals,
        setGoals: (goals) => (this.goals = goals),
        say: (text) => this.say(text),
        focus: (goalId, action) =>
          this.focusOn(`[data-goal-id="${goalId}"] [data-action="${action}"]`),
        emitChange: (detail) => this.emit('mentor-goal-change', detail),
        sendBack: (goal) =>
          void this.lazy.openSendBack(
            {
              saver: this.saver,
              say: (text) => this.say(text),
              focus: (goalId, selector) => this.focusOn(`[data-goal-id="${goalId}"] ${selector}`),
            },
            goal,
          ),
        waitsForMentor: () =>
          this.editor?.side === 'mentee' && this.editor.needsConfirmation === true,
      }),
      edit: (goal: Goal) => this.form.openEdit(goal),
    };
  }

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

  private recapOptions(loaded: Viewing): RecapFormOptions {
    return {
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
    };
  }

  override render() {
    return renderTask(this.load, (loaded) => this.renderTracker(loaded), {
      loadingLabel: msg('Loading goals'),
      skeleton: { lines: 4, blocks: 3 },
    });
  }

  private renderTracker(loaded: Viewing): TemplateResult {
    const view = this.view!;
    const reason = readonlyReason(loaded, this.readonly);
    const readonly = reason !== undefined;
    const active = this.goals.filter((g) => !g.archivedAt);
    const archived = this.goals.filter((g) => g.archivedAt);
    const creating = this.form.mode?.kind === 'create';
    const editingId = this.form.mode?.kind === 'edit' ? this.form.mode.goalId : undefined;
    const frameworks = this.framework ? [this.framework] : GOAL_FRAMEWORKS;
    const partner = partnerName(loaded);
    const panelView = {
      panel: this.panel,
      lazy: this.lazy,
      mentorship: loaded.mentorship,
      goals: this.goals,
      items: this.actionItems,
      locale: this.locale,
      today: this.today,
      readonly,
      toggle: (item: ActionItem, done: boolean) => void this.actionItems.toggle(item, done),
      recapOptions: () => this.recapOptions(loaded),
    };
    const editor = this.editor;
    const listView = {
      locale: this.locale,
      today: this.today,
      readonly,
      editingId,
      renderEditor: () => this.renderForm(),
      actions: this.actions!,
      completion: {
        side: editor?.side ?? 'mentee',
        needsConfirmation: editor?.needsConfirmation ?? false,
        partner,
        sendBackForm: (goal: Goal) => this.lazy.sendBack?.render(goal, partner),
      },
    };
    return html`<section class="tracker stack" part="tracker" aria-labelledby="tracker-title">
      <header class="tracker-head">
        <div>
          <h2 id="tracker-title">${msg('Goals')}</h2>
          <p class="small muted">${msg(str`With ${partner}`)}</p>
        </div>
        ${view.renderSaveStatus(this.saver)}
      </header>
      ${reason ? view.renderReadonlyNotice(reason) : nothing}
      ${view.renderToolbar({
        readonly,
        creating,
        panel: this.panel,
        archived: archived.length,
        showArchived: this.showArchived,
        add: () => this.form.openCreate(this.framework ?? 'SMART'),
        open: (panel) => void this.openPanel(panel),
        toggleArchived: () => (this.showArchived = !this.showArchived),
      })}
      ${this.conflicts.render(this.locale) ?? nothing}
      ${view.renderPanel({ ...panelView, close: () => (this.panel = 'none') })}
      ${creating ? this.renderForm() : nothing}
      ${
        active.length === 0 && !creating
          ? view.renderEmpty(frameworks, readonly, (f) => this.form.openCreate(f))
          : view.renderGoalList({ ...listView, goals: active, label: msg('Goals') })
      }
      ${view.renderOpenItems(panelView)}
      ${
        this.showArchived && archived.length > 0
          ? html`<section aria-labelledby="archived-title" class="stack">
              <h3 id="archived-title">${msg('Archived goals')}</h3>
              ${view.renderGoalList({ ...listView, goals: archived, label: msg('Archived goals') })}
            </section>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }

  private renderForm(): TemplateResult {
    const part = this.lazy.parts.form;
    if (!part) {
      // Opened before its chunk arrived (or it failed offline: asking again retries).
      void this.lazy.get('form').catch(() => undefined);
      return html`<div class="card goal-form-loading" part="goal-form">
        ${renderSkeleton({ lines: 5, blocks: 2, label: msg('Loading the goal form') })}
      </div>`;
    }
    return part.renderGoalForm({
      form: this.form,
      fixedFramework: this.framework,
      saveState:
        this.saver.state === 'saving' || this.saver.state === 'saved'
          ? this.view!.saveCopy[this.saver.state]()
          : '',
      submit: () => void this.createGoal(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mentor-goal-tracker': MentorGoalTracker;
  }
}
