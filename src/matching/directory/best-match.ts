// Best-match top-k without scoring every mentor, and exact (MaxScore style): a mentor's skills
// and interests points depend only on how many of the viewer's words it holds, and every other
// criterion has a ceiling (`restBound`). Walking the posting lists of the viewer's words counts
// those words for the mentors that hold any (`groupByWords`, kept per viewer by the directory);
// mentors are then scored in groups of equal counts, best group first, and the walk stops once
// the k-th best score beats what the next group could reach with every other criterion at its
// best. Mentors holding none of the words form the last group, usually never visited.
import { scoreFromTenths } from '../score.js';
import type { MentorTable } from './mentor-table.js';
import { SKILL_WORDS, TOPIC_WORDS } from './mentor-slot.js';
import type { CompiledScorer } from './scorer.js';
import type { Postings } from './postings.js';
import { firstInOrder, TopK } from './top.js';

/**
 * Adds `weight` times how often the viewer asked for each word to `found[p]` of the mentors
 * holding it, and appends mentors seen for the first time (found was 0) to `touched`.
 */
function countWords(
  postings: Postings,
  counts: Int32Array,
  weight: number,
  found: Int32Array,
  touched: number[],
): void {
  for (let term = 0; term < counts.length; term++) {
    const times = counts[term]! * weight;
    if (times === 0) continue;
    const list = postings.of(term);
    for (let i = 0; i < list.length; i++) {
      const position = list[i]!;
      if (found[position] === 0) touched.push(position);
      found[position]! += times;
    }
  }
}

/** Best-match order: score (filled in `scores`), then id. */
function byBestMatch(table: MentorTable, scores: Int32Array) {
  const ranks = table.idRanks();
  return (a: number, b: number) => scores[b]! - scores[a]! || ranks[a]! - ranks[b]!;
}

/**
 * The mentors holding any of a viewer's words, grouped by how many they hold: group g is
 * `skills found * columns + interests found`. It depends only on the viewer's wanted skills and
 * interests and on the mentors' words, not on weights, filters or the day, so a directory keeps
 * it between one viewer's searches (until a mentor's words change).
 */
export interface WordGroups {
  /** One more than the viewer's interests (`interestTenths.length`). */
  columns: number;
  /** The groups that hold mentors (group 0, holding none of the words, is not listed). */
  groups: number[];
  /** Per group: where its mentors start in `ordered`, and how many there are. */
  starts: Int32Array;
  sizes: Int32Array;
  /** The positions of the mentors holding any word, group by group. */
  ordered: Int32Array;
}

export function groupByWords(table: MentorTable, scorer: CompiledScorer): WordGroups {
  const columns = scorer.interestTenths.length;
  const found = table.scratch('wordsFound');
  const touched: number[] = [];
  countWords(table.postings[SKILL_WORDS]!, scorer.wanted, columns, found, touched);
  countWords(table.postings[TOPIC_WORDS]!, scorer.liked, 1, found, touched);
  // A counting sort of the touched mentors by group.
  const sizes = new Int32Array(scorer.skillTenths.length * columns);
  for (let i = 0; i < touched.length; i++) sizes[found[touched[i]!]!]!++;
  const groups: number[] = [];
  const starts = new Int32Array(sizes.length);
  for (let g = 1, next = 0; g < sizes.length; g++) {
    if (sizes[g] === 0) continue;
    groups.push(g);
    starts[g] = next;
    next += sizes[g]!;
  }
  const ordered = new Int32Array(touched.length);
  const fill = starts.slice();
  for (let i = 0; i < touched.length; i++) {
    const position = touched[i]!;
    ordered[fill[found[position]!]!++] = position;
    found[position] = 0;
  }
  return { columns, groups, starts, sizes, ordered };
}

/**
 * The first `k` mentors in best-match order (score, then id), among those `failed` leaves in
 * (`failed` null: every mentor). Fills `scores` for the mentors it scored. `groups`: the
 * viewer's `groupByWords`, when kept from an earlier search.
 */
export function bestMatches(
  table: MentorTable,
  scorer: CompiledScorer,
  k: number,
  failed: Int32Array | null,
  scores: Int32Array,
  groups: WordGroups = groupByWords(table, scorer),
): number[] {
  if (k <= 0) return [];
  const top = new TopK(k, byBestMatch(table, scores));
  const { skillTenths, interestTenths, restBound } = scorer;
  const { columns, starts, sizes, ordered } = groups;
  const pointsOf = (g: number) =>
    skillTenths[Math.floor(g / columns)]! + interestTenths[g % columns]!;
  const consider = (position: number, points: number) => {
    if (failed && failed[position] !== 0) return;
    scores[position] = scoreFromTenths(points + scorer.rest(position));
    top.offer(position);
  };
  // Best group first (the points depend on the weights of this search).
  const order = [0, ...groups.groups].sort((a, b) => pointsOf(b) - pointsOf(a));
  for (const g of order) {
    const points = pointsOf(g);
    // Equal scores go by id, so only a strictly better k-th score rules a group out.
    if (top.full && scores[top.worst()]! > scoreFromTenths(points + restBound)) break;
    if (g !== 0) {
      for (let i = starts[g]!; i < starts[g]! + sizes[g]!; i++) consider(ordered[i]!, points);
      continue;
    }
    // Group 0, the mentors holding none of the words: every position not in `ordered`.
    const holdsWords = table.scratch('wordsFound');
    for (let i = 0; i < ordered.length; i++) holdsWords[ordered[i]!] = 1;
    for (let position = 0; position < table.size; position++)
      if (holdsWords[position] === 0) consider(position, points);
    for (let i = 0; i < ordered.length; i++) holdsWords[ordered[i]!] = 0;
  }
  return top.sorted();
}

/**
 * The first `k` of `positions` in best-match order, each scored in full (skipping those `failed`
 * marks): for a selective filter, cheaper than walking the groups of the viewer's words, most of
 * whose mentors the filter leaves out.
 */
export function bestAmong(
  table: MentorTable,
  scorer: CompiledScorer,
  k: number,
  positions: ArrayLike<number>,
  failed: Int32Array | null,
  scores: Int32Array,
): number[] {
  if (k <= 0) return [];
  const top = new TopK(k, byBestMatch(table, scores));
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    if (failed && failed[position] !== 0) continue;
    scores[position] = scorer.score(position);
    top.offer(position);
  }
  return top.sorted();
}

/** The reference: every mentor scored, then ordered (what `bestMatches` must equal). */
export function bestMatchesByFullScoring(
  table: MentorTable,
  scorer: CompiledScorer,
  k: number,
  failed: Int32Array | null,
  scores: Int32Array,
): number[] {
  const shown: number[] = [];
  for (let position = 0; position < table.size; position++) {
    if (failed && failed[position] !== 0) continue;
    scores[position] = scorer.score(position);
    shown.push(position);
  }
  return firstInOrder(shown, k, byBestMatch(table, scores));
}
