// The directory's search state: what a person chose (text, filters, sort), how the `filters`
// and `weights` attributes preset it, and how it reads from / writes to the page URL.
import * as z from 'zod/mini';
// From the resource's module, not the index: the index is an entry and would bring every schema.
import { MatchReasonKind, MentorQuery, type MentorSort } from '../../contract/directory.js';
import {
  mentorQueryFromSearchParams,
  mentorQueryToSearchParams,
} from '../../contract/query-params.js';

/** What a person controls: the query without paging and weights. */
export type DirectoryQuery = Omit<MentorQuery, 'cursor' | 'limit' | 'weights'>;

/** Filter groups a host can hide with the `filters` attribute. */
export const FILTER_NAMES = [
  'search',
  'skills',
  'languages',
  'locations',
  'departments',
  'programTypes',
  'timezone',
  'available',
  'sort',
] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/**
 * Value of the `filters` attribute / property: preset choices and filter groups to hide. Strict,
 * so a misspelt key is reported instead of silently doing nothing.
 */
export const DirectoryFilterOptions = z.strictObject({
  /** Initial search, e.g. `{"programTypes": ["reverse"], "available": true}`. */
  preset: z.optional(
    z.strictObject(z.omit(MentorQuery, { cursor: true, limit: true, weights: true }).shape),
  ),
  /** Filter groups not shown (a preset on a hidden group stays applied and has no chip). */
  hide: z.optional(z.array(z.enum(FILTER_NAMES))),
});
export type DirectoryFilterOptions = z.infer<typeof DirectoryFilterOptions>;

/** Value of the `weights` attribute / property: points per match criterion, 0-100 each. */
export const DirectoryWeights = z.partialRecord(
  MatchReasonKind,
  z.number().check(z.gte(0), z.lte(100)),
);
export type DirectoryWeights = z.infer<typeof DirectoryWeights>;

export type ListFilter = 'skills' | 'languages' | 'locations' | 'departments' | 'programTypes';
export const LIST_FILTERS: readonly ListFilter[] = [
  'skills',
  'languages',
  'locations',
  'departments',
  'programTypes',
];

/** One active choice, shown as a removable chip. */
export interface ActiveFilter {
  key: ListFilter | 'q' | 'available' | 'timezone';
  value?: string;
}

/** Keys the directory owns in the page URL; every other parameter of the host page is kept. */
const URL_KEYS = ['q', ...LIST_FILTERS, 'utcOffsetMin', 'utcOffsetMax', 'available', 'sort'];

/** Drop empty values so equal searches compare (and serialize) equal. */
export function normalizeQuery(query: DirectoryQuery): DirectoryQuery {
  const out: DirectoryQuery = {};
  const q = query.q?.trim();
  if (q) out.q = q;
  for (const key of LIST_FILTERS) {
    const values = query[key];
    if (values && values.length > 0) (out[key] as string[]) = [...values];
  }
  if (query.utcOffsetMin !== undefined) out.utcOffsetMin = query.utcOffsetMin;
  if (query.utcOffsetMax !== undefined) out.utcOffsetMax = query.utcOffsetMax;
  if (query.available) out.available = true;
  if (query.sort && query.sort !== 'match') out.sort = query.sort;
  return out;
}

/** What the directory sends: the person's query plus a page size (1-100), weights and hiding. */
export function searchRequest(
  query: DirectoryQuery,
  options: { pageSize: number; weights?: DirectoryWeights; hideBlocked: boolean },
): MentorQuery {
  return {
    ...query,
    limit: Math.min(100, Math.max(1, Math.round(options.pageSize) || 24)),
    ...(options.weights ? { weights: options.weights } : {}),
    ...(options.hideBlocked ? { hideBlocked: true } : {}),
  };
}

/**
 * The one equality of searches: the same query string (the codec writes keys in a fixed order).
 * Give it normalized queries (the directory's `query` always is).
 */
export function sameQuery(a: MentorQuery, b: MentorQuery): boolean {
  return mentorQueryToSearchParams(a).toString() === mentorQueryToSearchParams(b).toString();
}

/** The chips for a query, in the order the filters appear; hidden groups have no chip. */
export function activeFilters(
  query: DirectoryQuery,
  hidden: readonly FilterName[] = [],
): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  if (query.q && !hidden.includes('search')) chips.push({ key: 'q', value: query.q });
  for (const key of LIST_FILTERS) {
    if (hidden.includes(key)) continue;
    for (const value of query[key] ?? []) chips.push({ key, value });
  }
  if (
    (query.utcOffsetMin !== undefined || query.utcOffsetMax !== undefined) &&
    !hidden.includes('timezone')
  ) {
    chips.push({ key: 'timezone' });
  }
  if (query.available && !hidden.includes('available')) chips.push({ key: 'available' });
  return chips;
}

export function removeFilter(query: DirectoryQuery, chip: ActiveFilter): DirectoryQuery {
  const next = { ...query };
  if (chip.key === 'q') delete next.q;
  else if (chip.key === 'available') delete next.available;
  else if (chip.key === 'timezone') {
    delete next.utcOffsetMin;
    delete next.utcOffsetMax;
  } else {
    const values = (query[chip.key] ?? []) as string[];
    (next[chip.key] as string[]) = values.filter((value) => value !== chip.value);
  }
  return next;
}

/** Clear every visible choice; presets of hidden groups and the sort order stay. */
export function clearFilters(
  query: DirectoryQuery,
  hidden: readonly FilterName[] = [],
): DirectoryQuery {
  return activeFilters(query, hidden).reduce(removeFilter, query);
}

export function toggleValue(
  query: DirectoryQuery,
  key: ListFilter,
  value: string,
  on: boolean,
): DirectoryQuery {
  const values = new Set<string>((query[key] ?? []) as string[]);
  if (on) values.add(value);
  else values.delete(value);
  return { ...query, [key]: [...values] };
}

export function hasVisibleFilters(
  query: DirectoryQuery,
  hidden: readonly FilterName[] = [],
): boolean {
  return activeFilters(query, hidden).length > 0;
}

function pickDirectoryQuery(query: MentorQuery): DirectoryQuery {
  const { cursor: _cursor, limit: _limit, weights: _weights, ...rest } = query;
  return normalizeQuery(rest);
}

/** The search held in the page URL, or null when the URL holds none (or an invalid one). */
export function queryFromUrl(search: string): DirectoryQuery | null {
  const params = new URLSearchParams(search);
  if (!URL_KEYS.some((key) => params.has(key))) return null;
  const parsed = mentorQueryFromSearchParams(params);
  return parsed.success ? pickDirectoryQuery(parsed.data) : null;
}

/**
 * The one place a search becomes a URL: the page URL with the directory's parameters replaced by
 * `query`'s (normalized), keeping the host page's own.
 */
export function urlWithQuery(href: string, query: DirectoryQuery): string {
  const url = new URL(href);
  for (const key of URL_KEYS) url.searchParams.delete(key);
  for (const [key, value] of mentorQueryToSearchParams(query)) url.searchParams.append(key, value);
  return url.pathname + url.search + url.hash;
}

export const SORTS: readonly MentorSort[] = ['match', 'responsive', 'name'];
