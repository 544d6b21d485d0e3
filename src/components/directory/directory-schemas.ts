// The directory's zod schemas, loaded on demand (./directory-parts.ts) together with its
// operations, before its first search: the `filters` and `weights` values a host page sets, and a
// search read back from the page URL, all checked against the contract. Until they arrive the
// directory shows its skeleton and sends nothing.
import * as z from 'zod/mini';
import { MatchReasonKind, MentorQuery } from '../../contract/directory.js';
import { mentorQueryFromSearchParams } from '../../contract/query-params.js';
import {
  FILTER_NAMES,
  normalizeQuery,
  urlHoldsQuery,
  type DirectoryFilterOptions as FilterOptions,
  type DirectoryQuery,
  type DirectoryWeights as Weights,
} from './directory-query.js';

/** Strict, so a misspelt key is reported instead of silently doing nothing. */
export const DirectoryFilterOptions: z.ZodMiniType<FilterOptions> = z.strictObject({
  preset: z.optional(
    z.strictObject(z.omit(MentorQuery, { cursor: true, limit: true, weights: true }).shape),
  ),
  hide: z.optional(z.array(z.enum(FILTER_NAMES))),
});

export const DirectoryWeights: z.ZodMiniType<Weights> = z.partialRecord(
  MatchReasonKind,
  z.number().check(z.gte(0), z.lte(100)),
);

/** The search held in the page URL, or null when the URL holds none (or an invalid one). */
export function queryFromUrl(search: string): DirectoryQuery | null {
  const params = new URLSearchParams(search);
  if (!urlHoldsQuery(params)) return null;
  const parsed = mentorQueryFromSearchParams(params);
  if (!parsed.success) return null;
  const { cursor: _cursor, limit: _limit, weights: _weights, ...query } = parsed.data;
  return normalizeQuery(query);
}
