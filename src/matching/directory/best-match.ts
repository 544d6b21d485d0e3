// Best-match top-k without scoring every mentor, and exact (MaxScore style): a mentor's skills and
// interests points depend only on how many of the viewer's words it holds, every other criterion
// is capped by `restBound`. Walking the posting lists of the viewer's words counts those words for
// the mentors that hold any; mentors are then visited in groups of equal skills+interests points,
// best group first, and the walk stops once the k-th best score beats what the next group could
// reach even with every other criterion at its best. Mentors holding none of the words form the
// last group, usually never visited.
import { scoreFromTenths } from '../score.js';
import { compareIds } from '../search.js';
import type { MentorTable } from './mentor-table.js';
import type { CompiledScorer } from './scorer.js';
import { firstInOrder, TopK } from './top.js';

/** Counts, per mentor, the viewer's words it holds; returns the mentors holding at least one. */
function countWords(
  table: MentorTable,
  scorer: CompiledScorer,
  skills: Int32Array,
  topics: Int32Array,
) {
  const touched: number[] = [];
  const walk = (postingsIndex: 0 | 1, counts: Int32Array, found: Int32Array, other: Int32Array) => {
    const postings = table.postings[postingsIndex];
    for (let term = 0; term < counts.length; term++) {
      const times = counts[term]!;
      if (times === 0) continue;
      for (const position of postings.of(term)) {
        if (found[position] === 0 && other[position] === 0) touched.push(position);
        found[position]! += times;
      }
    }
  };
  walk(0, scorer.wanted, skills, topics);
  walk(1, scorer.liked, topics, skills);
  return touched;
}

/**
 * The first `k` mentors in best-match order (score, then id), among those `failed` leaves in
 * (`failed` null: every mentor). Fills `scores` for the mentors it returns.
 */
export function bestMatches(
  table: MentorTable,
  scorer: CompiledScorer,
  k: number,
  failed: Int32Array | null,
  scores: Int32Array,
): number[] {
  if (k <= 0) return [];
  const { slots } = table;
  const compare = (a: number, b: number) =>
    scores[b]! - scores[a]! || compareIds(slots[a]!.id, slots[b]!.id);
  const skills = table.scratch('skillsFound');
  const topics = table.scratch('topicsFound');
  const touched = countWords(table, scorer, skills, topics);
  const { skillTenths, interestTenths, restBound } = scorer;
  const points = (position: number) =>
    skillTenths[skills[position]!]! + interestTenths[topics[position]!]!;

  // Group the touched mentors by their skills+interests points, best first (a counting sort).
  const groupOf = new Map<number, number>();
  for (const position of touched) {
    const value = points(position);
    groupOf.set(value, (groupOf.get(value) ?? 0) + 1);
  }
  const untouchedPoints = skillTenths[0]! + interestTenths[0]!;
  const groups = [...groupOf.keys(), untouchedPoints]
    .filter((value, i, all) => all.indexOf(value) === i)
    .sort((a, b) => b - a);
  const starts = new Map<number, number>();
  let next = 0;
  for (const value of groups) {
    starts.set(value, next);
    next += groupOf.get(value) ?? 0;
  }
  const ordered = new Int32Array(touched.length);
  const fill = new Map(starts);
  for (const position of touched) {
    const value = points(position);
    const at = fill.get(value)!;
    ordered[at] = position;
    fill.set(value, at + 1);
  }

  const top = new TopK(k, compare);
  const consider = (position: number) => {
    if (failed && failed[position] !== 0) return;
    scores[position] = scoreFromTenths(points(position) + scorer.rest(position));
    top.offer(position);
  };
  for (const value of groups) {
    // Equal scores go by id, so only a strictly better k-th score rules a group out.
    if (top.full && scores[top.worst()]! > scoreFromTenths(value + restBound)) break;
    const from = starts.get(value)!;
    const to = from + (groupOf.get(value) ?? 0);
    for (let i = from; i < to; i++) consider(ordered[i]!);
    if (value === untouchedPoints)
      for (let position = 0; position < table.size; position++)
        if (skills[position] === 0 && topics[position] === 0) consider(position);
  }
  for (const position of touched) skills[position] = topics[position] = 0;
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
  const { slots } = table;
  const shown: number[] = [];
  for (let position = 0; position < table.size; position++) {
    if (failed && failed[position] !== 0) continue;
    scores[position] = scorer.score(position);
    shown.push(position);
  }
  return firstInOrder(
    shown,
    k,
    (a, b) => scores[b]! - scores[a]! || compareIds(slots[a]!.id, slots[b]!.id),
  );
}
