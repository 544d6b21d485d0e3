// Directory query semantics as pure functions: free-text matching, filters, facet counts "given
// the other filters", and the sort orders. The memory API runs them over arrays; the server mirrors
// them in SQL (and can use them to check itself).
import type { FacetCount, Facets, MentorProfile, MentorQuery } from '../contract/index.js';
import { openSpots } from '../contract/index.js';
import { isPaused } from './score.js';
import { utcOffsetHours } from './timezone.js';

/** Lower-case words without accents: "Ramírez" and "ramirez" match. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** What free text is searched in: name, title, department, skills, interests. */
export function mentorSearchText(
  mentor: Pick<MentorProfile, 'name' | 'title' | 'department' | 'skills' | 'interests'>,
): string {
  return [mentor.name, mentor.title, mentor.department, ...mentor.skills, ...mentor.interests].join(
    ' ',
  );
}

/** Every query word must start some word of the text ("nego road" finds "negotiation, roadmapping"). */
export function matchesText(queryWords: readonly string[], textWords: readonly string[]): boolean {
  return queryWords.every((q) => textWords.some((word) => word.startsWith(q)));
}

/**
 * The text's words as one string, " word word ...", so a prefix test is one `includes` call and a
 * 100,000-mentor directory keeps one string per mentor instead of an array of words.
 */
export function foldText(text: string): string {
  return ` ${searchWords(text).join(' ')}`;
}

export function matchesFolded(queryWords: readonly string[], folded: string): boolean {
  return queryWords.every((q) => folded.includes(` ${q}`));
}

/** Mentors with an open spot who are not paused. */
export function isAvailable(mentor: MentorProfile, now: Date): boolean {
  return openSpots(mentor) > 0 && !isPaused(mentor, now);
}

export const FACET_KEYS = [
  'skills',
  'languages',
  'locations',
  'departments',
  'programTypes',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
type FilterKey = 'q' | FacetKey | 'utcOffset' | 'available';
const FILTER_KEYS: readonly FilterKey[] = ['q', ...FACET_KEYS, 'utcOffset', 'available'];

const lower = (items: readonly string[] | undefined) =>
  items?.length ? new Set(items.map((i) => i.toLowerCase())) : null;

/** The values of a mentor for one facet. */
export function facetValues(mentor: MentorProfile, key: FacetKey): readonly string[] {
  switch (key) {
    case 'skills':
      return mentor.skills;
    case 'languages':
      return mentor.languages;
    case 'locations':
      return [mentor.location.city];
    case 'departments':
      return [mentor.department];
    case 'programTypes':
      return mentor.programTypes;
  }
}

/**
 * Compiles a query into a function giving, for one mentor, a bit mask of the filters it fails
 * (0 = matches everything). Skills must all be taught; other lists match any of their values.
 */
export function compileMentorFilters(
  query: MentorQuery,
  now: Date,
  foldedTextOf: (m: MentorProfile) => string = (m) => foldText(mentorSearchText(m)),
) {
  const words = query.q ? searchWords(query.q) : [];
  const skills = lower(query.skills);
  const sets: Partial<Record<FacetKey, Set<string>>> = {};
  for (const key of ['languages', 'locations', 'departments', 'programTypes'] as const) {
    const set = lower(query[key]);
    if (set) sets[key] = set;
  }
  const min = query.utcOffsetMin;
  const max = query.utcOffsetMax;
  const bit = (key: FilterKey) => 1 << FILTER_KEYS.indexOf(key);
  return (mentor: MentorProfile): number => {
    let failed = 0;
    if (words.length && !matchesFolded(words, foldedTextOf(mentor))) failed |= bit('q');
    if (skills) {
      const taught = new Set(mentor.skills.map((s) => s.toLowerCase()));
      for (const skill of skills)
        if (!taught.has(skill)) {
          failed |= bit('skills');
          break;
        }
    }
    for (const key of ['languages', 'locations', 'departments', 'programTypes'] as const) {
      const set = sets[key];
      if (set && !facetValues(mentor, key).some((value) => set.has(value.toLowerCase())))
        failed |= bit(key);
    }
    if (min !== undefined || max !== undefined) {
      const offset = utcOffsetHours(mentor.location.timeZone, now);
      if ((min !== undefined && offset < min) || (max !== undefined && offset > max))
        failed |= bit('utcOffset');
    }
    if (query.available && !isAvailable(mentor, now)) failed |= bit('available');
    return failed;
  };
}

/** The bit a facet's own filter uses, so its counts can ignore it ("given the other filters"). */
export function filterBit(key: FilterKey): number {
  return 1 << FILTER_KEYS.indexOf(key);
}

const FACET_LIMIT = 40;

/**
 * Facet counts for the mentors whose failed-filter masks are given: a mentor counts for a facet
 * when it passes every filter except, possibly, that facet's own. Selected values are always listed.
 */
export function countFacets(
  mentors: readonly MentorProfile[],
  masks: readonly number[],
  query: MentorQuery,
  now: Date,
): Facets {
  const counters = Object.fromEntries(
    FACET_KEYS.map((key) => [key, new Map<string, number>()]),
  ) as Record<FacetKey, Map<string, number>>;
  let available = 0;
  mentors.forEach((mentor, index) => {
    const mask = masks[index]!;
    if (mask === 0 || mask === filterBit('available')) {
      if (isAvailable(mentor, now)) available++;
    }
    for (const key of FACET_KEYS) {
      if ((mask & ~filterBit(key)) !== 0) continue;
      const counter = counters[key];
      const values = facetValues(mentor, key);
      values.forEach((value, i) => {
        if (values.indexOf(value) === i) counter.set(value, (counter.get(value) ?? 0) + 1);
      });
    }
  });
  const list = (key: FacetKey): FacetCount[] => {
    const counts = [...counters[key]].map(([value, count]) => ({ value, count }));
    counts.sort(
      (a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    );
    const top = counts.slice(0, FACET_LIMIT);
    for (const selected of query[key] ?? []) {
      if (!top.some((c) => c.value.toLowerCase() === selected.toLowerCase())) {
        const found = counts.find((c) => c.value.toLowerCase() === selected.toLowerCase());
        top.push(found ?? { value: selected, count: 0 });
      }
    }
    return top;
  };
  return {
    skills: list('skills'),
    languages: list('languages'),
    locations: list('locations'),
    departments: list('departments'),
    programTypes: list('programTypes'),
    available,
  };
}

/** "Most responsive": fastest median first, then the larger answered share; unknown last. */
export function compareResponsiveness(a: MentorProfile, b: MentorProfile): number {
  const ha = a.responsiveness.medianHoursToFirstReply;
  const hb = b.responsiveness.medianHoursToFirstReply;
  if (ha !== hb) return ha === null ? 1 : hb === null ? -1 : ha - hb;
  const sa = a.responsiveness.answeredShare ?? -1;
  const sb = b.responsiveness.answeredShare ?? -1;
  return sb - sa || compareIds(a.id, b.id);
}

/** By name (code-point order, like SQL's C collation), then id. */
export function compareNames(
  a: Pick<MentorProfile, 'name' | 'id'>,
  b: Pick<MentorProfile, 'name' | 'id'>,
): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : compareIds(a.id, b.id);
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
