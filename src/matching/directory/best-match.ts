// Best-match top-k without scoring every mentor, and exact (MaxScore style): a mentor's skills
// and interests points depend only on how many of the viewer's words it holds, and every other
// criterion has a ceiling (`restBound`). Walking the posting lists of the viewer's words counts
// those words for the mentors that hold any; mentors are then scored in groups of equal counts,
// best group first, and the walk stops once the k-th best score beats what the next group could
// reach with every other criterion at its best. Mentors holding none of the words form the last
// group, usually never visited.
import { scoreFromTenths } from '../score.js';
import { compareIds } from '../search.js';
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
  const { slots } = table;
  return (a: number, b: number) =>
    scores[b]! - scores[a]! || compareIds(slots[a]!.id, slots[b]!.id);
}

/**
 * The first `k` mentors in best-match order (score, then id), among those `failed` leaves in
 * (`failed` null: every mentor). Fills `scores` for the mentors it scored.
 */
export function bestMatches(
  table: MentorTable,
  scorer: CompiledScorer,
  k: number,
  failed: Int32Array | null,
  scores: Int32Array,
): number[] {
  if (k <= 0) return [];
  const compare = byBestMatch(table, scores);
  const { skillTenths, interestTenths, restBound } = scorer;
  // One number per mentor: skills found * columns + interests found, i.e. its group.
  const columns = interestTenths.length;
  const group = table.scratch('wordsFound');
  const touched: number[] = [];
  countWords(table.postings[SKILL_WORDS]!, scorer.wanted, columns, group, touched);
  countWords(table.postings[TOPIC_WORDS]!, scorer.liked, 1, group, touched);
  const pointsOf = (g: number) =>
    skillTenths[Math.floor(g / columns)]! + interestTenths[g % columns]!;

  // A counting sort of the touched mentors by group; group 0 is every untouched mentor.
  const sizes = new Int32Array(skillTenths.length * columns);
  for (let i = 0; i < touched.length; i++) sizes[group[touched[i]!]!]!++;
  const groups = [0];
  for (let g = 1; g < sizes.length; g++) if (sizes[g]! > 0) groups.push(g);
  groups.sort((a, b) => pointsOf(b) - pointsOf(a));
  const starts = new Int32Array(sizes.length);
  let next = 0;
  for (const g of groups) {
    starts[g] = next;
    next += sizes[g]!;
  }
  const ordered = new Int32Array(touched.length);
  const fill = starts.slice();
  for (let i = 0; i < touched.length; i++) ordered[fill[group[touched[i]!]!]!++] = touched[i]!;

  const top = new TopK(k, compare);
  const consider = (position: number, points: number) => {
    if (failed && failed[position] !== 0) return;
    scores[position] = scoreFromTenths(points + scorer.rest(position));
    top.offer(position);
  };
  for (const g of groups) {
    const points = pointsOf(g);
    // Equal scores go by id, so only a strictly better k-th score rules a group out.
    if (top.full && scores[top.worst()]! > scoreFromTenths(points + restBound)) break;
    for (let i = starts[g]!; i < starts[g]! + sizes[g]!; i++) consider(ordered[i]!, points);
    if (g === 0)
      for (let position = 0; position < table.size; position++)
        if (group[position] === 0) consider(position, points);
  }
  for (let i = 0; i < touched.length; i++) group[touched[i]!] = 0;
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
