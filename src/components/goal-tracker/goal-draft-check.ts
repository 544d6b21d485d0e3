// A goal draft converted to what the contract accepts, with messages per field: the contract's
// schema plus the same framework rules the server applies. Loaded with the form
// (./goal-form-part.ts), so neither the rules nor zod are on the tracker's first load.
import type { CriterionKey, Goal, UpdateGoal } from '../../contract/index.js';
import type { CreateGoal } from '../../contract/goal.js';
import { goalIssues, progressSource } from '../../contract/goal-rules.js';
import { FRAMEWORK_CRITERIA } from '../../contract/goal-patch.js';
import { fieldMessage, ruleMessage } from './goal-tracker-copy.js';
import type { FieldErrors, GoalDraft } from './goal-draft.js';
import { TEMP_PREFIX } from './goal-save.controller.js';

const realId = (id: string | undefined) => (id && !id.startsWith(TEMP_PREFIX) ? { id } : {});

export interface ParsedDraft {
  input?: Required<Omit<CreateGoal, 'progress'>> & { progress?: number };
  errors: FieldErrors;
}

/**
 * The draft as a CreateGoal, or the message for each field that is not right yet. The schema
 * comes with the lazily loaded form (./goal-form-part.ts), so zod is not on the first load.
 */
export function parseDraft(draft: GoalDraft, schema: typeof CreateGoal): ParsedDraft {
  const errors: FieldErrors = {};
  const number = (path: string, text: string) => {
    const value = text.trim() === '' ? Number.NaN : Number(text.replace(',', '.'));
    if (!Number.isFinite(value)) errors[path] = fieldMessage(path);
    return value;
  };
  const criteria: Partial<Record<CriterionKey, string>> = {};
  for (const key of FRAMEWORK_CRITERIA[draft.framework]) {
    const text = draft.criteria[key]?.trim();
    if (text) criteria[key] = text;
  }
  const candidate = {
    framework: draft.framework,
    title: draft.title,
    description: draft.description,
    criteria,
    dueDate: draft.dueDate || null,
    milestones: draft.milestones.map((m) => ({
      ...realId(m.id),
      title: m.title,
      dueDate: m.dueDate || null,
      done: m.done,
    })),
    keyResults: draft.keyResults.map((kr, i) => ({
      ...realId(kr.id),
      title: kr.title,
      start: number(`keyResults.${i}.start`, kr.start),
      target: number(`keyResults.${i}.target`, kr.target),
      current: number(`keyResults.${i}.current`, kr.current),
      unit: kr.unit.trim(),
      weight: number(`keyResults.${i}.weight`, kr.weight),
    })),
    ...(draft.milestones.length === 0 && draft.keyResults.length === 0
      ? { progress: number('progress', draft.progress) }
      : {}),
  };
  const result = schema.safeParse(candidate);
  if (!result.success)
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      errors[path] ??= fieldMessage(path);
    }
  for (const issue of goalIssues(candidate)) errors[issue.path] ??= ruleMessage(issue.rule);
  if (Object.keys(errors).length > 0 || !result.success) return { errors };
  return { input: result.data as ParsedDraft['input'], errors };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what differs from the goal as last confirmed: the edit to send. */
export function diffPatch(goal: Goal, input: NonNullable<ParsedDraft['input']>): UpdateGoal {
  const patch: UpdateGoal = {};
  if (input.framework !== goal.framework) patch.framework = input.framework;
  if (input.title !== goal.title) patch.title = input.title;
  if (input.description !== goal.description) patch.description = input.description;
  if (!same(input.criteria, goal.criteria)) patch.criteria = input.criteria;
  if (input.dueDate !== goal.dueDate) patch.dueDate = input.dueDate;
  if (!same(input.milestones, goal.milestones)) patch.milestones = input.milestones;
  const keyResults = goal.keyResults.map(({ id, title, start, target, current, unit, weight }) => ({
    id,
    title,
    start,
    target,
    current,
    unit,
    weight,
  }));
  if (!same(input.keyResults, keyResults)) patch.keyResults = input.keyResults;
  if (
    input.progress !== undefined &&
    progressSource(input) === 'manual' &&
    input.progress !== goal.progress
  )
    patch.progress = input.progress;
  return patch;
}
