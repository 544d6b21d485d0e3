// Directory search: query, cards with explained scores, facets.
import * as z from 'zod/mini';
import { Id, Text, Tag, LanguageTag, ShortText, page } from './common.js';
import { MentorProfile, ProgramType } from './person.js';
import { MATCH_REASON_KINDS } from './values.js';

export const MatchReasonKind = z.enum(MATCH_REASON_KINDS);
export type MatchReasonKind = z.infer<typeof MatchReasonKind>;

/** One readable part of a score, e.g. "Teaches 2 of the 3 skills you want". */
export const MatchReason = z.object({
  kind: MatchReasonKind,
  /** Points this part contributed to the 0-100 score. */
  points: z.number(),
  /** The items behind the reason (skills, languages...), for highlighting. */
  matched: z.array(z.string().check(z.maxLength(80))),
  /** Numbers behind the reason, e.g. shared working hours or wanted skill count. */
  value: z.optional(z.number()),
  total: z.optional(z.number()),
});
export type MatchReason = z.infer<typeof MatchReason>;

export const Conflict = z.object({
  kind: z.enum(['management-line', 'same-budget-owner']),
  /** `block` prevents a request; `warn` only informs. */
  severity: z.enum(['block', 'warn']),
});
export type Conflict = z.infer<typeof Conflict>;

export const Match = z.object({
  score: z.int().check(z.gte(0), z.lte(100)),
  reasons: z.array(MatchReason),
  conflicts: z.array(Conflict),
});
export type Match = z.infer<typeof Match>;

export const MentorCard = z.object({
  mentor: MentorProfile,
  match: Match,
  /** Open spots = capacity - active mentees, never below 0. */
  openSpots: z.int().check(z.gte(0)),
  /** False when full, paused, in the viewer's management line, or the viewer themselves. */
  requestable: z.boolean(),
  notRequestableReason: z.nullable(
    z.enum([
      'full',
      'paused',
      'conflict-of-interest',
      'self',
      'already-requested',
      'already-mentoring',
      /** The viewer has as many active mentorships as the program allows. */
      'mentorship-limit',
    ]),
  ),
});
export type MentorCard = z.infer<typeof MentorCard>;

export const MentorSort = z.enum(['match', 'responsive', 'name']);
export type MentorSort = z.infer<typeof MentorSort>;

const list = <T extends z.ZodMiniType>(item: T) => z.optional(z.array(item).check(z.maxLength(20)));

/** GET /mentors query. Arrays are sent as repeated parameters (`skills=a&skills=b`). */
export const MentorQuery = z.object({
  q: z.optional(Text({ max: 200 })),
  skills: list(Tag),
  languages: list(LanguageTag),
  locations: list(ShortText(80)),
  departments: list(ShortText(80)),
  programTypes: list(ProgramType),
  /** UTC offset range in hours (-12..14) of the mentor's current time zone. */
  utcOffsetMin: z.optional(z.number().check(z.gte(-12), z.lte(14))),
  utcOffsetMax: z.optional(z.number().check(z.gte(-12), z.lte(14))),
  /** Only mentors with an open spot and not paused. */
  available: z.optional(z.boolean()),
  /**
   * Leave out mentors a conflict of interest blocks for the viewer (their management line), from
   * the results, the total and the facet counts alike.
   */
  hideBlocked: z.optional(z.boolean()),
  sort: z.optional(MentorSort),
  cursor: z.optional(z.string().check(z.maxLength(512))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(100))),
  /** Re-weight the score (see matching DEFAULT_WEIGHTS). */
  weights: z.optional(
    z.record(z.string().check(z.maxLength(20)), z.number().check(z.gte(0), z.lte(100))),
  ),
});
export type MentorQuery = z.infer<typeof MentorQuery>;

export const FacetCount = z.object({ value: z.string(), count: z.int().check(z.gte(0)) });
export type FacetCount = z.infer<typeof FacetCount>;

export const Facets = z.object({
  skills: z.array(FacetCount),
  languages: z.array(FacetCount),
  locations: z.array(FacetCount),
  departments: z.array(FacetCount),
  programTypes: z.array(FacetCount),
  available: z.int().check(z.gte(0)),
});
export type Facets = z.infer<typeof Facets>;

export const MentorPage = z.object({
  ...page(MentorCard).shape,
  /** Mentors matching the whole query (all pages). */
  total: z.int().check(z.gte(0)),
  facets: Facets,
});
export type MentorPage = z.infer<typeof MentorPage>;

export const MentorId = Id;
