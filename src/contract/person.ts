import * as z from 'zod/mini';
import {
  Id,
  ShortText,
  LongText,
  Timestamp,
  IsoDate,
  TimeZone,
  LanguageTag,
  Tag,
} from './common.js';
import { CADENCES, MEETING_FORMATS } from './values.js';

export const Role = z.enum(['mentee', 'mentor', 'admin']);
export type Role = z.infer<typeof Role>;

export const ProgramType = z.enum([
  'career',
  'high-potential',
  'diversity',
  'onboarding',
  'reverse',
  'circle',
]);
export type ProgramType = z.infer<typeof ProgramType>;

export const MeetingFormat = z.enum(MEETING_FORMATS);
export type MeetingFormat = z.infer<typeof MeetingFormat>;

export const Cadence = z.enum(CADENCES);
export type Cadence = z.infer<typeof Cadence>;

export const Location = z.object({
  city: ShortText(80),
  country: ShortText(80),
  timeZone: TimeZone,
});
export type Location = z.infer<typeof Location>;

export const Person = z.object({
  id: Id,
  name: ShortText(120),
  email: z.email().check(z.maxLength(254)),
  title: ShortText(120),
  department: ShortText(80),
  location: Location,
  languages: z.array(LanguageTag).check(z.maxLength(10)),
  avatarUrl: z.nullable(z.url().check(z.maxLength(500))),
  /** The person's management line, nearest manager first (used for conflict-of-interest checks). */
  managerIds: z.array(Id).check(z.maxLength(20)),
  /** Who owns this person's budget; sharing one with a mentor is a warning, not a block. */
  budgetOwnerId: z.nullable(Id),
});
export type Person = z.infer<typeof Person>;

export const Availability = z.object({
  status: z.enum(['open', 'paused']),
  pausedUntil: z.nullable(IsoDate),
});
export type Availability = z.infer<typeof Availability>;

/** Derived from request history, never typed by the mentor. */
export const Responsiveness = z.object({
  /** Median hours to first answer on requests in the last 90 days; null without requests. */
  medianHoursToFirstReply: z.nullable(z.number().check(z.gte(0))),
  /** Share of requests answered (0 to 1). */
  answeredShare: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  sampleSize: z.int().check(z.gte(0)),
});
export type Responsiveness = z.infer<typeof Responsiveness>;

export const MentorProfile = z.object({
  ...Person.shape,
  bio: LongText(2000),
  skills: z.array(Tag).check(z.maxLength(30)),
  interests: z.array(Tag).check(z.maxLength(30)),
  yearsExperience: z.int().check(z.gte(0), z.lte(70)),
  programTypes: z.array(ProgramType).check(z.maxLength(6)),
  capacity: z.int().check(z.gte(0), z.lte(8)),
  activeMentees: z.int().check(z.gte(0)),
  availability: Availability,
  formats: z.array(MeetingFormat).check(z.maxLength(3)),
  cadence: Cadence,
  responsiveness: Responsiveness,
  joinedAt: Timestamp,
});
export type MentorProfile = z.infer<typeof MentorProfile>;

export const MenteeProfile = z.object({
  goals: z.array(ShortText(200)).check(z.maxLength(10)),
  wantedSkills: z.array(Tag).check(z.maxLength(20)),
  interests: z.array(Tag).check(z.maxLength(30)),
});
export type MenteeProfile = z.infer<typeof MenteeProfile>;

/** The program's rules that widgets need to explain before a person acts. */
export const ProgramSettings = z.object({
  /** Active mentorships a mentee may have at once; accepting the last one withdraws the rest. */
  maxActiveMentorshipsPerMentee: z.int().check(z.gte(1), z.lte(5)),
  /** Most mentees a mentor may take at once. */
  mentorCapacityMax: z.int().check(z.gte(1), z.lte(8)),
  /** Days an unanswered request stays open. */
  requestExpiryDays: z.int().check(z.gte(1), z.lte(90)),
  /** A goal the mentee marks as done counts as done only once the mentor confirms it. */
  goalsNeedMentorConfirmation: z._default(z.boolean(), false),
});
export type ProgramSettings = z.infer<typeof ProgramSettings>;

export const DEFAULT_PROGRAM_SETTINGS: ProgramSettings = {
  maxActiveMentorshipsPerMentee: 1,
  mentorCapacityMax: 3,
  requestExpiryDays: 14,
  goalsNeedMentorConfirmation: false,
};

/** GET /me */
export const Me = z.object({
  person: Person,
  roles: z.array(Role),
  mentee: z.nullable(MenteeProfile),
  programId: Id,
  settings: ProgramSettings,
  /** The mentor's own profile (capacity, load, availability); null for non-mentors. */
  mentor: z.nullable(MentorProfile),
});
export type Me = z.infer<typeof Me>;

/**
 * PUT /me/availability: a mentor changes their capacity and pauses new requests until a date
 * (null: open). `declineOpen` also declines every open request with one note (reason `busy`).
 */
export const UpdateAvailability = z.strictObject({
  capacity: z.int().check(z.gte(0), z.lte(8)),
  pausedUntil: z.nullable(IsoDate),
  declineOpen: z.optional(
    z.strictObject({ note: z.optional(z.string().check(z.trim(), z.maxLength(1000))) }),
  ),
});
export type UpdateAvailability = z.infer<typeof UpdateAvailability>;
