// Surveys: pulse, check-in and close-out, with blind two-sided feedback.
import * as z from 'zod/mini';
import { Id, Text, ShortText, LongText, Timestamp, Version } from './common.js';

const base = {
  id: Id,
  label: ShortText(300),
  help: z.nullable(ShortText(500)),
  required: z.boolean(),
};

export const Question = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('rating'),
    scale: z.int().check(z.gte(3), z.lte(10)),
    lowLabel: z.nullable(ShortText(60)),
    highLabel: z.nullable(ShortText(60)),
  }),
  z.object({ ...base, type: z.literal('nps') }),
  z.object({
    ...base,
    type: z.literal('single'),
    options: z
      .array(z.object({ value: Id, label: ShortText(200) }))
      .check(z.minLength(2), z.maxLength(20)),
  }),
  z.object({
    ...base,
    type: z.literal('multiple'),
    options: z
      .array(z.object({ value: Id, label: ShortText(200) }))
      .check(z.minLength(2), z.maxLength(20)),
    maxSelections: z.nullable(z.int().check(z.gte(1))),
  }),
  z.object({ ...base, type: z.literal('yes-no') }),
  z.object({
    ...base,
    type: z.literal('short-text'),
    maxLength: z.int().check(z.gte(1), z.lte(500)),
  }),
  z.object({
    ...base,
    type: z.literal('long-text'),
    maxLength: z.int().check(z.gte(1), z.lte(5000)),
  }),
]);
export type Question = z.infer<typeof Question>;
export type QuestionType = Question['type'];

export const Survey = z.object({
  id: Id,
  programId: Id,
  /** The mentorship the survey is about; null for program-wide surveys. */
  mentorshipId: z.nullable(Id),
  kind: z.enum(['pulse', 'check-in', 'close-out']),
  title: ShortText(200),
  intro: LongText(2000),
  /** Answers can be hidden from the partner; admins only see aggregates. */
  anonymousToPartner: z.boolean(),
  /** Both partners answer; neither sees the other's answers until both have submitted. */
  twoSided: z.boolean(),
  questions: z.array(Question).check(z.minLength(1), z.maxLength(40)),
  /** Whether the current person has already answered. */
  submitted: z.boolean(),
  closesAt: z.nullable(Timestamp),
  version: Version,
});
export type Survey = z.infer<typeof Survey>;

export const AnswerValue = z.union([
  z.number(),
  z.boolean(),
  Text({ max: 5000, multiLine: true, trim: false }),
  z.array(Id).check(z.maxLength(20)),
  z.null(),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const SubmitSurveyResponse = z.strictObject({
  answers: z.record(Id, AnswerValue),
  /** Hide the author's name from the partner (the survey may force this). */
  anonymous: z._default(z.boolean(), false),
});
export type SubmitSurveyResponse = z.input<typeof SubmitSurveyResponse>;

export const SurveyResponse = z.object({
  id: Id,
  surveyId: Id,
  /** Null when anonymous and seen by someone other than the author. */
  authorId: z.nullable(Id),
  answers: z.record(Id, AnswerValue),
  anonymous: z.boolean(),
  submittedAt: Timestamp,
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;

/** Answer to a submit: the stored response and, once both sides answered, the partner's. */
export const SurveySubmission = z.object({
  response: SurveyResponse,
  partnerResponse: z.nullable(SurveyResponse),
  /** True while the partner has not answered yet (their answers stay hidden). */
  waitingForPartner: z.boolean(),
});
export type SurveySubmission = z.infer<typeof SurveySubmission>;
