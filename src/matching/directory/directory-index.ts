// The directory as one searchable index, shared by the memory API and the reference server: the
// same filters, facet counts, sort orders and best-match scores everywhere. What a search builds
// and the next can reuse is kept until a change it can see: each filter combination's mask and
// facet counts, each viewer's word groups; only the requested page is scored and put in order.
import type { Facets, MentorQuery } from '../../contract/index.js';
import { blockedMentorIds } from '../conflicts.js';
import { isoDay, type MenteeSubject } from '../score.js';
import { resolveWeights } from '../weights.js';
import { FacetCounter } from './facets.js';
import type { DirectoryEntry } from './mentor-slot.js';
import { MentorTable } from './mentor-table.js';
import { bestAmong, bestMatches, groupByWords, type WordGroups } from './best-match.js';
import { FilterMasks } from './filter-masks.js';
import { KeptCache } from './kept-cache.js';
import { compileScorer } from './scorer.js';

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
  /**
   * The kept counts: the same object until the counts change, shared by every search that has
   * them. Never change it (copy it first); the server keys their JSON text on it.
   */
  facets: Readonly<Facets>;
}

/** Facet counts of recent filter combinations (pages 2, 3... and popular filters reuse them). */
const FACET_CACHE_SIZE = 200;

/**
 * What facet counts depend on: the filters (not sort or paging), the viewer only through the
 * mentors hidden for them, the day and hour.
 */
function facetKey(query: MentorQuery, now: Date, hidden: readonly string[]): string {
  const { q, skills, languages, locations, departments, programTypes } = query;
  const { utcOffsetMin, utcOffsetMax, available } = query;
  const filters = [q, skills, languages, locations, departments, programTypes];
  // Availability changes with the day, time-zone offsets at most with the hour.
  const hour = Math.floor(now.getTime() / 3_600_000);
  return JSON.stringify([...filters, utcOffsetMin, utcOffsetMax, available ?? false, hidden, hour]);
}

/**
 * Each viewer's mentors grouped by the words they share (best-match.ts), by wanted skills and
 * interests: 4 bytes per mentor holding any of them, so 16M numbers (64 MB) keep a few hundred
 * viewers at 100,000 mentors and thousands at 10,000.
 */
const KEPT_WORD_GROUPS = 16_000_000;

/**
 * A filter showing at most 1 in 64 mentors (a name typed, a rare skill) is selective: scoring
 * each shown mentor in full costs less than walking the groups of the viewer's words, most of
 * whose mentors it leaves out. (Measured at 100,000 mentors: at 1 in 25 the walk is 3x faster.)
 */
const SELECTIVE = 64;

const wordsKey = ({ mentee }: MenteeSubject) =>
  JSON.stringify([mentee.wantedSkills, mentee.interests]);

export class DirectoryIndex {
  readonly #table = new MentorTable();
  /**
   * Moves on with every change a filter or a count could see (not new responsiveness or a
   * filled spot): the kept masks and facet counts are then rebuilt.
   */
  #filtersVersion = 0;
  readonly #facets = new KeptCache<Facets>(FACET_CACHE_SIZE, () => 1);
  readonly #masks = new FilterMasks();
  readonly #wordGroups = new KeptCache<WordGroups>(
    KEPT_WORD_GROUPS,
    (groups) => groups.ordered.length + groups.sizes.length,
  );

  get size(): number {
    return this.#table.size;
  }

  has(id: string): boolean {
    return this.#table.has(id);
  }

  /** Adds a mentor, or replaces what the index knows of them. */
  upsert(entry: DirectoryEntry): void {
    if (this.#table.upsert(entry)) this.#filtersChanged();
  }

  remove(id: string): void {
    this.#table.remove(id);
    this.#filtersChanged();
  }

  /** Forgets every kept mask, count and word group (what a warm-up built for nobody real). */
  forgetKept(): void {
    this.#facets.clear();
    this.#masks.clear();
    this.#wordGroups.clear();
  }

  #filtersChanged(): void {
    this.#filtersVersion++;
  }

  search({ query, subject, now, offset, limit }: DirectorySearch): DirectoryResult {
    const table = this.#table;
    const hidden = query.hideBlocked && subject ? blockedMentorIds(subject.person) : [];
    const filtersKey = facetKey(query, now, []);
    const version = this.#filtersVersion;
    const shown = this.#masks.shown(table, query, now, { key: filtersKey, version }, hidden);
    const { failed, positions, total } = shown;
    const key = hidden.length ? facetKey(query, now, hidden) : filtersKey;
    const facets = this.#facets.get(key, version, () => this.#countFacets(query, now, failed));
    const sort = query.sort ?? (subject ? 'match' : 'name');
    let page: number[];
    if (sort === 'match' && subject) {
      const scorer = compileScorer(subject, resolveWeights(query.weights), now, table);
      const scores = table.scratch('scores');
      if (positions && positions.length * SELECTIVE <= table.size) {
        page = bestAmong(table, scorer, offset + limit, positions, failed, scores);
      } else {
        const groups = this.#wordGroups.get(wordsKey(subject), table.postingsVersion, () =>
          groupByWords(table, scorer),
        );
        page = bestMatches(table, scorer, offset + limit, failed, scores, groups);
      }
    } else {
      page = this.#inOrder(sort, offset + limit, failed);
    }
    page = page.slice(offset);
    const { slots } = table;
    return {
      ids: page.map((position) => slots[position]!.id),
      total,
      facets,
    };
  }

  /** Facet counts need, for every mentor, which filters it fails. */
  #countFacets(query: MentorQuery, now: Date, failed: Int32Array | null): Facets {
    const table = this.#table;
    const counter = new FacetCounter(table);
    const available = table.availableOn(isoDay(now));
    for (let position = 0; position < table.size; position++)
      counter.add(position, failed ? failed[position]! : 0, available[position] === 1);
    return counter.facets(query);
  }

  /**
   * The first `count` shown mentors by name or responsiveness: the table keeps every mentor in
   * both orders, so a page walks the order until it has `count` shown ones.
   */
  #inOrder(sort: 'name' | 'responsive' | 'match', count: number, failed: Int32Array | null) {
    const table = this.#table;
    const order = sort === 'responsive' ? table.responsiveOrder() : table.nameOrder();
    const page: number[] = [];
    for (let i = 0; i < order.length && page.length < count; i++)
      if (!failed || failed[order[i]!] === 0) page.push(order[i]!);
    return page;
  }
}
