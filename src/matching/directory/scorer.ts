// Best-match scores for one viewer over the whole directory. Everything that depends only on the
// viewer (wanted words, languages, time-zone overlaps, constant points) is worked out once, so a
// mentor costs a few array reads. The arithmetic is `scoreMentor`'s, in whole tenths: same score.
import type { MenteeSubject } from '../score.js';
import {
  baseLanguage,
  criterionTenths,
  interestsShare,
  isAvailableOn,
  isoDay,
  locationShare,
  normalise,
  responsivenessShare,
  scoreFromTenths,
  skillsShare,
  totalWeightOf,
} from '../score.js';
import { sharedWorkingHours, WORKDAY_HOURS } from '../timezone.js';
import type { MatchWeights } from '../weights.js';
import type { DirectoryTerms, MentorSlot } from './mentor-slot.js';
import type { Terms } from './terms.js';

/** How often each term occurs in `items` (normalised). */
function occurrences(words: Terms, items: readonly string[]): Int32Array {
  const counts = new Map<string, number>();
  for (const item of items.map(normalise)) counts.set(item, (counts.get(item) ?? 0) + 1);
  return words.table((word) => counts.get(word) ?? 0);
}

const sum = (ids: Uint32Array, counts: Int32Array) => {
  let total = 0;
  for (const id of ids) total += counts[id]!;
  return total;
};

export function compileScorer(
  subject: MenteeSubject,
  weights: MatchWeights,
  now: Date,
  terms: DirectoryTerms,
): (slot: MentorSlot) => number {
  const total = totalWeightOf(weights);
  const tenths = (kind: keyof MatchWeights, share: number) =>
    criterionTenths(weights[kind], share, total);
  const { wantedSkills, interests } = subject.mentee;
  const wanted = occurrences(terms.words, wantedSkills);
  const liked = occurrences(terms.words, interests);
  const bases = new Set(subject.person.languages.map(baseLanguage));
  const speaks = terms.words.table((word) => (bases.has(word) ? 1 : 0));
  const { location } = subject.person;
  const country = terms.words.find(normalise(location.country));
  const city = terms.words.find(normalise(location.city));
  const zoneTenths = terms.timeZones.values.map((zone) =>
    tenths('timezone', sharedWorkingHours(location.timeZone, zone, now) / WORKDAY_HOURS),
  );
  const languageTenths = tenths('languages', 1);
  const capacityTenths = tenths('capacity', 1);
  const today = isoDay(now);

  return (slot) => {
    const sameCountry = country >= 0 && slot.country === country;
    const sameCity = sameCountry && slot.city === city;
    return scoreFromTenths(
      tenths('skills', skillsShare(sum(slot.skillWords, wanted), wantedSkills.length)) +
        tenths('interests', interestsShare(sum(slot.topicWords, liked), interests.length)) +
        (sum(slot.languageBases, speaks) > 0 ? languageTenths : 0) +
        zoneTenths[slot.timeZone]! +
        tenths('location', locationShare(sameCountry, sameCity)) +
        tenths('responsiveness', responsivenessShare(slot.responsiveness)) +
        (isAvailableOn(slot, today) ? capacityTenths : 0),
    );
  };
}
