// A directory query compiled against the interned terms: for each mentor, a bit mask of the
// filters it fails (0 = shown). Facet counts use the mask to ignore a facet's own filter.
import type { MentorQuery } from '../../contract/index.js';
import { isAvailableOn, isoDay } from '../score.js';
import { matchesFolded, searchWords } from '../search.js';
import { utcOffsetHours } from '../timezone.js';
import type { DirectoryTerms, MentorSlot } from './mentor-slot.js';
import type { Terms } from './terms.js';

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

/** The bit of one filter in a mask. */
export const filterBit = (key: FilterKey): number => 1 << FILTER_KEYS.indexOf(key);

/** A mentor's values for one facet, as term ids. */
export function facetIds(slot: MentorSlot, key: FacetKey): Uint32Array | number {
  switch (key) {
    case 'locations':
      return slot.location;
    case 'departments':
      return slot.department;
    default:
      return slot[key];
  }
}

const anyMarked = (ids: Uint32Array | number, table: Int32Array): boolean => {
  if (typeof ids === 'number') return table[ids] === 1;
  for (const id of ids) if (table[id] === 1) return true;
  return false;
};

/** 1 for each term whose lower case is in `wanted` (filters ignore case). */
const caseless = (terms: Terms, wanted: readonly string[]) => {
  const set = new Set(wanted.map((value) => value.toLowerCase()));
  return terms.table((value) => (set.has(value.toLowerCase()) ? 1 : 0));
};

/** Skills narrow: a mentor must teach every chosen skill. Other lists match any of their values. */
function skillsFilter(terms: Terms, chosen: readonly string[]) {
  const required = [...new Set(chosen.map((skill) => skill.toLowerCase()))];
  const all = 2 ** required.length - 1;
  const bitOf = terms.table((value) => {
    const index = required.indexOf(value.toLowerCase());
    return index < 0 ? 0 : 2 ** index;
  });
  return (slot: MentorSlot) => {
    let taught = 0;
    for (const id of slot.skills) taught |= bitOf[id]!;
    return taught === all;
  };
}

export function compileFilters(query: MentorQuery, now: Date, terms: DirectoryTerms) {
  const checks: [number, (slot: MentorSlot) => boolean][] = [];
  const words = query.q ? searchWords(query.q) : [];
  if (words.length) checks.push([filterBit('q'), (slot) => matchesFolded(words, slot.text)]);
  if (query.skills?.length)
    checks.push([filterBit('skills'), skillsFilter(terms.skills, query.skills)]);
  for (const key of ['languages', 'locations', 'departments', 'programTypes'] as const) {
    const chosen = query[key];
    if (!chosen?.length) continue;
    const table = caseless(terms[key], chosen);
    checks.push([filterBit(key), (slot) => anyMarked(facetIds(slot, key), table)]);
  }
  const { utcOffsetMin: min = -Infinity, utcOffsetMax: max = Infinity } = query;
  if (min > -Infinity || max < Infinity) {
    const offsets = terms.timeZones.values.map((zone) => utcOffsetHours(zone, now));
    checks.push([
      filterBit('utcOffset'),
      (slot) => offsets[slot.timeZone]! >= min && offsets[slot.timeZone]! <= max,
    ]);
  }
  const today = isoDay(now);
  if (query.available) checks.push([filterBit('available'), (slot) => isAvailableOn(slot, today)]);
  return (slot: MentorSlot): number => {
    let failed = 0;
    for (const [bit, passes] of checks) if (!passes(slot)) failed |= bit;
    return failed;
  };
}
