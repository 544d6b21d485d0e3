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
import { openSpots } from '../contract/index.js';
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

const normalise = (text: string) => text.trim().toLowerCase();

/** Items of `mentorItems` that appear in `wanted` (case-insensitive), in the mentee's order. */
function overlap(wanted: readonly string[], mentorItems: readonly string[]): string[] {
  const offered = new Map(mentorItems.map((item) => [normalise(item), item]));
  return wanted.map(normalise).flatMap((item) => (offered.has(item) ? [offered.get(item)!] : []));
}

const baseLanguage = (tag: string) => normalise(tag).split('-')[0]!;

function skillsPart(subject: MenteeSubject, mentor: MentorProfile): Part {
  const wanted = subject.mentee.wantedSkills;
  const matched = overlap(wanted, mentor.skills);
  return {
    kind: 'skills',
    share: wanted.length ? matched.length / wanted.length : 0,
    matched,
    value: matched.length,
    total: wanted.length,
  };
}

function interestsPart(subject: MenteeSubject, mentor: MentorProfile): Part {
  const matched = overlap(subject.mentee.interests, [...mentor.interests, ...mentor.skills]);
  // Three shared interests are plenty; more should not drown the other criteria.
  const enough = Math.min(3, subject.mentee.interests.length);
  return {
    kind: 'interests',
    share: enough ? Math.min(1, matched.length / enough) : 0,
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
  if (normalise(a.country) !== normalise(b.country))
    return { kind: 'location', share: 0, matched: [] };
  if (normalise(a.city) === normalise(b.city))
    return { kind: 'location', share: 1, matched: [b.city] };
  return { kind: 'location', share: 0.4, matched: [b.country] };
}

function responsivenessPart(mentor: MentorProfile): Part {
  const { medianHoursToFirstReply: hours, answeredShare } = mentor.responsiveness;
  if (hours === null) return { kind: 'responsiveness', share: 0, matched: [] };
  const speed = hours <= 24 ? 1 : hours <= 72 ? 0.6 : hours <= 168 ? 0.3 : 0;
  return { kind: 'responsiveness', share: speed * (answeredShare ?? 1), matched: [], value: hours };
}

function capacityPart(mentor: MentorProfile, now: Date): Part {
  const spots = openSpots(mentor);
  const available = spots > 0 && !isPaused(mentor, now);
  return {
    kind: 'capacity',
    share: available ? 1 : 0,
    matched: [],
    value: spots,
    total: mentor.capacity,
  };
}

/** Paused mentors take no new mentees until their pause ends. */
export function isPaused(mentor: Pick<MentorProfile, 'availability'>, now: Date): boolean {
  const { status, pausedUntil } = mentor.availability;
  if (status !== 'paused') return false;
  return pausedUntil === null || pausedUntil > now.toISOString().slice(0, 10);
}

/** Score (0-100), the reasons behind it (largest first) and any conflicts of interest. */
export function scoreMentor(
  subject: MenteeSubject,
  mentor: MentorProfile,
  options: ScoreOptions = {},
): Match {
  const now = options.now ?? new Date();
  const weights = resolveWeights(options.weights);
  const totalWeight = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
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
  for (const { kind, share, ...rest } of parts) {
    const points = totalWeight ? (weights[kind] * share * 100) / totalWeight : 0;
    if (points > 0) reasons.push({ kind, points: Math.round(points * 10) / 10, ...rest });
  }
  reasons.sort((a, b) => b.points - a.points);
  const score = Math.min(100, Math.round(reasons.reduce((sum, reason) => sum + reason.points, 0)));
  return { score, reasons, conflicts: findConflicts(subject.person, mentor) };
}
