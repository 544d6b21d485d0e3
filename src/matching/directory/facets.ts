// Facet counts say "what choosing this value would give": a mentor counts for a facet when it
// passes every filter except, possibly, that facet's own. Selected values are always listed.
import type { FacetCount, Facets, MentorQuery } from '../../contract/index.js';
import { compareIds } from '../search.js';
import { FACET_KEYS, filterBit, type FacetKey } from './filters.js';
import type { MentorTable } from './mentor-table.js';

const FACET_LIMIT = 40;

export class FacetCounter {
  /** Counts per facet (FACET_KEYS order), per value id. */
  readonly #counts: Int32Array[];
  /** Per facet: the filter bits that keep a mentor out of its counts (all but its own). */
  readonly #blocking = FACET_KEYS.map((key) => ~filterBit(key));
  readonly #availableBlocking = ~filterBit('available');
  #available = 0;

  constructor(private readonly table: MentorTable) {
    this.#counts = FACET_KEYS.map((key) => new Int32Array(table.terms[key].values.length));
  }

  /** Counts one mentor given its failed-filter mask and whether it is available today. */
  add(position: number, failed: number, available: boolean): void {
    if (available && (failed & this.#availableBlocking) === 0) this.#available++;
    const { data, bounds, stride } = this.table.lists;
    for (let facet = 0; facet < FACET_KEYS.length; facet++) {
      if ((failed & this.#blocking[facet]!) !== 0) continue;
      const counts = this.#counts[facet]!;
      const base = position * stride + facet;
      for (let i = bounds[base]!; i < bounds[base + 1]!; i++) counts[data[i]!]!++;
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
    const values = this.table.terms[key].values;
    const counts: FacetCount[] = [];
    this.#counts[FACET_KEYS.indexOf(key)]!.forEach((count, id) => {
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
