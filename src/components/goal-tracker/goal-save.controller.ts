// Autosave with visible state. Every edit shows at once (optimistic), is sent in order per goal
// with the version the person last saw confirmed, and is undone with a message when it fails
// (Retry sends it again). A 412 is never overwritten: the partner's goal is fetched and handed
// to the conflict view with the person's own version.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MentoringApi } from '../../client/api.js';
import { ConflictError } from '../../client/errors.js';
import { isIgnorableError } from '../../core/errors-view.js';
import type { Goal, UpdateGoal } from '../../contract/index.js';
import { patchGoal } from '../../contract/goal-patch.js';
import type { GoalEditor } from '../../contract/goal-confirmation.js';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface GoalConflict {
  /** The goal as the person last saw it confirmed. */
  base: Goal;
  /** Their edit applied to `base`. */
  mine: Goal;
  /** The partner's version, now on the server. */
  theirs: Goal;
  patch: UpdateGoal;
}

export interface GoalSaveOptions {
  api: () => MentoringApi;
  goal: (id: string) => Goal | undefined;
  /** Who edits, in which program: what "done" shows before the server answers. */
  editor: () => GoalEditor | undefined;
  /** Puts a goal (optimistic, confirmed or rolled back) into the list on screen. */
  show: (goal: Goal) => void;
  conflict: (conflict: GoalConflict) => void;
  /** A change the server confirmed. */
  saved?: (goal: Goal, patch: UpdateGoal) => void;
  /** Something went wrong; `title` names what (a goal title, "the order"). */
  failed?: (error: unknown, title: string) => void;
}

let tempSeq = 0;
/** Ids for parts added optimistically; never sent (the form strips them). */
export const TEMP_PREFIX = 'tmp-';
const tempId = () => `${TEMP_PREFIX}${++tempSeq}`;

export class GoalSaveController implements ReactiveController {
  state: SaveState = 'idle';
  /** What failed last, for the error message and Retry. */
  failure: { error: unknown; title: string; retry: () => void } | undefined;
  private readonly confirmed = new Map<string, Goal>();
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Edits per goal not answered yet: the confirmed goal is shown only after the last one. */
  private readonly waiting = new Map<string, number>();
  private inFlight = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GoalSaveOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The goals as loaded: what edits are based on. */
  confirm(goals: readonly Goal[]): void {
    for (const goal of goals) this.confirmed.set(goal.id, goal);
  }

  /** The last version the server confirmed (for the conflict view and the editor). */
  confirmedGoal(id: string): Goal | undefined {
    return this.confirmed.get(id);
  }

  /** Shows the edit now and saves it; resolves with the saved goal, or undefined on failure. */
  save(goalId: string, patch: UpdateGoal): Promise<Goal | undefined> {
    const current = this.options.goal(goalId);
    if (!current) return Promise.resolve(undefined);
    if (!this.confirmed.has(goalId)) this.confirmed.set(goalId, current);
    const now = new Date().toISOString();
    this.options.show(patchGoal(current, patch, now, tempId, this.options.editor()));
    this.waiting.set(goalId, (this.waiting.get(goalId) ?? 0) + 1);
    const previous = this.queues.get(goalId) ?? Promise.resolve();
    const next = previous.then(() => this.send(goalId, patch));
    this.queues.set(goalId, next);
    return next;
  }

  /** Any other optimistic change (order, action items): `undo` runs when `work` fails. */
  async track<T>(title: string, work: () => Promise<T>, undo: () => void): Promise<T | undefined> {
    this.begin();
    try {
      const result = await work();
      this.end('saved');
      return result;
    } catch (error) {
      undo();
      this.fail(error, title, () => void this.track(title, work, undo));
      return undefined;
    }
  }

  private async send(goalId: string, patch: UpdateGoal): Promise<Goal | undefined> {
    const base = this.confirmed.get(goalId)!;
    this.begin();
    try {
      const goal = await this.options.api().updateGoal(goalId, patch, { version: base.version });
      this.confirmed.set(goalId, goal);
      this.end('saved');
      if (this.waiting.get(goalId) === 1) this.options.show(goal);
      this.options.saved?.(goal, patch);
      return goal;
    } catch (error) {
      if (error instanceof ConflictError && error.status === 412) {
        this.end('idle');
        await this.resolveConflict(goalId, base, patch);
        return undefined;
      }
      this.options.show(this.confirmed.get(goalId) ?? base);
      this.fail(error, base.title, () => void this.save(goalId, patch));
      return undefined;
    } finally {
      const left = (this.waiting.get(goalId) ?? 1) - 1;
      if (left > 0) this.waiting.set(goalId, left);
      else this.waiting.delete(goalId);
    }
  }

  private async resolveConflict(goalId: string, base: Goal, patch: UpdateGoal) {
    try {
      const theirs = await this.options.api().getGoal(goalId);
      this.confirmed.set(goalId, theirs);
      this.options.show(theirs);
      this.options.conflict({
        base,
        mine: patchGoal(base, patch, base.updatedAt, tempId, this.options.editor()),
        theirs,
        patch,
      });
    } catch (error) {
      this.options.show(base);
      this.fail(error, base.title, () => void this.save(goalId, patch));
    }
  }

  private begin(): void {
    this.inFlight++;
    this.state = 'saving';
    this.failure = undefined;
    this.host.requestUpdate();
  }

  private end(state: SaveState): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (this.inFlight === 0 && this.state !== 'failed') this.state = state;
    this.host.requestUpdate();
  }

  private fail(error: unknown, title: string, retry: () => void): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (isIgnorableError(error)) {
      // Aborted (the element left the page): nothing to tell.
      if (this.inFlight === 0) this.state = 'idle';
      this.host.requestUpdate();
      return;
    }
    this.state = 'failed';
    this.failure = { error, title, retry };
    this.options.failed?.(error, title);
    this.host.requestUpdate();
  }
}
