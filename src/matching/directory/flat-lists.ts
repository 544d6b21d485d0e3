// Every mentor's id lists (facet values, scoring words) in one flat array of small integers:
// a search walks 100,000 mentors through contiguous memory instead of 800,000 tiny arrays.
// A replaced or removed mentor's block becomes garbage until the next compaction.

export class FlatLists {
  /** The lists of all mentors, block after block. */
  data: number[] = [];
  /** For position p, list k runs from bounds[p * stride + k] to bounds[p * stride + k + 1]. */
  bounds: number[] = [];
  readonly stride: number;
  #count = 0;
  #garbage = 0;

  constructor(readonly width: number) {
    this.stride = width + 1;
  }

  /** Writes the lists of the mentor at `position` (`position === count` appends one). */
  put(position: number, lists: readonly (readonly number[])[]): void {
    if (position < this.#count) this.#garbage += this.#length(position);
    else this.#count++;
    const base = position * this.stride;
    for (let k = 0; k < this.width; k++) {
      this.bounds[base + k] = this.data.length;
      for (const id of lists[k]!) this.data.push(id);
    }
    this.bounds[base + this.width] = this.data.length;
    this.#compactWhenMostlyGarbage();
  }

  /** Drops the mentor at `position`; the last mentor moves into its place. */
  removeMovingLast(position: number): void {
    this.#garbage += this.#length(position);
    const last = --this.#count;
    for (let k = 0; k < this.stride; k++)
      this.bounds[position * this.stride + k] = this.bounds[last * this.stride + k]!;
    this.bounds.length = last * this.stride;
    this.#compactWhenMostlyGarbage();
  }

  #length(position: number): number {
    const base = position * this.stride;
    return this.bounds[base + this.width]! - this.bounds[base]!;
  }

  #compactWhenMostlyGarbage(): void {
    if (this.#garbage < 4096 || this.#garbage * 2 < this.data.length) return;
    const data: number[] = [];
    for (let position = 0; position < this.#count; position++) {
      const base = position * this.stride;
      const from = this.bounds[base]!;
      const shift = data.length - from;
      for (let i = from; i < this.bounds[base + this.width]!; i++) data.push(this.data[i]!);
      for (let k = 0; k <= this.width; k++) this.bounds[base + k] = this.bounds[base + k]! + shift;
    }
    this.data = data;
    this.#garbage = 0;
  }
}
