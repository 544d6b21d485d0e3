// Best-match scores for one viewer over the whole directory. Everything that depends only on the
// viewer (wanted words, languages, time-zone overlaps, constant points) is worked out once, so a
// mentor costs a few array reads. The arithmetic is `scoreMentor`'s, in whole tenths: same score.
import type { MenteeSubject } from '../score.js';
import {
  baseLanguage,
  criterionTenths,
  interestsShare,
  isoDay,
  locationShare,
  normalise,
  scoreFromTenths,
  skillsShare,
  totalWeightOf,
} from '../score.js';
import { sharedWorkingHours, WORKDAY_HOURS } from '../timezone.js';
import type { MatchWeights } from '../weights.js';
import { LANGUAGE_BASES, SKILL_WORDS, TOPIC_WORDS } from './mentor-slot.js';
import type { MentorTable } from './mentor-table.js';
import type { Terms } from './terms.js';

/**
 * How often each known word occurs in `items` (normalised), by word id. Built from the items, not
 * by asking every word of the vocabulary (thousands), which cost most of compiling a scorer.
 */
function occurrences(words: Terms, items: Iterable<string>): Int32Array {
  const counts = new Int32Array(words.values.length);
  for (const item of items) {
    const id = words.find(normalise(item));
    if (id >= 0) counts[id]!++;
  }
  return counts;
}

/**
 * One viewer's scoring, split for best-match pruning: the skills and interests points come from
 * how many wanted words a mentor holds (`skillTenths[found]`, `interestTenths[found]`), the rest
 * from `rest(position)`, which never exceeds `restBound`.
 */
export interface CompiledScorer {
  /** The 0-100 score of the mentor at `position`, exactly `scoreMentor`'s. */
  score(position: number): number;
  /** Tenths of every criterion but skills and interests. */
  rest(position: number): number;
  /** A ceiling on `rest` for any mentor (each criterion at its best). */
  restBound: number;
  skillTenths: readonly number[];
  interestTenths: readonly number[];
  /** Per word id: how often the viewer wants it as a skill / names it as an interest. */
  wanted: Int32Array;
  liked: Int32Array;
}

export function compileScorer(
  subject: MenteeSubject,
  weights: MatchWeights,
  now: Date,
  table: MentorTable,
): CompiledScorer {
  const { terms, lists } = table;
  const total = totalWeightOf(weights);
  const tenths = (kind: keyof MatchWeights, share: number) =>
    criterionTenths(weights[kind], share, total);
  const { wantedSkills, interests } = subject.mentee;
  const wanted = occurrences(terms.words, wantedSkills);
  const liked = occurrences(terms.words, interests);
  const bases = new Set(subject.person.languages.map(baseLanguage));
  const speaks = occurrences(terms.words, bases);
  const { location } = subject.person;
  const country = terms.words.find(normalise(location.country));
  const city = terms.words.find(normalise(location.city));
  const zoneTenths = terms.timeZones.values.map((zone) =>
    tenths('timezone', sharedWorkingHours(location.timeZone, zone, now) / WORKDAY_HOURS),
  );
  const locationTenths = [false, true].map((sameCity) =>
    tenths('location', locationShare(true, sameCity)),
  );
  // Points by how many wanted skills / interests a mentor shares (never more than were asked for,
  // since a mentor's words are distinct).
  const skillTenths = Array.from({ length: wantedSkills.length + 1 }, (_, found) =>
    tenths('skills', skillsShare(found, wantedSkills.length)),
  );
  const interestTenths = Array.from({ length: interests.length + 1 }, (_, found) =>
    tenths('interests', interestsShare(found, interests.length)),
  );
  const languageTenths = tenths('languages', 1);
  const capacityTenths = tenths('capacity', 1);
  const available = table.availableOn(isoDay(now));
  const responsivenessWeight = weights.responsiveness;
  // Local names for what the loop reads: one search scores up to every mentor.
  const { data, bounds, stride } = lists;
  const { timeZone, country: countries, city: cities, responsiveness } = table;
  const sum = (from: number, to: number, counts: Int32Array) => {
    let found = 0;
    for (let i = from; i < to; i++) found += counts[data[i]!]!;
    return found;
  };

  const rest = (position: number) => {
    const base = position * stride;
    const languagesFrom = bounds[base + LANGUAGE_BASES]!;
    const languagesTo = bounds[base + LANGUAGE_BASES + 1]!;
    const sameCountry = country >= 0 && countries[position] === country;
    return (
      (sum(languagesFrom, languagesTo, speaks) > 0 ? languageTenths : 0) +
      zoneTenths[timeZone[position]!]! +
      (sameCountry ? locationTenths[cities[position] === city ? 1 : 0]! : 0) +
      criterionTenths(responsivenessWeight, responsiveness[position]!, total) +
      (available[position] === 1 ? capacityTenths : 0)
    );
  };
  // Every share is at most 1 and criterionTenths grows with the share: each at its best.
  const restBound =
    languageTenths +
    Math.max(0, ...zoneTenths) +
    (country >= 0 ? Math.max(...locationTenths) : 0) +
    criterionTenths(responsivenessWeight, 1, total) +
    capacityTenths;
  return {
    score: (position) => {
      const base = position * stride;
      const skillsFrom = bounds[base + SKILL_WORDS]!;
      const topicsFrom = bounds[base + TOPIC_WORDS]!;
      const languagesFrom = bounds[base + LANGUAGE_BASES]!;
      return scoreFromTenths(
        skillTenths[sum(skillsFrom, topicsFrom, wanted)]! +
          interestTenths[sum(topicsFrom, languagesFrom, liked)]! +
          rest(position),
      );
    },
    rest,
    restBound,
    skillTenths,
    interestTenths,
    wanted,
    liked,
  };
}
