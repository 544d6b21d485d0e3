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

/** Items of `mentorItems` that appear in `wanted` (case-insensitive), in the mentee's order. */
function overlap(wanted: readonly string[], mentorItems: readonly string[]): string[] {
  const offered = new Map(mentorItems.map((item) => [normalise(item), item]));
  return wanted.map(normalise).flatMap((item) => (offered.has(item) ? [offered.get(item)!] : []));
}

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

function skillsPart(subject: MenteeSubject, mentor: MentorProfile): Part {
  const wanted = subject.mentee.wantedSkills;
  const matched = overlap(wanted, mentor.skills);
  return {
    kind: 'skills',
    share: skillsShare(matched.length, wanted.length),
    matched,
    value: matched.length,
    total: wanted.length,
  };
}

function interestsPart(subject: MenteeSubject, mentor: MentorProfile): Part {
  const matched = overlap(subject.mentee.interests, [...mentor.interests, ...mentor.skills]);
  return {
    kind: 'interests',
    share: interestsShare(matched.length, subject.mentee.interests.length),
    matched,
    value: matched.length,
  };
}

function languagesPart(subject: MenteeSubject, mentor: MentorProfile): Part {
  const mentorBases = new Set(mentor.languages.map(baseLanguage));
  const matched = subject.person.languages.filter((tag) => mentorBases.has(baseLanguage(tag)));
  return { kind: 'languages', share: matched.length ? 1 : 0, matched };
}

function timezonePart(subject: MenteeSubject, mentor: MentorProfile, now: Date): Part {
  const hours = sharedWorkingHours(subject.person.location.timeZone, mentor.location.timeZone, now);
  return {
    kind: 'timezone',
    share: hours / WORKDAY_HOURS,
    matched: [],
    value: hours,
    total: WORKDAY_HOURS,
  };
}

function locationPart(subject: MenteeSubject, mentor: MentorProfile): Part {
  const a = subject.person.location;
  const b = mentor.location;
  const sameCountry = normalise(a.country) === normalise(b.country);
  const sameCity = sameCountry && normalise(a.city) === normalise(b.city);
  const share = locationShare(sameCountry, sameCity);
  return { kind: 'location', share, matched: share ? [sameCity ? b.city : b.country] : [] };
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

function capacityPart(mentor: MentorProfile, now: Date): Part {
  const spots = openSpots(mentor);
  const available = isAvailableOn(mentor, isoDay(now));
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

/** Score (0-100), the reasons behind it (largest first) and any conflicts of interest. */
export function scoreMentor(
  subject: MenteeSubject,
  mentor: MentorProfile,
  options: ScoreOptions = {},
): Match {
  const now = options.now ?? new Date();
  const weights = resolveWeights(options.weights);
  const totalWeight = totalWeightOf(weights);
  const parts = [
    skillsPart(subject, mentor),
    interestsPart(subject, mentor),
    languagesPart(subject, mentor),
    timezonePart(subject, mentor, now),
    locationPart(subject, mentor),
    responsivenessPart(mentor),
    capacityPart(mentor, now),
  ];
  const reasons: MatchReason[] = [];
  let tenths = 0;
  for (const { kind, share, ...rest } of parts) {
    const points = criterionTenths(weights[kind], share, totalWeight);
    tenths += points;
    if (points > 0) reasons.push({ kind, points: points / 10, ...rest });
  }
  reasons.sort((a, b) => b.points - a.points);
  return {
    score: scoreFromTenths(tenths),
    reasons,
    conflicts: findConflicts(subject.person, mentor),
  };
}
