// The directory as one searchable index, shared by the memory API and the reference server: the
// same filters, facet counts, sort orders and best-match scores everywhere. One pass over the
// mentors filters, counts facets and scores; only the requested page is put in order.
import type { Facets, MentorQuery } from '../../contract/index.js';
import { isAvailableOn, isoDay, type MenteeSubject } from '../score.js';
import { compareIds, compareNames, compareResponsiveness } from '../search.js';
import { resolveWeights } from '../weights.js';
import { FacetCounter } from './facets.js';
import { compileFilters } from './filters.js';
import { DirectoryTerms, toSlot, type DirectoryEntry, type MentorSlot } from './mentor-slot.js';
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
  readonly #terms = new DirectoryTerms();
  readonly #slots: MentorSlot[] = [];
  readonly #positions = new Map<string, number>();

  get size(): number {
    return this.#slots.length;
  }

  has(id: string): boolean {
    return this.#positions.has(id);
  }

  /** Adds a mentor, or replaces what the index knows of them. */
  upsert(entry: DirectoryEntry): void {
    const slot = toSlot(entry, this.#terms);
    const position = this.#positions.get(entry.id);
    if (position === undefined) {
      this.#positions.set(entry.id, this.#slots.length);
      this.#slots.push(slot);
    } else this.#slots[position] = slot;
  }

  remove(id: string): void {
    const position = this.#positions.get(id);
    if (position === undefined) return;
    // Move the last slot into the hole, so the slots stay dense.
    const last = this.#slots.pop()!;
    this.#positions.delete(id);
    if (last.id !== id) {
      this.#slots[position] = last;
      this.#positions.set(last.id, position);
    }
  }

  search({ query, subject, now, offset, limit }: DirectorySearch): DirectoryResult {
    const failedOf = compileFilters(query, now, this.#terms);
    const counter = new FacetCounter(this.#terms);
    const today = isoDay(now);
    const slots = this.#slots;
    // Positions of the shown mentors: sorting numbers avoids an object per mentor.
    const shown: number[] = [];
    slots.forEach((slot, position) => {
      const failed = failedOf(slot);
      counter.add(slot, failed, isAvailableOn(slot, today));
      if (failed === 0) shown.push(position);
    });
    const sort = query.sort ?? (subject ? 'match' : 'name');
    let compare: (a: number, b: number) => number;
    if (sort === 'match' && subject) {
      const scoreOf = compileScorer(subject, resolveWeights(query.weights), now, this.#terms);
      const scores = new Int32Array(slots.length);
      for (const position of shown) scores[position] = scoreOf(slots[position]!);
      compare = (a, b) => scores[b]! - scores[a]! || compareIds(slots[a]!.id, slots[b]!.id);
    } else {
      const order = sort === 'responsive' ? compareResponsiveness : compareNames;
      compare = (a, b) => order(slots[a]!, slots[b]!);
    }
    const page = firstInOrder(shown, offset + limit, compare).slice(offset);
    return {
      ids: page.map((position) => slots[position]!.id),
      total: shown.length,
      facets: counter.facets(query),
    };
  }
}
