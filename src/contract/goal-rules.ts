// Goal rules shared by the server, the memory API and <mentor-goal-tracker>: progress from key
// results or milestones, status in the viewer's calendar, validation per framework, and how an
// edit or a recap changes a goal. Pure functions, no I/O.
import type { FieldError } from './problem.js';
import { completionAfter, PLAIN_EDITOR, type GoalEditor } from './goal-confirmation.js';
import type {
  ActionItem,
  ActionItemInput,
  CreateGoal,
  CriterionKey,
  Goal,
  GoalCriteria,
  GoalFramework,
  KeyResult,
  KeyResultInput,
  Milestone,
  MilestoneInput,
  UpdateActionItem,
  UpdateGoal,
} from './goal.js';

const round1 = (value: number) => Math.round(value * 10) / 10;
export const clampPercent = (value: number) => Math.min(100, Math.max(0, value));

type Measured = Pick<KeyResult, 'start' | 'target' | 'current'>;

/**
 * Where `current` sits between `start` and `target`, 0-100, whichever way the number should go
 * (200 -> 100 tickets is 50 % at 150). Past the target counts as 100, behind the start as 0.
 */
export function keyResultProgress({ start, target, current }: Measured): number {
  if (target === start) return current === target ? 100 : 0;
  return round1(clampPercent(((current - start) / (target - start)) * 100));
}

/** Average of the key results' progress, weighted (weights default to 1). */
export function objectiveProgress(keyResults: readonly (Measured & { weight?: number })[]): number {
  const total = keyResults.reduce((sum, kr) => sum + (kr.weight ?? 1), 0);
  if (keyResults.length === 0 || total <= 0) return 0;
  const sum = keyResults.reduce((acc, kr) => acc + keyResultProgress(kr) * (kr.weight ?? 1), 0);
  return round1(sum / total);
}

/** Share of milestones done. */
export function milestoneProgress(milestones: readonly Pick<Milestone, 'done'>[]): number {
  if (milestones.length === 0) return 0;
  return round1((milestones.filter((m) => m.done).length / milestones.length) * 100);
}

export type ProgressSource = 'key-results' | 'milestones' | 'manual';

type ProgressParts = {
  keyResults: readonly (Measured & { weight?: number })[];
  milestones: readonly Pick<Milestone, 'done'>[];
};

/** Key results win over milestones; with neither, progress is set by hand. */
export function progressSource(goal: ProgressParts): ProgressSource {
  if (goal.keyResults.length > 0) return 'key-results';
  if (goal.milestones.length > 0) return 'milestones';
  return 'manual';
}

export function goalProgress(goal: ProgressParts & { progress: number }): number {
  switch (progressSource(goal)) {
    case 'key-results':
      return objectiveProgress(goal.keyResults);
    case 'milestones':
      return milestoneProgress(goal.milestones);
    case 'manual':
      return round1(clampPercent(goal.progress));
  }
}

/**
 * Today's calendar date (YYYY-MM-DD) in a time zone (default: the runtime's). Due dates are
 * date-only and compared as dates, so nothing is shifted a day by UTC conversion.
 */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Due before today (a goal due today is not overdue yet). ISO dates compare as strings. */
export const isPastDue = (dueDate: string | null, today: string) =>
  dueDate !== null && dueDate < today;

export type GoalHealth =
  'done' | 'awaiting-confirmation' | 'overdue' | 'at-risk' | 'on-track' | 'not-started';

/** What a person should read about a goal today. */
export function goalHealth(
  goal: Pick<Goal, 'status' | 'dueDate' | 'progress' | 'milestones'>,
  today: string,
): GoalHealth {
  if (goal.status === 'done') return 'done';
  // The mentee finished it; only the mentor's confirmation is missing, late or not.
  if (goal.status === 'awaiting-confirmation') return 'awaiting-confirmation';
  if (isPastDue(goal.dueDate, today)) return 'overdue';
  if (
    goal.status === 'at-risk' ||
    goal.milestones.some((m) => !m.done && isPastDue(m.dueDate, today))
  )
    return 'at-risk';
  if (goal.status === 'not-started' && goal.progress === 0) return 'not-started';
  return 'on-track';
}

/** The prompts each framework asks for, in order. OKR asks for key results instead. */
export const FRAMEWORK_CRITERIA: Record<GoalFramework, CriterionKey[]> = {
  SMART: ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'],
  REAL: ['relevant', 'experimental', 'aspirational', 'learning'],
  OKR: [],
};

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

/** Ids for new milestones and key results; kept ones keep theirs. */
export type NewId = (prefix: 'mile' | 'kr') => string;

const toMilestones = (inputs: readonly MilestoneInput[], newId: NewId): Milestone[] =>
  inputs.map((m) => ({
    id: m.id ?? newId('mile'),
    title: m.title,
    dueDate: m.dueDate,
    done: m.done,
  }));

const toKeyResults = (inputs: readonly KeyResultInput[], newId: NewId): KeyResult[] =>
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
function criteriaFor(framework: GoalFramework, criteria: GoalCriteria): GoalCriteria {
  const kept: GoalCriteria = {};
  for (const key of FRAMEWORK_CRITERIA[framework]) if (criteria[key]) kept[key] = criteria[key];
  return kept;
}

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

/** Computed progress, and a started goal is no longer "not started". */
function settleProgress(goal: Goal): Goal {
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

/** Goals as shown: by position, then by creation. */
export const byPosition = (a: Goal, b: Goal) =>
  a.position - b.position || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

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
