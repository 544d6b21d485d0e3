// The directory as one searchable index, shared by the memory API and the reference server: the
// same filters, facet counts, sort orders and best-match scores everywhere. One pass over the
// mentors filters, counts facets and scores; only the requested page is put in order.
import type { Facets, MentorQuery } from '../../contract/index.js';
import { isoDay, type MenteeSubject } from '../score.js';
import { compareIds, compareResponseKeys } from '../search.js';
import { resolveWeights } from '../weights.js';
import { FacetCounter } from './facets.js';
import { compileFilters } from './filters.js';
import type { DirectoryEntry } from './mentor-slot.js';
import { MentorTable } from './mentor-table.js';
import { compileScorer } from './scorer.js';
import { firstInOrder } from './top.js';

export interface DirectorySearch {
  query: MentorQuery;
  /** The viewer as a mentee; null for viewers without a mentee profile (no best match). */
  subject: MenteeSubject | null;
  now: Date;
  offset: number;
  limit: number;
}

export interface DirectoryResult {
  /** Mentor ids of the requested page, in order. */
  ids: string[];
  /** Mentors matching the whole query. */
  total: number;
  facets: Facets;
}

export class DirectoryIndex {
  readonly #table = new MentorTable();

  get size(): number {
    return this.#table.size;
  }

  has(id: string): boolean {
    return this.#table.has(id);
  }

  /** Adds a mentor, or replaces what the index knows of them. */
  upsert(entry: DirectoryEntry): void {
    this.#table.upsert(entry);
  }

  remove(id: string): void {
    this.#table.remove(id);
  }

  search({ query, subject, now, offset, limit }: DirectorySearch): DirectoryResult {
    const table = this.#table;
    const failedOf = compileFilters(query, now, table);
    const counter = new FacetCounter(table);
    const available = table.availableOn(isoDay(now));
    const buffer = table.scratch('shown');
    let count = 0;
    for (let position = 0; position < table.size; position++) {
      const failed = failedOf(position);
      counter.add(position, failed, available[position] === 1);
      if (failed === 0) buffer[count++] = position;
    }
    const shown = buffer.subarray(0, count);
    const { slots } = table;
    const sort = query.sort ?? (subject ? 'match' : 'name');
    let compare: (a: number, b: number) => number;
    if (sort === 'match' && subject) {
      const scoreOf = compileScorer(subject, resolveWeights(query.weights), now, table);
      const scores = table.scratch('scores');
      for (const position of shown) scores[position] = scoreOf(position);
      compare = (a, b) => scores[b]! - scores[a]! || compareIds(slots[a]!.id, slots[b]!.id);
    } else if (sort === 'responsive') {
      const { responseHours: hours, answeredShare: share } = table;
      compare = (a, b) =>
        compareResponseKeys(hours[a]!, share[a]!, hours[b]!, share[b]!) ||
        compareIds(slots[a]!.id, slots[b]!.id);
    } else {
      const rank = table.nameRank();
      compare = (a, b) => rank[a]! - rank[b]!;
    }
    const page = firstInOrder(shown, offset + limit, compare).slice(offset);
    return {
      ids: page.map((position) => slots[position]!.id),
      total: count,
      facets: counter.facets(query),
    };
  }
}
