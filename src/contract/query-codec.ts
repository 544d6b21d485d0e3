// URL query <-> query objects for GET /mentors and GET /requests, without zod: writing a query,
// and reading one back unvalidated (./query-params.ts validates it against the contract). The
// client, the server and the directory's URL sync all use these, so a search reads the same in
// every address bar and log; the directory's first load carries no zod.
import type { MentorQuery } from './directory.js';
import type { RequestQuery } from './request.js';

type Kind = 'string' | 'number' | 'boolean' | 'list';

// Fixed key order keeps URLs stable (equal queries give equal strings, so history does not fill
// with duplicates when only the object's key order differs).
const MENTOR_KEYS: Record<Exclude<keyof MentorQuery, 'weights'>, Kind> = {
  q: 'string',
  skills: 'list',
  languages: 'list',
  locations: 'list',
  departments: 'list',
  programTypes: 'list',
  utcOffsetMin: 'number',
  utcOffsetMax: 'number',
  available: 'boolean',
  hideBlocked: 'boolean',
  sort: 'string',
  cursor: 'string',
  limit: 'number',
};

const REQUEST_KEYS: Record<keyof RequestQuery, Kind> = {
  role: 'string',
  status: 'list',
  cursor: 'string',
  limit: 'number',
};

const WEIGHT_PREFIX = 'weights.';

function write(
  params: URLSearchParams,
  keys: Record<string, Kind>,
  query: Record<string, unknown>,
): void {
  for (const [key, kind] of Object.entries(keys)) {
    const value = query[key];
    if (value === undefined || value === null || value === '') continue;
    if (kind === 'list') for (const item of value as unknown[]) params.append(key, String(item));
    else params.set(key, String(value));
  }
}

/** Numbers and booleans that do not parse stay strings, so validation names the bad parameter. */
function read(params: URLSearchParams, keys: Record<string, Kind>): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [key, kind] of Object.entries(keys)) {
    if (kind === 'list') {
      const values = params.getAll(key).filter((value) => value !== '');
      if (values.length > 0) raw[key] = values;
      continue;
    }
    const value = params.get(key);
    if (value === null || value === '') continue;
    raw[key] = kind === 'number' ? toNumber(value) : kind === 'boolean' ? toBoolean(value) : value;
  }
  return raw;
}

function toNumber(value: string): number | string {
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number) ? number : value;
}

function toBoolean(value: string): boolean | string {
  return value === 'true' ? true : value === 'false' ? false : value;
}

/**
 * Serialize a directory search for `GET /mentors` (and for the page URL when the directory syncs it):
 * - arrays are repeated parameters: `skills=negotiation&skills=coaching`;
 * - booleans are `true` / `false`, numbers are plain decimals;
 * - weights are one dotted parameter per criterion: `weights.skills=40&weights.languages=10`;
 * - empty strings, `undefined` and empty arrays are left out.
 */
export function mentorQueryToSearchParams(query: MentorQuery): URLSearchParams {
  const params = new URLSearchParams();
  write(params, MENTOR_KEYS, query);
  for (const [criterion, weight] of Object.entries(query.weights ?? {})) {
    params.set(WEIGHT_PREFIX + criterion, String(weight));
  }
  return params;
}

/** Serialize `GET /requests` parameters: `role=mentor&status=pending&status=needs-info`. */
export function requestQueryToSearchParams(query: RequestQuery): URLSearchParams {
  const params = new URLSearchParams();
  write(params, REQUEST_KEYS, query);
  return params;
}

/**
 * A directory search as read from URL parameters, not validated yet (`mentorQueryFromSearchParams`
 * validates it). Unknown parameters are ignored.
 */
export function mentorQueryInput(params: URLSearchParams): Record<string, unknown> {
  const raw = read(params, MENTOR_KEYS);
  const weights: Record<string, unknown> = {};
  for (const [key, value] of params) {
    if (key.startsWith(WEIGHT_PREFIX)) weights[key.slice(WEIGHT_PREFIX.length)] = toNumber(value);
  }
  if (Object.keys(weights).length > 0) raw['weights'] = weights;
  return raw;
}

/** `GET /requests` parameters as read, not validated yet. */
export const requestQueryInput = (params: URLSearchParams): Record<string, unknown> =>
  read(params, REQUEST_KEYS);
