// A directory query compiled against the interned terms: for each mentor, a bit mask of the
// filters it fails (0 = shown). Facet counts use the mask to ignore a facet's own filter.
import type { MentorQuery } from '../../contract/index.js';
import { isoDay } from '../score.js';
import { searchWords } from '../search.js';
import { TEXT_WORDS } from './mentor-slot.js';
import { utcOffsetHours } from '../timezone.js';
import type { MentorTable } from './mentor-table.js';
import type { Terms } from './terms.js';

export const FACET_KEYS = [
  'skills',
  'languages',
  'locations',
  'departments',
  'programTypes',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
type FilterKey = 'q' | FacetKey | 'utcOffset' | 'available' | 'blocked';
const FILTER_KEYS: readonly FilterKey[] = ['q', ...FACET_KEYS, 'utcOffset', 'available', 'blocked'];

/** The bit of one filter in a mask. */
export const filterBit = (key: FilterKey): number => 1 << FILTER_KEYS.indexOf(key);

/**
 * One filter over the whole table: sets `bit` in `failed[p]` for each mentor p it rejects. Each
 * filter runs its own loop (no call per mentor), which keeps 100,000 mentors to a few ms.
 */
type Filter = (failed: Int32Array, size: number, bit: number) => void;

/** 1 for each term whose lower case is in `wanted` (filters ignore case). */
function caseless(terms: Terms, wanted: readonly string[]): Int32Array {
  const set = new Set(wanted.map((value) => value.toLowerCase()));
  return terms.table((value) => (set.has(value.toLowerCase()) ? 1 : 0));
}

/**
 * Rejects mentors that, for some group, hold none of the terms of their list `list` the group
 * marks 1 (groups: the chosen values, each required skill, each query word). Walks the posting
 * lists of the marked terms, so the cost follows the matching mentors, not all of them: `reached`
 * counts, per mentor, the groups satisfied in order (a second term of one group counts once).
 */
function holdingEvery(table: MentorTable, list: number, groups: readonly Int32Array[]): Filter {
  const postings = table.postings[list]!;
  return (failed, size, bit) => {
    for (let position = 0; position < size; position++) failed[position]! |= bit;
    const reached = table.scratch('reached');
    const touched: number[] = [];
    groups.forEach((marks, group) => {
      for (let term = 0; term < marks.length; term++) {
        if (marks[term] !== 1) continue;
        const holders = postings.of(term);
        for (let i = 0; i < holders.length; i++) {
          const position = holders[i]!;
          if (reached[position] !== group) continue;
          reached[position] = group + 1;
          if (group === 0) touched.push(position);
        }
      }
    });
    const keep = ~bit;
    for (const position of touched) {
      if (reached[position] === groups.length) failed[position]! &= keep;
      reached[position] = 0;
    }
  };
}

/** Other lists match any of their chosen values. */
const anyOf = (table: MentorTable, key: FacetKey, chosen: readonly string[]): Filter =>
  holdingEvery(table, FACET_KEYS.indexOf(key), [caseless(table.terms[key], chosen)]);

/** Every query word starts some word of the mentor's text ("nego road" finds "negotiation"). */
function freeText(table: MentorTable, q: string): Filter | null {
  const words = searchWords(q);
  if (!words.length) return null;
  const { textWords } = table.terms;
  return holdingEvery(
    table,
    TEXT_WORDS,
    words.map((word) => textWords.table((known) => (known.startsWith(word) ? 1 : 0))),
  );
}

/** Skills narrow: a mentor must teach every chosen skill. */
function allSkills(table: MentorTable, chosen: readonly string[]): Filter {
  const required = [...new Set(chosen.map((skill) => skill.toLowerCase()))];
  return holdingEvery(
    table,
    FACET_KEYS.indexOf('skills'),
    required.map((skill) => caseless(table.terms.skills, [skill])),
  );
}

/** Rejects mentors whose `values[column[p]]` (or `values[p]` without a column) is not 1. */
function marked(values: ArrayLike<number>, column?: readonly number[]): Filter {
  return (failed, size, bit) => {
    for (let position = 0; position < size; position++)
      if (values[column ? column[position]! : position] !== 1) failed[position]! |= bit;
  };
}

/**
 * Leaves out the mentors with these ids (those hidden for the viewer, on `hideBlocked`), on top of
 * the query's mask. Returns how many of them the mask showed.
 */
export function hideMentors(
  table: MentorTable,
  failed: Int32Array,
  ids: readonly string[],
): number {
  const bit = filterBit('blocked');
  let hidden = 0;
  for (const id of ids) {
    const position = table.positionOf(id);
    if (position === undefined || (failed[position]! & bit) !== 0) continue;
    if (failed[position] === 0) hidden++;
    failed[position]! |= bit;
  }
  return hidden;
}

/**
 * Fills `failed` (one mask per mentor, 0 = shown) for the query; facet counts read which filters
 * each mentor fails. Returns false when the query filters nothing (`failed` is left alone). The
 * mentors hidden for one viewer are left out apart (`hideMentors`): a mask serves every viewer.
 */
export function applyFilters(
  query: MentorQuery,
  now: Date,
  table: MentorTable,
  failed: Int32Array,
): boolean {
  const filters: [FilterKey, Filter][] = [];
  const text = query.q ? freeText(table, query.q) : null;
  if (text) filters.push(['q', text]);
  if (query.skills?.length) filters.push(['skills', allSkills(table, query.skills)]);
  for (const key of ['languages', 'locations', 'departments', 'programTypes'] as const) {
    const chosen = query[key];
    if (chosen?.length) filters.push([key, anyOf(table, key, chosen)]);
  }
  const { utcOffsetMin: min = -Infinity, utcOffsetMax: max = Infinity } = query;
  if (min > -Infinity || max < Infinity) {
    const inRange = table.terms.timeZones.values.map((zone) => {
      const offset = utcOffsetHours(zone, now);
      return offset >= min && offset <= max ? 1 : 0;
    });
    filters.push(['utcOffset', marked(inRange, table.timeZone)]);
  }
  if (query.available) filters.push(['available', marked(table.availableOn(isoDay(now)))]);
  if (!filters.length) return false;
  failed.fill(0, 0, table.size);
  for (const [key, filter] of filters) filter(failed, table.size, filterBit(key));
  return true;
}
