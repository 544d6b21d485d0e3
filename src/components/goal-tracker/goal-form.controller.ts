// The open goal form: its values (kept as a local draft until the server confirmed them), its
// field messages, and how it saves. A new goal is created with one idempotency key across
// retries; an existing goal saves itself a moment after each change (autosave).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { ProblemError } from '../../client/errors.js';
import { DraftController, draftKey } from '../../core/drafts.js';
import type { Goal, GoalFramework, UpdateGoal } from '../../contract/index.js';
import {
  draftFromGoal,
  emptyDraft,
  emptyKeyResult,
  emptyMilestone,
  setField,
  type FieldErrors,
  type GoalDraft,
} from './goal-draft.js';
import type { ParsedDraft } from './goal-draft-check.js';
import type { GoalSaveController } from './goal-save.controller.js';
import type { FormPart } from './lazy-parts.js';

/** `base` with the fields `patch` sent taken from the goal the server saved. */
function agreed(base: Goal, saved: Goal, patch: UpdateGoal): Goal {
  const next = { ...base };
  for (const key of Object.keys(patch) as (keyof UpdateGoal & keyof Goal)[])
    (next as Record<string, unknown>)[key] = saved[key];
  return next;
}

/**
 * `base`: the goal as the edit form opened on it. Autosave sends what the person changed from it,
 * not from the latest confirmed goal: a recap saved while the form is open changes the goal's
 * progress and key results, and the draft's older values must not be sent back over them.
 */
export type GoalFormMode = { kind: 'create' } | { kind: 'edit'; goalId: string; base: Goal };

export interface GoalFormOptions {
  userId: () => string | undefined;
  mentorshipId: () => string;
  saver: GoalSaveController;
  create: (draft: NonNullable<ParsedDraft['input']>, key: string) => Promise<Goal>;
  /** Milliseconds of quiet before an edit saves itself. */
  autosaveDelay: () => number;
  /** The form's lazily loaded part (view and schema): loaded or undefined, and its load. */
  part: () => FormPart | undefined;
  loadPart: () => Promise<FormPart>;
  /** Focuses the element `selector` finds once the host rendered. */
  focus: (selector: string) => void;
}

/** The first field of the form: the chosen framework, or the title when it is fixed. */
const FIRST_FIELD = '.goal-form :is(input:checked, input:not([type="radio"]), textarea)';

const newKey = () =>
  globalThis.crypto?.randomUUID?.() ?? `goal-${Date.now()}-${Math.random().toString(36).slice(2)}`;

export class GoalFormController implements ReactiveController {
  mode: GoalFormMode | undefined;
  draft: GoalDraft = emptyDraft('SMART');
  errors: FieldErrors = {};
  /** Why the last create failed (not a field problem), for the form's error box. */
  submitError: unknown;
  submitting = false;
  private idempotencyKey = newKey();
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly drafts: DraftController<GoalDraft>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GoalFormOptions,
  ) {
    host.addController(this);
    this.drafts = new DraftController<GoalDraft>(host, {
      key: () => this.draftKey(),
      onRestore: ({ value }) => {
        this.draft = value;
      },
      validate: (value) =>
        value && typeof value === 'object' && 'framework' in value
          ? (value as GoalDraft)
          : undefined,
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.flushAutosave();
  }

  private draftKey(): string | undefined {
    const user = this.options.userId();
    if (!user || !this.mode) return undefined;
    const id = this.mode.kind === 'edit' ? this.mode.goalId : `new-${this.options.mentorshipId()}`;
    return draftKey(user, 'goal', id);
  }

  get isOpen(): boolean {
    return this.mode !== undefined;
  }

  openCreate(framework: GoalFramework): void {
    this.mode = { kind: 'create' };
    this.draft = emptyDraft(framework);
    this.errors = {};
    this.submitError = undefined;
    this.host.requestUpdate(); // the draft controller restores a kept draft for this key
    this.focusFirstField();
  }

  openEdit(goal: Goal): void {
    this.mode = { kind: 'edit', goalId: goal.id, base: goal };
    this.draft = draftFromGoal(goal);
    this.errors = {};
    this.submitError = undefined;
    this.host.requestUpdate();
    this.focusFirstField();
  }

  /** Once the form shows (its chunk may still be on its way), its first field takes the focus. */
  private focusFirstField(): void {
    void this.options.loadPart().then(
      () => this.options.focus(FIRST_FIELD),
      () => undefined, // offline: the form shows its loading state and retries when rendered
    );
  }

  close(): void {
    this.flushAutosave();
    this.mode = undefined;
    this.host.requestUpdate();
  }

  /**
   * Closes without saving what is pending: the conflict view now holds the person's version, so
   * the edit's draft goes too (restoring it later would overwrite what they chose).
   */
  abandon(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.mode?.kind === 'edit') this.drafts.clear();
    this.mode = undefined;
    this.host.requestUpdate();
  }

  /** Discards the new goal's draft. */
  cancel(): void {
    if (this.mode?.kind === 'create') this.drafts.clear();
    this.close();
  }

  set(path: string, value: string | boolean): void {
    this.draft = setField(this.draft, path, value);
    delete this.errors[path];
    this.changed();
  }

  addMilestone(): void {
    this.draft = { ...this.draft, milestones: [...this.draft.milestones, emptyMilestone()] };
    this.changed();
  }

  addKeyResult(): void {
    this.draft = { ...this.draft, keyResults: [...this.draft.keyResults, emptyKeyResult()] };
    this.changed();
  }

  remove(list: 'milestones' | 'keyResults', index: number): void {
    const items = [...this.draft[list]];
    items.splice(index, 1);
    this.draft = { ...this.draft, [list]: items };
    this.changed();
  }

  private changed(): void {
    this.drafts.save(this.draft);
    if (this.mode?.kind === 'edit') {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flushAutosave(), this.options.autosaveDelay());
    }
    this.host.requestUpdate();
  }

  /** Saves an edit now if it is valid and changes something. */
  flushAutosave(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const mode = this.mode;
    if (mode?.kind !== 'edit') return;
    const part = this.options.part();
    if (!part) {
      // Only before the form's chunk arrived (it loads with the goals): check once it is here.
      void this.options.loadPart().then(() => this.flushAutosave());
      return;
    }
    const { input, errors } = part.parseDraft(this.draft, part.CreateGoal);
    this.errors = errors;
    this.host.requestUpdate();
    if (!input) return;
    const patch = part.diffPatch(mode.base, input);
    if (Object.keys(patch).length === 0) return;
    void this.options.saver.save(mode.goalId, patch).then((saved) => {
      if (!saved || this.mode?.kind !== 'edit' || this.mode.goalId !== saved.id) return;
      this.drafts.clear();
      // What was sent is now agreed: a later edit back to the opening value must be sent too.
      this.mode = { ...this.mode, base: agreed(this.mode.base, saved, patch) };
    });
  }

  /** Creates the new goal; on failure keeps the draft and the key, so a retry creates it once. */
  async submit(): Promise<Goal | undefined> {
    const { CreateGoal, parseDraft } = this.options.part() ?? (await this.options.loadPart());
    const { input, errors } = parseDraft(this.draft, CreateGoal);
    this.errors = errors;
    this.submitError = undefined;
    if (!input) {
      this.host.requestUpdate();
      return undefined;
    }
    this.submitting = true;
    this.host.requestUpdate();
    try {
      const goal = await this.options.create(input, this.idempotencyKey);
      this.drafts.clear();
      this.idempotencyKey = newKey();
      this.mode = undefined;
      return goal;
    } catch (error) {
      if (error instanceof ProblemError && error.fieldErrors.length > 0)
        for (const field of error.fieldErrors) this.errors[field.path] = field.message;
      else this.submitError = error;
      return undefined;
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
    }
  }

  /** The summary read out when a submit found problems. */
  errorSummary(): string {
    const count = Object.keys(this.errors).length;
    return count === 0 ? '' : msg('Some fields need your attention.');
  }
}
