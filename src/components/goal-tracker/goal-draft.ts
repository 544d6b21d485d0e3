// The goal form's values as typed (numbers stay text until they parse, so nothing typed is lost),
// and their conversion to what the contract accepts, with messages per field: the contract's
// schema plus the same framework rules the server applies.
import type { CriterionKey, Goal, GoalFramework, UpdateGoal } from '../../contract/index.js';
import type { CreateGoal } from '../../contract/goal.js';
import { goalIssues, progressSource } from '../../contract/goal-rules.js';
import { FRAMEWORK_CRITERIA } from '../../contract/goal-patch.js';
import { fieldMessage, ruleMessage } from './goal-tracker-copy.js';
import { TEMP_PREFIX } from './goal-save.controller.js';

export interface MilestoneDraft {
  id?: string;
  title: string;
  dueDate: string;
  done: boolean;
}

export interface KeyResultDraft {
  id?: string;
  title: string;
  start: string;
  target: string;
  current: string;
  unit: string;
  weight: string;
}

export interface GoalDraft {
  framework: GoalFramework;
  title: string;
  description: string;
  criteria: Partial<Record<CriterionKey, string>>;
  dueDate: string;
  milestones: MilestoneDraft[];
  keyResults: KeyResultDraft[];
  progress: string;
}

export type FieldErrors = Record<string, string>;

export const emptyMilestone = (): MilestoneDraft => ({ title: '', dueDate: '', done: false });
export const emptyKeyResult = (): KeyResultDraft => ({
  title: '',
  start: '0',
  target: '',
  current: '0',
  unit: '',
  weight: '1',
});

export function emptyDraft(framework: GoalFramework): GoalDraft {
  return {
    framework,
    title: '',
    description: '',
    criteria: {},
    dueDate: '',
    milestones: [],
    keyResults: framework === 'OKR' ? [emptyKeyResult()] : [],
    progress: '0',
  };
}

export function draftFromGoal(goal: Goal): GoalDraft {
  return {
    framework: goal.framework,
    title: goal.title,
    description: goal.description,
    criteria: { ...goal.criteria },
    dueDate: goal.dueDate ?? '',
    milestones: goal.milestones.map((m) => ({ ...m, dueDate: m.dueDate ?? '' })),
    keyResults: goal.keyResults.map((kr) => ({
      id: kr.id,
      title: kr.title,
      start: String(kr.start),
      target: String(kr.target),
      current: String(kr.current),
      unit: kr.unit,
      weight: String(kr.weight),
    })),
    progress: String(goal.progress),
  };
}

/** Sets a value by a dotted path such as `milestones.0.title` or `criteria.learning`. */
export function setField(draft: GoalDraft, path: string, value: string | boolean): GoalDraft {
  const next = structuredClone(draft);
  const keys = path.split('.');
  let target: Record<string, unknown> = next as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1)!] = value;
  if (path === 'framework' && next.framework === 'OKR' && next.keyResults.length === 0)
    next.keyResults.push(emptyKeyResult());
  return next;
}

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
