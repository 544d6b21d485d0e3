// Score a mentor for a mentee: each stated criterion gives a share (0-1) of its weight, every
// non-zero part becomes a reason a person can read ("why this mentor").
import type {
  Match,
  MatchReason,
  MatchReasonKind,
  MenteeProfile,
  MentorProfile,
  Person,
} from '../contract/index.js';
import { openSpots } from '../contract/request-rules.js';
import { findConflicts } from './conflicts.js';
import { sharedWorkingHours, WORKDAY_HOURS } from './timezone.js';
import { resolveWeights, type MatchWeights } from './weights.js';

export interface MenteeSubject {
  person: Person;
  mentee: MenteeProfile;
}

export interface ScoreOptions {
  weights?: Partial<MatchWeights>;
  now?: Date;
}

/** A criterion's raw result before weighting. */
interface Part {
  kind: MatchReasonKind;
  share: number;
  matched: string[];
  value?: number;
  total?: number;
}

/** How criteria compare words: trimmed, lower case. */
export const normalise = (text: string): string => text.trim().toLowerCase();

/** Items of `offered` (normalised -> as the mentor wrote it) in `wanted`, in the mentee's order. */
function overlap(wanted: readonly string[], offered: ReadonlyMap<string, string>): string[] {
  const matched: string[] = [];
  for (const item of wanted) {
    const spelling = offered.get(item);
    if (spelling !== undefined) matched.push(spelling);
  }
  return matched;
}

/** Normalised words to the mentor's spelling (a later repeat wins, as a Map built in order). */
const spellings = (items: readonly string[]) =>
  new Map(items.map((item) => [normalise(item), item]));

/** "pt-BR" and "pt" share a language. */
export const baseLanguage = (tag: string): string => normalise(tag).split('-')[0]!;

/** Shares (0-1) of the criteria, from counts: the same arithmetic for every caller. */
export const skillsShare = (matched: number, wanted: number): number =>
  wanted ? matched / wanted : 0;

/** Three shared interests are plenty; more should not drown the other criteria. */
export function interestsShare(matched: number, interests: number): number {
  const enough = Math.min(3, interests);
  return enough ? Math.min(1, matched / enough) : 0;
}

export const locationShare = (sameCountry: boolean, sameCity: boolean): number =>
  sameCountry ? (sameCity ? 1 : 0.4) : 0;

function skillsPart(subject: PreparedSubject, mentor: PreparedMentor): Part {
  const wanted = subject.wantedSkills;
  const matched = overlap(wanted, mentor.skills);
  return {
    kind: 'skills',
    share: skillsShare(matched.length, wanted.length),
    matched,
    value: matched.length,
    total: wanted.length,
  };
}

function interestsPart(subject: PreparedSubject, mentor: PreparedMentor): Part {
  const matched = overlap(subject.interests, mentor.interestsAndSkills);
  return {
    kind: 'interests',
    share: interestsShare(matched.length, subject.interests.length),
    matched,
    value: matched.length,
  };
}

function languagesPart(subject: PreparedSubject, mentor: PreparedMentor): Part {
  const matched: string[] = [];
  subject.languages.forEach((tag, at) => {
    if (mentor.languageBases.has(subject.languageBases[at]!)) matched.push(tag);
  });
  return { kind: 'languages', share: matched.length ? 1 : 0, matched };
}

function timezonePart(subject: PreparedSubject, mentor: PreparedMentor, now: Date): Part {
  const hours = sharedWorkingHours(subject.timeZone, mentor.profile.location.timeZone, now);
  return {
    kind: 'timezone',
    share: hours / WORKDAY_HOURS,
    matched: [],
    value: hours,
    total: WORKDAY_HOURS,
  };
}

function locationPart(subject: PreparedSubject, mentor: PreparedMentor): Part {
  const { city, country } = mentor.profile.location;
  const sameCountry = subject.country === mentor.country;
  const sameCity = sameCountry && subject.city === mentor.city;
  const share = locationShare(sameCountry, sameCity);
  return { kind: 'location', share, matched: share ? [sameCity ? city : country] : [] };
}

/** Fast answers that come reliably: a day or less is best, more than a week counts nothing. */
export function responsivenessShare({
  medianHoursToFirstReply: hours,
  answeredShare,
}: MentorProfile['responsiveness']): number {
  if (hours === null) return 0;
  const speed = hours <= 24 ? 1 : hours <= 72 ? 0.6 : hours <= 168 ? 0.3 : 0;
  return speed * (answeredShare ?? 1);
}

function responsivenessPart(mentor: MentorProfile): Part {
  const hours = mentor.responsiveness.medianHoursToFirstReply;
  const share = responsivenessShare(mentor.responsiveness);
  if (hours === null) return { kind: 'responsiveness', share, matched: [] };
  return { kind: 'responsiveness', share, matched: [], value: hours };
}

function capacityPart(mentor: MentorProfile, today: string): Part {
  const spots = openSpots(mentor);
  const available = isAvailableOn(mentor, today);
  return {
    kind: 'capacity',
    share: available ? 1 : 0,
    matched: [],
    value: spots,
    total: mentor.capacity,
  };
}

/** The UTC calendar day of `at`, as ISO `YYYY-MM-DD` (pauses end on a day, not an instant). */
export const isoDay = (at: Date): string => at.toISOString().slice(0, 10);

/** Paused mentors take no new mentees until their pause ends. `today` is an ISO day. */
export function isPausedOn(mentor: Pick<MentorProfile, 'availability'>, today: string): boolean {
  const { status, pausedUntil } = mentor.availability;
  if (status !== 'paused') return false;
  return pausedUntil === null || pausedUntil > today;
}

export function isPaused(mentor: Pick<MentorProfile, 'availability'>, now: Date): boolean {
  return isPausedOn(mentor, isoDay(now));
}

/** Mentors with an open spot who are not paused: the ones a mentee can ask today. */
export function isAvailableOn(
  mentor: Pick<MentorProfile, 'availability' | 'capacity' | 'activeMentees'>,
  today: string,
): boolean {
  return openSpots(mentor) > 0 && !isPausedOn(mentor, today);
}

/**
 * A criterion's points in tenths (reasons show one decimal). Whole tenths make the total exact
 * whatever order it is summed in, so the directory's fast ranking agrees with `scoreMentor`.
 */
export function criterionTenths(weight: number, share: number, totalWeight: number): number {
  return totalWeight ? Math.round((weight * share * 100 * 10) / totalWeight) : 0;
}

/** The 0-100 score from the criteria's tenths. */
export const scoreFromTenths = (tenths: number): number => Math.min(100, Math.round(tenths / 10));

/** The total of the weights, the denominator of every criterion's points. */
export const totalWeightOf = (weights: MatchWeights): number =>
  Object.values(weights).reduce((sum, weight) => sum + weight, 0);

/**
 * What scoring needs from a mentor that no viewer changes: built once per mentor version by
 * callers that keep it (the server keys it on the immutable database row).
 */
export interface PreparedMentor {
  profile: MentorProfile;
  skills: ReadonlyMap<string, string>;
  /** Interests, then skills (a skill the mentee is curious about counts as an interest). */
  interestsAndSkills: ReadonlyMap<string, string>;
  languageBases: ReadonlySet<string>;
  country: string;
  city: string;
  responsiveness: Part;
}

export function prepareMentor(mentor: MentorProfile): PreparedMentor {
  return {
    profile: mentor,
    skills: spellings(mentor.skills),
    interestsAndSkills: spellings([...mentor.interests, ...mentor.skills]),
    languageBases: new Set(mentor.languages.map(baseLanguage)),
    country: normalise(mentor.location.country),
    city: normalise(mentor.location.city),
    responsiveness: responsivenessPart(mentor),
  };
}

/** The viewer's side, normalised once per search and shared by every card of the page. */
export interface PreparedSubject {
  person: Person;
  wantedSkills: readonly string[];
  interests: readonly string[];
  languages: readonly string[];
  languageBases: readonly string[];
  timeZone: string;
  country: string;
  city: string;
}

export function prepareSubject({ person, mentee }: MenteeSubject): PreparedSubject {
  return {
    person,
    wantedSkills: mentee.wantedSkills.map(normalise),
    interests: mentee.interests.map(normalise),
    languages: person.languages,
    languageBases: person.languages.map(baseLanguage),
    timeZone: person.location.timeZone,
    country: normalise(person.location.country),
    city: normalise(person.location.city),
  };
}

/** A part as a reason: its fields but the share, in the part's order (the JSON's key order). */
function reasonOf({ kind, matched, value, total }: Part, points: number): MatchReason {
  const reason: MatchReason = { kind, points, matched };
  if (value !== undefined) reason.value = value;
  if (total !== undefined) reason.total = total;
  return reason;
}

/** What every card of a page scores with: the moment, its day, the weights and their total. */
export interface Scoring {
  now: Date;
  today: string;
  weights: MatchWeights;
  totalWeight: number;
}

/** Worked out once per page, not per card. */
export function scoringFor(options: ScoreOptions = {}): Scoring {
  const now = options.now ?? new Date();
  const weights = resolveWeights(options.weights);
  return { now, today: isoDay(now), weights, totalWeight: totalWeightOf(weights) };
}

/** `scoreMentor` on prepared sides: the same parts, points and order. */
export function scorePrepared(
  subject: PreparedSubject,
  mentor: PreparedMentor,
  options: ScoreOptions | Scoring = {},
): Match {
  const { now, today, weights, totalWeight } =
    'totalWeight' in options ? options : scoringFor(options);
  const parts = [
    skillsPart(subject, mentor),
    interestsPart(subject, mentor),
    languagesPart(subject, mentor),
    timezonePart(subject, mentor, now),
    locationPart(subject, mentor),
    mentor.responsiveness,
    capacityPart(mentor.profile, today),
  ];
  const reasons: MatchReason[] = [];
  let tenths = 0;
  for (const part of parts) {
    const points = criterionTenths(weights[part.kind], part.share, totalWeight);
    tenths += points;
    if (points > 0) reasons.push(reasonOf(part, points / 10));
  }
  reasons.sort((a, b) => b.points - a.points);
  return {
    score: scoreFromTenths(tenths),
    reasons,
    conflicts: findConflicts(subject.person, mentor.profile),
  };
}

/** Score (0-100), the reasons behind it (largest first) and any conflicts of interest. */
export function scoreMentor(
  subject: MenteeSubject,
  mentor: MentorProfile,
  options: ScoreOptions = {},
): Match {
  return scorePrepared(prepareSubject(subject), prepareMentor(mentor), options);
}
