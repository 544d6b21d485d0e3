// Goals of a partnership (SMART, REAL, OKR) with milestones and key results, session recaps and
// the action items they produce. Rules (progress, status, validation) are in ./goal-rules.ts.
import * as z from 'zod/mini';
import {
  Id,
  ShortText,
  LongText,
  Text,
  Timestamp,
  IsoDate,
  Version,
  Percent,
  page,
} from './common.js';
import { GOAL_FRAMEWORKS } from './values.js';

export const GoalFramework = z.enum(GOAL_FRAMEWORKS);
export type GoalFramework = z.infer<typeof GoalFramework>;

/**
 * Stored status. "Overdue" is not stored: it depends on the viewer's today (see goal-rules).
 * `awaiting-confirmation`: the mentee marked it done in a program where the mentor confirms
 * (ProgramSettings.goalsNeedMentorConfirmation); it does not count as done until then.
 */
export const GoalStatus = z.enum([
  'not-started',
  'on-track',
  'at-risk',
  'awaiting-confirmation',
  'done',
  'dropped',
]);
export type GoalStatus = z.infer<typeof GoalStatus>;

export const Milestone = z.object({
  id: Id,
  title: ShortText(200),
  dueDate: z.nullable(IsoDate),
  done: z.boolean(),
});
export type Milestone = z.infer<typeof Milestone>;

export const MilestoneInput = z.strictObject({
  /** Omit to create a new milestone; give to keep an existing one. */
  id: z.optional(Id),
  title: ShortText(200),
  dueDate: z.nullable(IsoDate),
  done: z.boolean(),
});
export type MilestoneInput = z.infer<typeof MilestoneInput>;

/** At most `digits` decimals: what a person types, and what survives storage unchanged. */
const decimals = (digits: number) =>
  z.refine<number>((value) => Math.round(value * 10 ** digits) / 10 ** digits === value, {
    error: `Use at most ${digits} decimals.`,
  });

/** A measured quantity: within ±1e12, at most four decimals (no NaN, no Infinity, no 1e-46). */
const Measure = z.number().check(z.gte(-1e12), z.lte(1e12), decimals(4));

/** Relative weight of a key result, more than 0 and at most 100. */
const Weight = z.number().check(z.gt(0), z.lte(100), decimals(2));

/**
 * A measurable key result of an OKR: progress is where `current` sits between `start` and
 * `target` (works when the number should go down, e.g. open tickets from 200 to 100).
 */
export const KeyResult = z.object({
  id: Id,
  title: ShortText(200),
  start: Measure,
  target: Measure,
  current: Measure,
  /** Shown after the numbers, e.g. `%`, `tickets`, `teams`; may be empty. */
  unit: Text({ max: 24 }),
  /** Relative weight in the objective's progress (default 1). */
  weight: Weight,
});
export type KeyResult = z.infer<typeof KeyResult>;

export const KeyResultInput = z.strictObject({
  id: z.optional(Id),
  title: ShortText(200),
  start: Measure,
  target: Measure,
  current: Measure,
  unit: z._default(Text({ max: 24 }), ''),
  weight: z._default(Weight, 1),
});
export type KeyResultInput = z.input<typeof KeyResultInput>;

const Criterion = z.optional(LongText(1000));
/** The framework's prompts, answered in a sentence each (SMART and REAL keys; OKR uses none). */
export const GoalCriteria = z.strictObject({
  specific: Criterion,
  measurable: Criterion,
  achievable: Criterion,
  relevant: Criterion,
  timeBound: Criterion,
  experimental: Criterion,
  aspirational: Criterion,
  learning: Criterion,
});
export type GoalCriteria = z.infer<typeof GoalCriteria>;
export type CriterionKey = keyof GoalCriteria;

/**
 * The last step of the mentor's confirmation of a done goal: the mentee asked for it, the mentor
 * sent the goal back (with a note saying what is missing), or the mentor confirmed it.
 */
export const GoalConfirmation = z.object({
  step: z.enum(['requested', 'sent-back', 'confirmed']),
  byId: Id,
  at: Timestamp,
  /** The mentor's note when sending back; empty otherwise. */
  note: LongText(1000),
});
export type GoalConfirmation = z.infer<typeof GoalConfirmation>;

export const MAX_MILESTONES = 20;
export const MAX_KEY_RESULTS = 5;

export const Goal = z.object({
  id: Id,
  mentorshipId: Id,
  framework: GoalFramework,
  title: ShortText(200),
  description: LongText(4000),
  criteria: GoalCriteria,
  milestones: z.array(Milestone).check(z.maxLength(MAX_MILESTONES)),
  keyResults: z.array(KeyResult).check(z.maxLength(MAX_KEY_RESULTS)),
  dueDate: z.nullable(IsoDate),
  /** 0-100: from key results, else milestones, else as set by hand (see goalProgress). */
  progress: Percent,
  status: GoalStatus,
  /** Place in the partnership's list (0 first). */
  position: z.int().check(z.gte(0)),
  /** Archived goals are kept (no hard delete) and can be restored. */
  archivedAt: z.nullable(Timestamp),
  /** Where the mentor's confirmation stands (null: never asked, or reopened since). */
  confirmation: z._default(z.nullable(GoalConfirmation), null),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Goal = z.infer<typeof Goal>;

export const CreateGoal = z.strictObject({
  framework: GoalFramework,
  title: ShortText(200),
  description: z._default(LongText(4000), ''),
  criteria: z._default(GoalCriteria, {}),
  milestones: z._default(z.array(MilestoneInput).check(z.maxLength(MAX_MILESTONES)), []),
  keyResults: z._default(z.array(KeyResultInput).check(z.maxLength(MAX_KEY_RESULTS)), []),
  dueDate: z._default(z.nullable(IsoDate), null),
  /** Starting progress for a goal with neither milestones nor key results. */
  progress: z.optional(Percent),
});
export type CreateGoal = z.input<typeof CreateGoal>;

export const UpdateGoal = z.strictObject({
  framework: z.optional(GoalFramework),
  title: z.optional(ShortText(200)),
  description: z.optional(LongText(4000)),
  criteria: z.optional(GoalCriteria),
  milestones: z.optional(z.array(MilestoneInput).check(z.maxLength(MAX_MILESTONES))),
  keyResults: z.optional(z.array(KeyResultInput).check(z.maxLength(MAX_KEY_RESULTS))),
  dueDate: z.optional(z.nullable(IsoDate)),
  /** Only for goals whose progress is not computed from milestones or key results. */
  progress: z.optional(Percent),
  /**
   * `done` by the mentee in a program where the mentor confirms becomes `awaiting-confirmation`;
   * `done` by the mentor confirms it.
   */
  status: z.optional(GoalStatus),
  /** The mentor sends a goal awaiting confirmation back to the mentee, saying what is missing. */
  sendBack: z.optional(z.strictObject({ note: Text({ min: 1, max: 1000, multiLine: true }) })),
  /** true archives the goal, false restores it. */
  archived: z.optional(z.boolean()),
});
export type UpdateGoal = z.input<typeof UpdateGoal>;

export const GoalList = z.object({ items: z.array(Goal) });
export type GoalList = z.infer<typeof GoalList>;

/** The partnership's goals in their new order (every goal, archived ones included, once). */
export const GoalOrder = z.strictObject({
  goalIds: z.array(Id).check(z.maxLength(500)),
});
export type GoalOrder = z.infer<typeof GoalOrder>;

export const ActionOwner = z.enum(['mentee', 'mentor']);
export type ActionOwner = z.infer<typeof ActionOwner>;

export const ActionItem = z.object({
  id: Id,
  recapId: Id,
  text: ShortText(300),
  owner: ActionOwner,
  dueDate: z.nullable(IsoDate),
  done: z.boolean(),
  /** When it was marked done (null while open; items stored before this field read as null). */
  doneAt: z._default(z.nullable(Timestamp), null),
  version: Version,
});
export type ActionItem = z.infer<typeof ActionItem>;

export const ActionItemInput = z.strictObject({
  text: ShortText(300),
  owner: ActionOwner,
  dueDate: z.nullable(IsoDate),
});
export type ActionItemInput = z.infer<typeof ActionItemInput>;

/** Tick off, reopen or edit an action item (If-Match: its version). */
export const UpdateActionItem = z.strictObject({
  text: z.optional(ShortText(300)),
  owner: z.optional(ActionOwner),
  dueDate: z.optional(z.nullable(IsoDate)),
  done: z.optional(z.boolean()),
});
export type UpdateActionItem = z.infer<typeof UpdateActionItem>;

export const ActionItemQuery = z.strictObject({
  /** `open` (default): not ticked off yet, from every session; `all`: every item. */
  status: z.optional(z.enum(['open', 'all'])),
});
export type ActionItemQuery = z.infer<typeof ActionItemQuery>;

export const ActionItemList = z.object({ items: z.array(ActionItem) });
export type ActionItemList = z.infer<typeof ActionItemList>;

/** A goal's progress as agreed in a session. */
export const GoalUpdate = z.object({ goalId: Id, progress: Percent });
export type GoalUpdate = z.infer<typeof GoalUpdate>;

export const Recap = z.object({
  id: Id,
  mentorshipId: Id,
  authorId: Id,
  sessionDate: IsoDate,
  notes: LongText(8000),
  actionItems: z.array(ActionItem).check(z.maxLength(20)),
  /** Progress per goal after this session. */
  goalUpdates: z.array(GoalUpdate).check(z.maxLength(50)),
  createdAt: Timestamp,
});
export type Recap = z.infer<typeof Recap>;

export const CreateRecap = z.strictObject({
  sessionDate: IsoDate,
  notes: LongText(8000),
  actionItems: z._default(z.array(ActionItemInput).check(z.maxLength(20)), []),
  /** Progress for goals set by hand; goals with milestones or key results keep their own. */
  goalUpdates: z._default(
    z.array(z.strictObject({ goalId: Id, progress: Percent })).check(z.maxLength(50)),
    [],
  ),
});
export type CreateRecap = z.input<typeof CreateRecap>;

export const RecapQuery = z.strictObject({
  cursor: z.optional(z.string().check(z.maxLength(512))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(50))),
});
export type RecapQuery = z.infer<typeof RecapQuery>;

export const RecapPage = page(Recap);
export type RecapPage = z.infer<typeof RecapPage>;
