// Facet counts say "what choosing this value would give": a mentor counts for a facet when it
// passes every filter except, possibly, that facet's own. Selected values are always listed.
import type { FacetCount, Facets, MentorQuery } from '../../contract/index.js';
import { compareIds } from '../search.js';
import { FACET_KEYS, facetIds, filterBit, type FacetKey } from './filters.js';
import type { DirectoryTerms, MentorSlot } from './mentor-slot.js';

const FACET_LIMIT = 40;

export class FacetCounter {
  readonly #counts: Record<FacetKey, Int32Array>;
  #available = 0;

  constructor(private readonly terms: DirectoryTerms) {
    this.#counts = Object.fromEntries(
      FACET_KEYS.map((key) => [key, new Int32Array(terms[key].values.length)]),
    ) as Record<FacetKey, Int32Array>;
  }

  /** Counts one mentor given its failed-filter mask and whether it is available today. */
  add(slot: MentorSlot, failed: number, available: boolean): void {
    if (available && (failed & ~filterBit('available')) === 0) this.#available++;
    for (const key of FACET_KEYS) {
      if ((failed & ~filterBit(key)) !== 0) continue;
      const counts = this.#counts[key];
      const ids = facetIds(slot, key);
      if (typeof ids === 'number') counts[ids]!++;
      else for (const id of ids) counts[id]!++;
    }
  }

  facets(query: MentorQuery): Facets {
    const list = (key: FacetKey) => this.#list(key, query[key] ?? []);
    return {
      skills: list('skills'),
      languages: list('languages'),
      locations: list('locations'),
      departments: list('departments'),
      programTypes: list('programTypes'),
      available: this.#available,
    };
  }

  #list(key: FacetKey, selected: readonly string[]): FacetCount[] {
    const values = this.terms[key].values;
    const counts: FacetCount[] = [];
    this.#counts[key].forEach((count, id) => {
      if (count > 0) counts.push({ value: values[id]!, count });
    });
    counts.sort((a, b) => b.count - a.count || compareIds(a.value, b.value));
    const top = counts.slice(0, FACET_LIMIT);
    const same = (value: string) => (c: FacetCount) =>
      c.value.toLowerCase() === value.toLowerCase();
    for (const value of selected) {
      if (!top.some(same(value))) top.push(counts.find(same(value)) ?? { value, count: 0 });
    }
    return top;
  }
}
