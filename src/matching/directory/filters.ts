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
type FilterKey = 'q' | FacetKey | 'utcOffset' | 'available';
const FILTER_KEYS: readonly FilterKey[] = ['q', ...FACET_KEYS, 'utcOffset', 'available'];

/** The bit of one filter in a mask. */
export const filterBit = (key: FilterKey): number => 1 << FILTER_KEYS.indexOf(key);

type Test = (position: number) => boolean;

/** 1 for each term whose lower case is in `wanted` (filters ignore case). */
function caseless(terms: Terms, wanted: readonly string[]): Int32Array {
  const set = new Set(wanted.map((value) => value.toLowerCase()));
  return terms.table((value) => (set.has(value.toLowerCase()) ? 1 : 0));
}

/** True when one of the mentor's ids in `list` is marked 1 in `wanted`. */
function anyMarked(table: MentorTable, list: number, wanted: Int32Array): Test {
  const { lists } = table;
  return (position) => {
    const base = position * lists.stride + list;
    for (let i = lists.bounds[base]!; i < lists.bounds[base + 1]!; i++)
      if (wanted[lists.data[i]!] === 1) return true;
    return false;
  };
}

/** Other lists match any of their chosen values. */
const anyOf = (table: MentorTable, key: FacetKey, chosen: readonly string[]): Test =>
  anyMarked(table, FACET_KEYS.indexOf(key), caseless(table.terms[key], chosen));

/** Every query word starts some word of the mentor's text ("nego road" finds "negotiation"). */
function freeText(table: MentorTable, q: string): Test | null {
  const words = searchWords(q);
  if (!words.length) return null;
  const { textWords } = table.terms;
  const tests = words.map((word) =>
    anyMarked(
      table,
      TEXT_WORDS,
      textWords.table((known) => (known.startsWith(word) ? 1 : 0)),
    ),
  );
  return (position) => tests.every((test) => test(position));
}

/** Skills narrow: a mentor must teach every chosen skill. */
function allSkills(table: MentorTable, chosen: readonly string[]): Test {
  const required = [...new Set(chosen.map((skill) => skill.toLowerCase()))];
  const all = 2 ** required.length - 1;
  const bitOf = table.terms.skills.table((value) => {
    const index = required.indexOf(value.toLowerCase());
    return index < 0 ? 0 : 2 ** index;
  });
  const list = FACET_KEYS.indexOf('skills');
  const { lists } = table;
  return (position) => {
    const base = position * lists.stride + list;
    let taught = 0;
    for (let i = lists.bounds[base]!; i < lists.bounds[base + 1]!; i++)
      taught |= bitOf[lists.data[i]!]!;
    return taught === all;
  };
}

/** The failed-filter mask of a mentor by position; null when the query filters nothing. */
export function compileFilters(
  query: MentorQuery,
  now: Date,
  table: MentorTable,
): ((position: number) => number) | null {
  const checks: [FilterKey, Test][] = [];
  const text = query.q ? freeText(table, query.q) : null;
  if (text) checks.push(['q', text]);
  if (query.skills?.length) checks.push(['skills', allSkills(table, query.skills)]);
  for (const key of ['languages', 'locations', 'departments', 'programTypes'] as const) {
    const chosen = query[key];
    if (chosen?.length) checks.push([key, anyOf(table, key, chosen)]);
  }
  const { utcOffsetMin: min = -Infinity, utcOffsetMax: max = Infinity } = query;
  if (min > -Infinity || max < Infinity) {
    const zones = table.terms.timeZones.values;
    const inRange = zones.map((zone) => {
      const offset = utcOffsetHours(zone, now);
      return offset >= min && offset <= max;
    });
    checks.push(['utcOffset', (p) => inRange[table.timeZone[p]!]!]);
  }
  if (query.available) {
    const available = table.availableOn(isoDay(now));
    checks.push(['available', (p) => available[p] === 1]);
  }
  if (!checks.length) return null;
  const bits = checks.map(([key]) => filterBit(key));
  const tests = checks.map(([, test]) => test);
  // Plain indexed loops: this runs once per mentor per search.
  return (position) => {
    let failed = 0;
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(position)) failed |= bits[i]!;
    return failed;
  };
}
