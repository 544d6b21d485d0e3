// Facet counts and totals of a directory search cost a scan of every matching mentor; they are
// kept per filter combination for a short while. Accepting a request (a mentor's open spots
// change) clears the cache of this process; other processes catch up within the TTL.
import type { Facets, MentorQuery } from '../../src/contract/index.js';

export interface Counted {
  facets: Facets;
  total: number;
}

export class FacetCache {
  readonly #entries = new Map<string, { at: number; value: Counted }>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 1_000,
  ) {}

  static key(programId: string, query: MentorQuery, today: string): string {
    const {
      q,
      skills,
      languages,
      locations,
      departments,
      programTypes,
      utcOffsetMin,
      utcOffsetMax,
      available,
    } = query;
    return JSON.stringify([
      programId,
      today,
      q ?? '',
      skills,
      languages,
      locations,
      departments,
      programTypes,
      utcOffsetMin,
      utcOffsetMax,
      available ?? false,
    ]);
  }

  get(key: string, now: number): Counted | undefined {
    const entry = this.#entries.get(key);
    if (!entry || now - entry.at > this.ttlMs) return undefined;
    return entry.value;
  }

  set(key: string, value: Counted, now: number): void {
    if (this.#entries.size >= this.maxEntries)
      this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, { at: now, value });
  }

  clear(): void {
    this.#entries.clear();
  }
}
