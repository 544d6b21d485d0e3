// Work a search builds from the directory and the next searches can reuse (one viewer's word
// groups, one filter combination's mask or facet counts), kept by key. Entries are valid for one
// version of what they were built from (a change clears them all) and the least recently used go
// first once their summed size passes the budget, so memory stays bounded at 100,000 mentors.

interface Kept<T> {
  value: T;
  size: number;
}

export class KeptCache<T> {
  readonly #entries = new Map<string, Kept<T>>();
  #version = -1;
  #size = 0;

  /**
   * @param budget The most kept in all, in `sizeOf`'s unit (array entries, or values).
   * @param sizeOf How much one value holds.
   */
  constructor(
    private readonly budget: number,
    private readonly sizeOf: (value: T) => number,
  ) {}

  /** Forgets everything kept. */
  clear(): void {
    this.#entries.clear();
    this.#size = 0;
  }

  /** The value kept under `key` for this `version`, or else `build()`'s, kept for next time. */
  get(key: string, version: number, build: () => T): T {
    if (version !== this.#version) {
      this.clear();
      this.#version = version;
    }
    const kept = this.#entries.get(key);
    if (kept) {
      // Map order is insertion order: moved to the end, it is the most recently used.
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept.value;
    }
    const value = build();
    const size = this.sizeOf(value);
    this.#entries.set(key, { value, size });
    this.#size += size;
    for (const [oldest, entry] of this.#entries) {
      if (this.#size <= this.budget || oldest === key) break;
      this.#entries.delete(oldest);
      this.#size -= entry.size;
    }
    return value;
  }
}
