// The first `count` items in `compare` order without sorting them all: a bounded max-heap keeps
// the best so far, so a page of 20 out of 100,000 mentors costs about one comparison per mentor.

/** The best `k` items offered one at a time, kept in a bounded heap (worst kept item on top). */
export class TopK<T> {
  readonly #heap: T[] = [];

  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  get full(): boolean {
    return this.#heap.length >= this.k;
  }

  /** The worst item kept (call only when there is one). */
  worst(): T {
    return this.#heap[0]!;
  }

  offer(item: T): void {
    const heap = this.#heap;
    if (heap.length < this.k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && this.#worse(i, (i - 1) >> 1); i = (i - 1) >> 1)
        this.#swap(i, (i - 1) >> 1);
      return;
    }
    // A newcomer only enters when it beats the worst kept item.
    if (this.compare(item, heap[0]!) >= 0) return;
    heap[0] = item;
    for (let i = 0; ;) {
      const left = 2 * i + 1;
      let worst = i;
      if (left < heap.length && this.#worse(left, worst)) worst = left;
      if (left + 1 < heap.length && this.#worse(left + 1, worst)) worst = left + 1;
      if (worst === i) return;
      this.#swap(i, worst);
      i = worst;
    }
  }

  #worse(i: number, j: number): boolean {
    return this.compare(this.#heap[i]!, this.#heap[j]!) > 0;
  }

  #swap(i: number, j: number): void {
    const heap = this.#heap;
    const kept = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = kept;
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.#heap].sort(this.compare);
  }
}

export function firstInOrder<T>(
  items: ArrayLike<T>,
  count: number,
  compare: (a: T, b: T) => number,
): T[] {
  if (count <= 0) return [];
  if (count * 4 >= items.length) return Array.from(items).sort(compare).slice(0, count);
  const top = new TopK(count, compare);
  for (let index = 0; index < items.length; index++) top.offer(items[index]!);
  return top.sorted();
}
