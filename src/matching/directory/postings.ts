// Posting lists: for each interned word, the positions of the mentors whose list holds it. Best
// match walks only the lists of the viewer's wanted skills and interests (see best-match.ts)
// instead of every mentor. Order inside a list does not matter, so edits are swap-removes.

export class Postings {
  readonly #lists: number[][] = [];

  /** The positions of mentors holding `term` (do not change the array). */
  of(term: number): readonly number[] {
    return this.#lists[term] ?? [];
  }

  add(terms: ArrayLike<number>, position: number): void {
    for (let i = 0; i < terms.length; i++) (this.#lists[terms[i]!] ??= []).push(position);
  }

  delete(terms: ArrayLike<number>, position: number): void {
    for (let i = 0; i < terms.length; i++) {
      const list = this.#lists[terms[i]!]!;
      const at = list.lastIndexOf(position);
      list[at] = list[list.length - 1]!;
      list.pop();
    }
  }

  /** The mentor at `from` now sits at `to` (a removal moved the last mentor into a hole). */
  move(terms: ArrayLike<number>, from: number, to: number): void {
    for (let i = 0; i < terms.length; i++) {
      const list = this.#lists[terms[i]!]!;
      list[list.lastIndexOf(from)] = to;
    }
  }
}

/** Whether two id lists hold the same ids in the same order (most upserts leave words alone). */
export function sameIds(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
