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

/** Rejects mentors none of whose ids in `list` is marked 1 in `wanted`. */
function anyMarked(table: MentorTable, list: number, wanted: Int32Array): Filter {
  const { data, bounds, stride } = table.lists;
  return (failed, size, bit) => {
    for (let position = 0; position < size; position++) {
      const base = position * stride + list;
      let found = false;
      for (let i = bounds[base]!; i < bounds[base + 1]! && !found; i++)
        found = wanted[data[i]!] === 1;
      if (!found) failed[position]! |= bit;
    }
  };
}

/** Other lists match any of their chosen values. */
const anyOf = (table: MentorTable, key: FacetKey, chosen: readonly string[]): Filter =>
  anyMarked(table, FACET_KEYS.indexOf(key), caseless(table.terms[key], chosen));

/** Every query word starts some word of the mentor's text ("nego road" finds "negotiation"). */
function freeText(table: MentorTable, q: string): Filter | null {
  const words = searchWords(q);
  if (!words.length) return null;
  const { textWords } = table.terms;
  const perWord = words.map((word) =>
    anyMarked(
      table,
      TEXT_WORDS,
      textWords.table((known) => (known.startsWith(word) ? 1 : 0)),
    ),
  );
  return (failed, size, bit) => {
    for (const filter of perWord) filter(failed, size, bit);
  };
}

/** Skills narrow: a mentor must teach every chosen skill. */
function allSkills(table: MentorTable, chosen: readonly string[]): Filter {
  const required = [...new Set(chosen.map((skill) => skill.toLowerCase()))];
  const all = 2 ** required.length - 1;
  const bitOf = table.terms.skills.table((value) => {
    const index = required.indexOf(value.toLowerCase());
    return index < 0 ? 0 : 2 ** index;
  });
  const list = FACET_KEYS.indexOf('skills');
  const { data, bounds, stride } = table.lists;
  return (failed, size, bit) => {
    for (let position = 0; position < size; position++) {
      const base = position * stride + list;
      let taught = 0;
      for (let i = bounds[base]!; i < bounds[base + 1]!; i++) taught |= bitOf[data[i]!]!;
      if (taught !== all) failed[position]! |= bit;
    }
  };
}

/** Rejects mentors whose `values[column[p]]` (or `values[p]` without a column) is not 1. */
function marked(values: ArrayLike<number>, column?: readonly number[]): Filter {
  return (failed, size, bit) => {
    for (let position = 0; position < size; position++)
      if (values[column ? column[position]! : position] !== 1) failed[position]! |= bit;
  };
}

/** Rejects the mentors with these ids. */
function without(table: MentorTable, ids: readonly string[]): Filter {
  const positions = ids.flatMap((id) => table.positionOf(id) ?? []);
  return (failed, _size, bit) => {
    for (const position of positions) failed[position]! |= bit;
  };
}

/**
 * Fills `failed` (one mask per mentor, 0 = shown) for the query; facet counts read which filters
 * each mentor fails. Returns false when the query filters nothing (`failed` is left alone).
 * `blocked`: the mentors a conflict of interest blocks for the viewer, left out on `hideBlocked`.
 */
export function applyFilters(
  query: MentorQuery,
  now: Date,
  table: MentorTable,
  failed: Int32Array,
  blocked: readonly string[],
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
  if (query.hideBlocked && blocked.length) filters.push(['blocked', without(table, blocked)]);
  if (!filters.length) return false;
  failed.fill(0, 0, table.size);
  for (const [key, filter] of filters) filter(failed, table.size, filterBit(key));
  return true;
}
