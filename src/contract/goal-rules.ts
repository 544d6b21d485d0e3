// Goal rules shared by the server, the memory API and <mentor-goal-tracker>: validation per
// framework, new goals, and how a recap changes a goal; progress and status (goal-progress.ts)
// and edits (goal-patch.ts) are re-exported from here. Pure functions, no I/O.
import type { FieldError } from './problem.js';
import {
  criteriaFor,
  settleProgress,
  toKeyResults,
  toMilestones,
  type NewId,
} from './goal-patch.js';
import { progressSource } from './goal-progress.js';
import type {
  ActionItem,
  ActionItemInput,
  CreateGoal,
  Goal,
  GoalCriteria,
  GoalFramework,
  KeyResultInput,
  MilestoneInput,
  UpdateActionItem,
  UpdateGoal,
} from './goal.js';

// Progress and status (./goal-progress.ts) and edits (./goal-patch.ts) are rules of goals too.
export * from './goal-progress.js';
export { FRAMEWORK_CRITERIA, patchGoal, type NewId } from './goal-patch.js';

/** Stable codes of the rules below; widgets translate them, the server sends `message`. */
export const GOAL_RULE_MESSAGES = {
  'smart-needs-due-date': 'A SMART goal is time-bound: give it a due date.',
  'smart-needs-measure': 'Say how you will measure success.',
  'real-needs-learning': 'Say what you want to learn.',
  'okr-needs-key-result': 'An OKR needs at least one key result.',
  'target-equals-start': 'The target must differ from the start value.',
  'milestone-after-goal': 'This milestone is due after the goal itself.',
} as const;
export type GoalRule = keyof typeof GOAL_RULE_MESSAGES;
export type GoalIssue = { path: string; rule: GoalRule };

type Checkable = {
  framework: GoalFramework;
  criteria: GoalCriteria;
  dueDate: string | null;
  milestones: readonly Pick<MilestoneInput, 'dueDate'>[];
  keyResults: readonly Pick<KeyResultInput, 'start' | 'target'>[];
};

const blank = (text: string | undefined) => !text || text.trim() === '';

/** What is missing or inconsistent for the goal's framework; empty when it can be saved. */
export function goalIssues(goal: Checkable): GoalIssue[] {
  const issues: GoalIssue[] = [];
  if (goal.framework === 'SMART') {
    if (blank(goal.criteria.measurable))
      issues.push({ path: 'criteria.measurable', rule: 'smart-needs-measure' });
    if (!goal.dueDate) issues.push({ path: 'dueDate', rule: 'smart-needs-due-date' });
  }
  if (goal.framework === 'REAL' && blank(goal.criteria.learning))
    issues.push({ path: 'criteria.learning', rule: 'real-needs-learning' });
  if (goal.framework === 'OKR' && goal.keyResults.length === 0)
    issues.push({ path: 'keyResults', rule: 'okr-needs-key-result' });
  goal.keyResults.forEach((kr, index) => {
    if (kr.start === kr.target)
      issues.push({ path: `keyResults.${index}.target`, rule: 'target-equals-start' });
  });
  goal.milestones.forEach((milestone, index) => {
    if (goal.dueDate && milestone.dueDate && milestone.dueDate > goal.dueDate)
      issues.push({ path: `milestones.${index}.dueDate`, rule: 'milestone-after-goal' });
  });
  return issues;
}

export const issuesAsFieldErrors = (issues: readonly GoalIssue[]): FieldError[] =>
  issues.map(({ path, rule }) => ({ path, message: GOAL_RULE_MESSAGES[rule] }));

/** A new goal from a validated CreateGoal (defaults applied). */
export function newGoal(
  input: Required<Omit<CreateGoal, 'progress'>> & { progress?: number },
  ids: { id: string; mentorshipId: string; position: number; now: string; newId: NewId },
): Goal {
  const goal: Goal = {
    id: ids.id,
    mentorshipId: ids.mentorshipId,
    framework: input.framework,
    title: input.title,
    description: input.description,
    criteria: criteriaFor(input.framework, input.criteria),
    milestones: toMilestones(input.milestones, ids.newId),
    keyResults: toKeyResults(input.keyResults, ids.newId),
    dueDate: input.dueDate,
    progress: input.progress ?? 0,
    status: 'not-started',
    position: ids.position,
    archivedAt: null,
    confirmation: null,
    createdAt: ids.now,
    updatedAt: ids.now,
    version: 1,
  };
  return settleProgress(goal);
}

/** Field errors for milestone or key result ids the goal does not have. */
export function unknownPartIssues(goal: Goal, patch: UpdateGoal): FieldError[] {
  const errors: FieldError[] = [];
  const check = (
    name: 'milestones' | 'keyResults',
    known: Set<string>,
    parts?: { id?: string }[],
  ) =>
    parts?.forEach((part, index) => {
      if (part.id !== undefined && !known.has(part.id))
        errors.push({ path: `${name}.${index}.id`, message: 'Not a part of this goal.' });
    });
  check('milestones', new Set(goal.milestones.map((m) => m.id)), patch.milestones);
  check('keyResults', new Set(goal.keyResults.map((kr) => kr.id)), patch.keyResults);
  return errors;
}

/** A recap's progress for a goal set by hand; computed goals keep their own. */
export function recapGoalProgress(goal: Goal, progress: number, now: string): Goal | null {
  if (progressSource(goal) !== 'manual' || goal.progress === progress) return null;
  return settleProgress({ ...goal, progress, version: goal.version + 1, updatedAt: now });
}

/** A new order must name each of the partnership's goals exactly once. */
export function orderIssues(current: readonly string[], goalIds: readonly string[]): FieldError[] {
  const known = new Set(current);
  const seen = new Set(goalIds);
  if (
    seen.size !== goalIds.length ||
    goalIds.length !== known.size ||
    goalIds.some((id) => !known.has(id))
  )
    return [{ path: 'goalIds', message: 'List every goal of this mentorship exactly once.' }];
  return [];
}

/**
 * The issues an edit would add. An edit never fails for what was already missing before (goals
 * from before a rule existed stay editable), only for what it breaks.
 */
export function introducedIssues(before: Checkable | null, after: Checkable): GoalIssue[] {
  const known = new Set(before ? goalIssues(before).map((i) => `${i.path}\u0000${i.rule}`) : []);
  return goalIssues(after).filter((i) => !known.has(`${i.path}\u0000${i.rule}`));
}

/** An action item after a validated edit (a copy, next version); ticking it off dates it. */
export function patchActionItem(
  item: ActionItem,
  patch: UpdateActionItem,
  now: string,
): ActionItem {
  const doneAt =
    patch.done === undefined || patch.done === item.done ? item.doneAt : patch.done ? now : null;
  return {
    ...item,
    ...(patch.text !== undefined ? { text: patch.text } : {}),
    ...(patch.owner !== undefined ? { owner: patch.owner } : {}),
    ...(patch.dueDate !== undefined ? { dueDate: patch.dueDate } : {}),
    ...(patch.done !== undefined ? { done: patch.done } : {}),
    doneAt,
    version: item.version + 1,
  };
}

/** A recap may only update goals of its own mentorship. */
export function goalUpdateIssues(
  updates: readonly { goalId: string }[],
  isOwnGoal: (goalId: string) => boolean,
): FieldError[] {
  return updates.flatMap((update, index) =>
    isOwnGoal(update.goalId)
      ? []
      : [{ path: `goalUpdates.${index}.goalId`, message: 'Not a goal of this mentorship.' }],
  );
}

/** The action items a new recap creates: open, version 1. */
export const newActionItems = (
  recapId: string,
  inputs: readonly ActionItemInput[],
  newId: (index: number) => string,
): ActionItem[] =>
  inputs.map((item, index) => ({
    id: newId(index),
    recapId,
    ...item,
    done: false,
    doneAt: null,
    version: 1,
  }));
