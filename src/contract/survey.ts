// Surveys: pulse, check-in and close-out, with sections, show-if rules, anonymity and blind
// two-sided feedback; plus what admins see (results with small-group suppression).
import * as z from 'zod/mini';
import { Id, Text, ShortText, LongText, Timestamp, Version } from './common.js';

/**
 * Show a question or section only when an earlier answer fits: `equals` a value (rating, NPS,
 * yes/no, single choice, short text), `includes` an option (multiple choice), or lies `between`
 * min and max inclusive (rating, NPS).
 */
export const ShowIf = z.discriminatedUnion('op', [
  z.strictObject({
    questionId: Id,
    op: z.literal('equals'),
    value: z.union([z.number(), z.boolean(), z.string().check(z.maxLength(500))]),
  }),
  z.strictObject({ questionId: Id, op: z.literal('includes'), value: Id }),
  z.strictObject({ questionId: Id, op: z.literal('between'), min: z.number(), max: z.number() }),
]);
export type ShowIf = z.infer<typeof ShowIf>;

const base = {
  id: Id,
  label: ShortText(300),
  help: z.nullable(ShortText(500)),
  required: z.boolean(),
  /** The section the question belongs to (see `Survey.sections`); none: before any section. */
  sectionId: z.optional(Id),
  showIf: z.optional(ShowIf),
};

const Option = z.object({ value: Id, label: ShortText(200) });

export const Question = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('rating'),
    scale: z.int().check(z.gte(3), z.lte(10)),
    lowLabel: z.nullable(ShortText(60)),
    highLabel: z.nullable(ShortText(60)),
    /** A label for every point, lowest first ("Poor" ... "Excellent"); length = scale. */
    labels: z.optional(z.array(ShortText(60)).check(z.minLength(3), z.maxLength(10))),
  }),
  z.object({
    ...base,
    type: z.literal('nps'),
    /** Words under 0 and 10 (default "Not at all likely" / "Extremely likely"). */
    lowLabel: z.optional(z.nullable(ShortText(60))),
    highLabel: z.optional(z.nullable(ShortText(60))),
  }),
  z.object({
    ...base,
    type: z.literal('single'),
    options: z.array(Option).check(z.minLength(2), z.maxLength(20)),
  }),
  z.object({
    ...base,
    type: z.literal('multiple'),
    options: z.array(Option).check(z.minLength(2), z.maxLength(20)),
    minSelections: z.optional(z.nullable(z.int().check(z.gte(1)))),
    maxSelections: z.nullable(z.int().check(z.gte(1))),
  }),
  z.object({ ...base, type: z.literal('yes-no') }),
  z.object({
    ...base,
    type: z.literal('short-text'),
    minLength: z.optional(z.nullable(z.int().check(z.gte(1)))),
    maxLength: z.int().check(z.gte(1), z.lte(500)),
  }),
  z.object({
    ...base,
    type: z.literal('long-text'),
    minLength: z.optional(z.nullable(z.int().check(z.gte(1)))),
    maxLength: z.int().check(z.gte(1), z.lte(5000)),
  }),
]);
export type Question = z.infer<typeof Question>;
export type QuestionType = Question['type'];

/** A group of questions shown together (one page in the paged layout). */
export const SurveySection = z.object({
  id: Id,
  title: ShortText(200),
  description: z.nullable(LongText(1000)),
  showIf: z.optional(ShowIf),
});
export type SurveySection = z.infer<typeof SurveySection>;

/** `scheduled`: opens later; `open`: answers are taken; `closed`: past its closing time. */
export const SurveyStatus = z.enum(['scheduled', 'open', 'closed']);
export type SurveyStatus = z.infer<typeof SurveyStatus>;

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
  /** Sections in order; questions name theirs with `sectionId` and are listed in section order. */
  sections: z.array(SurveySection).check(z.maxLength(20)),
  questions: z.array(Question).check(z.minLength(1), z.maxLength(40)),
  /** Whether the current person has already answered. */
  submitted: z.boolean(),
  status: SurveyStatus,
  opensAt: z.nullable(Timestamp),
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

/** Answer to a submit (and to "my answers"): my response and, once both sides answered, the partner's. */
export const SurveySubmission = z.object({
  response: SurveyResponse,
  partnerResponse: z.nullable(SurveyResponse),
  /** True while the partner has not answered yet (their answers stay hidden). */
  waitingForPartner: z.boolean(),
});
export type SurveySubmission = z.infer<typeof SurveySubmission>;

/** The survey due now for the signed-in person in one mentorship, or none. */
export const DueSurvey = z.object({ survey: z.nullable(Survey) });
export type DueSurvey = z.infer<typeof DueSurvey>;

const count = z.int().check(z.gte(0));

export const QuestionResults = z.object({
  questionId: Id,
  type: z.enum(['rating', 'nps', 'single', 'multiple', 'yes-no', 'short-text', 'long-text']),
  label: ShortText(300),
  /** People who answered this question. */
  answered: count,
  /** Fewer than `minGroupSize` answered: nothing below is given. */
  withheld: z.boolean(),
  /** Every possible answer with its count (choice-like questions), in the question's order. */
  distribution: z.array(z.object({ value: z.string(), label: z.string(), count })),
  /** Mean of rating answers. */
  average: z.nullable(z.number()),
  /** Net promoter score -100..100 with its parts (NPS questions). */
  nps: z.nullable(
    z.object({
      score: z.number().check(z.gte(-100), z.lte(100)),
      promoters: count,
      passives: count,
      detractors: count,
    }),
  ),
  /** Free-text answers, never with their authors, sorted so answers cannot be lined up. */
  texts: z.array(z.string()),
});
export type QuestionResults = z.infer<typeof QuestionResults>;

/** Admin view of one survey: response rate and per-question aggregates. */
export const SurveyResults = z.object({
  surveyId: Id,
  title: ShortText(200),
  generatedAt: Timestamp,
  /** People asked to answer, and those who did. */
  invited: count,
  responses: count,
  responseRate: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  /** Aggregates of fewer answers than this are withheld (program setting, default 5). */
  minGroupSize: z.int().check(z.gte(1)),
  questions: z.array(QuestionResults),
});
export type SurveyResults = z.infer<typeof SurveyResults>;
