// How an edit changes a goal, shown at once by the tracker before the server answers and applied
// by the server and the memory API (re-exported by ./goal-rules.ts). Pure functions.
import { completionAfter, PLAIN_EDITOR, type GoalEditor } from './goal-confirmation.js';
import { goalProgress } from './goal-progress.js';
import type {
  Goal,
  GoalCriteria,
  GoalFramework,
  CriterionKey,
  KeyResult,
  KeyResultInput,
  Milestone,
  MilestoneInput,
  UpdateGoal,
} from './goal.js';

/** The prompts each framework asks for, in order. OKR asks for key results instead. */
export const FRAMEWORK_CRITERIA: Record<GoalFramework, CriterionKey[]> = {
  SMART: ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'],
  REAL: ['relevant', 'experimental', 'aspirational', 'learning'],
  OKR: [],
};

/** Ids for new milestones and key results; kept ones keep theirs. */
export type NewId = (prefix: 'mile' | 'kr') => string;

export const toMilestones = (inputs: readonly MilestoneInput[], newId: NewId): Milestone[] =>
  inputs.map((m) => ({
    id: m.id ?? newId('mile'),
    title: m.title,
    dueDate: m.dueDate,
    done: m.done,
  }));

export const toKeyResults = (inputs: readonly KeyResultInput[], newId: NewId): KeyResult[] =>
  inputs.map((kr) => ({
    id: kr.id ?? newId('kr'),
    title: kr.title,
    start: kr.start,
    target: kr.target,
    current: kr.current,
    unit: kr.unit ?? '',
    weight: kr.weight ?? 1,
  }));

/** Leaves only the prompts of the goal's framework (a switch from SMART to OKR drops them). */
export function criteriaFor(framework: GoalFramework, criteria: GoalCriteria): GoalCriteria {
  const kept: GoalCriteria = {};
  for (const key of FRAMEWORK_CRITERIA[framework]) if (criteria[key]) kept[key] = criteria[key];
  return kept;
}

/** Computed progress, and a started goal is no longer "not started". */
export function settleProgress(goal: Goal): Goal {
  goal.progress = goalProgress(goal);
  if (goal.status === 'not-started' && goal.progress > 0) goal.status = 'on-track';
  return goal;
}

/**
 * The goal after a validated patch (a copy; version and updatedAt advanced). Ids of milestones
 * and key results must be checked first with `unknownPartIssues`, the completion step with
 * `confirmationRefusal`; `editor` decides what "done" means (goal-confirmation.ts).
 */
export function patchGoal(
  goal: Goal,
  patch: UpdateGoal,
  now: string,
  newId: NewId,
  editor: GoalEditor = PLAIN_EDITOR,
): Goal {
  const next: Goal = { ...goal, version: goal.version + 1, updatedAt: now };
  if (patch.framework !== undefined) next.framework = patch.framework;
  if (patch.title !== undefined) next.title = patch.title;
  if (patch.description !== undefined) next.description = patch.description;
  if (patch.criteria !== undefined || patch.framework !== undefined)
    next.criteria = criteriaFor(next.framework, patch.criteria ?? goal.criteria);
  if (patch.milestones !== undefined) next.milestones = toMilestones(patch.milestones, newId);
  if (patch.keyResults !== undefined) next.keyResults = toKeyResults(patch.keyResults, newId);
  if (patch.dueDate !== undefined) next.dueDate = patch.dueDate;
  if (patch.progress !== undefined) next.progress = patch.progress;
  Object.assign(next, completionAfter(goal, patch, editor, now));
  if (patch.archived !== undefined)
    next.archivedAt = patch.archived ? (goal.archivedAt ?? now) : null;
  return settleProgress(next);
}
