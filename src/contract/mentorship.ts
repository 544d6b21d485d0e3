// Partnerships, goals, milestones and session recaps.
import * as z from 'zod/mini';
import { Id, ShortText, LongText, Timestamp, IsoDate, Version, Percent, page } from './common.js';
import { ProgramType } from './person.js';

export const Mentorship = z.object({
  id: Id,
  programId: Id,
  programType: ProgramType,
  requestId: z.nullable(Id),
  mentorId: Id,
  menteeId: Id,
  mentorName: ShortText(120),
  menteeName: ShortText(120),
  status: z.enum(['active', 'ended']),
  agreementId: z.nullable(Id),
  startedAt: Timestamp,
  endedAt: z.nullable(Timestamp),
  version: Version,
});
export type Mentorship = z.infer<typeof Mentorship>;

export const MentorshipPage = page(Mentorship);
export type MentorshipPage = z.infer<typeof MentorshipPage>;

export const GoalFramework = z.enum(['SMART', 'REAL', 'OKR']);
export type GoalFramework = z.infer<typeof GoalFramework>;

export const GoalStatus = z.enum(['not-started', 'on-track', 'at-risk', 'done', 'dropped']);
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

export const Goal = z.object({
  id: Id,
  mentorshipId: Id,
  framework: GoalFramework,
  title: ShortText(200),
  description: LongText(4000),
  milestones: z.array(Milestone).check(z.maxLength(20)),
  dueDate: z.nullable(IsoDate),
  progress: Percent,
  status: GoalStatus,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Goal = z.infer<typeof Goal>;

export const CreateGoal = z.strictObject({
  framework: GoalFramework,
  title: ShortText(200),
  description: z._default(LongText(4000), ''),
  milestones: z._default(z.array(MilestoneInput).check(z.maxLength(20)), []),
  dueDate: z._default(z.nullable(IsoDate), null),
});
export type CreateGoal = z.input<typeof CreateGoal>;

export const UpdateGoal = z.strictObject({
  framework: z.optional(GoalFramework),
  title: z.optional(ShortText(200)),
  description: z.optional(LongText(4000)),
  milestones: z.optional(z.array(MilestoneInput).check(z.maxLength(20))),
  dueDate: z.optional(z.nullable(IsoDate)),
  progress: z.optional(Percent),
  status: z.optional(GoalStatus),
});
export type UpdateGoal = z.infer<typeof UpdateGoal>;

export const GoalList = z.object({ items: z.array(Goal) });
export type GoalList = z.infer<typeof GoalList>;

export const ActionItem = z.object({
  id: Id,
  text: ShortText(300),
  owner: z.enum(['mentee', 'mentor']),
  dueDate: z.nullable(IsoDate),
  done: z.boolean(),
  /** When it was marked done (null while open; items stored before this field read as null). */
  doneAt: z._default(z.nullable(Timestamp), null),
});
export type ActionItem = z.infer<typeof ActionItem>;

export const Recap = z.object({
  id: Id,
  goalId: Id,
  mentorshipId: Id,
  authorId: Id,
  sessionDate: IsoDate,
  notes: LongText(8000),
  actionItems: z.array(ActionItem).check(z.maxLength(20)),
  /** Goal progress after this session. */
  progress: Percent,
  createdAt: Timestamp,
});
export type Recap = z.infer<typeof Recap>;

export const CreateRecap = z.strictObject({
  sessionDate: IsoDate,
  notes: LongText(8000),
  actionItems: z
    .array(
      z.strictObject({
        text: ShortText(300),
        owner: z.enum(['mentee', 'mentor']),
        dueDate: z.nullable(IsoDate),
      }),
    )
    .check(z.maxLength(20)),
  progress: Percent,
});
export type CreateRecap = z.infer<typeof CreateRecap>;
