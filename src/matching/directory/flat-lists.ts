// Every mentor's id lists (facet values, scoring words) in one flat Int32Array: a search walks
// 100,000 mentors through contiguous memory instead of 900,000 tiny arrays. A replaced or removed
// mentor's block becomes garbage until the next compaction.

/** A copy of `array` with room for at least `length` numbers (doubling, so appends stay cheap). */
function withRoom(array: Int32Array, length: number): Int32Array {
  if (length <= array.length) return array;
  const grown = new Int32Array(Math.max(length, array.length * 2, 1024));
  grown.set(array);
  return grown;
}

export class FlatLists {
  /** The lists of all mentors, block after block (only the first `used` numbers count). */
  data: Int32Array = new Int32Array(0);
  /** For position p, list k runs from bounds[p * stride + k] to bounds[p * stride + k + 1]. */
  bounds: Int32Array = new Int32Array(0);
  readonly stride: number;
  #used = 0;
  #count = 0;
  #garbage = 0;

  constructor(readonly width: number) {
    this.stride = width + 1;
  }

  /** List `k` of the mentor at `position` (a view: copy it before the next write). */
  list(position: number, k: number): Int32Array {
    const base = position * this.stride + k;
    return this.data.subarray(this.bounds[base]!, this.bounds[base + 1]!);
  }

  /** Writes the lists of the mentor at `position` (`position === count` appends one). */
  put(position: number, lists: readonly (readonly number[])[]): void {
    if (position < this.#count) this.#garbage += this.#length(position);
    else this.#count++;
    const length = lists.reduce((sum, list) => sum + list.length, 0);
    this.data = withRoom(this.data, this.#used + length);
    this.bounds = withRoom(this.bounds, this.#count * this.stride);
    const base = position * this.stride;
    for (let k = 0; k < this.width; k++) {
      this.bounds[base + k] = this.#used;
      this.data.set(lists[k]!, this.#used);
      this.#used += lists[k]!.length;
    }
    this.bounds[base + this.width] = this.#used;
    this.#compactWhenMostlyGarbage();
  }

  /** Drops the mentor at `position`; the last mentor moves into its place. */
  removeMovingLast(position: number): void {
    this.#garbage += this.#length(position);
    const last = --this.#count;
    this.bounds.copyWithin(position * this.stride, last * this.stride, (last + 1) * this.stride);
    this.#compactWhenMostlyGarbage();
  }

  #length(position: number): number {
    const base = position * this.stride;
    return this.bounds[base + this.width]! - this.bounds[base]!;
  }

  #compactWhenMostlyGarbage(): void {
    if (this.#garbage < 4096 || this.#garbage * 2 < this.#used) return;
    const data = new Int32Array(Math.max(1024, (this.#used - this.#garbage) * 2));
    let used = 0;
    for (let position = 0; position < this.#count; position++) {
      const base = position * this.stride;
      const from = this.bounds[base]!;
      const to = this.bounds[base + this.width]!;
      data.set(this.data.subarray(from, to), used);
      for (let k = 0; k <= this.width; k++)
        this.bounds[base + k] = this.bounds[base + k]! - from + used;
      used += to - from;
    }
    this.data = data;
    this.#used = used;
    this.#garbage = 0;
  }
}
