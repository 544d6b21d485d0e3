// The goal form's values as typed (numbers stay text until they parse, so nothing typed is lost).
// Their check against the contract is in ./goal-draft-check.ts, loaded with the form.
import type { CriterionKey, Goal, GoalFramework } from '../../contract/index.js';

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
