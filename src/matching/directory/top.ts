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
    const worse = (i: number, j: number) => this.compare(heap[i]!, heap[j]!) > 0;
    const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
    if (heap.length < this.k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1)
        swap(i, (i - 1) >> 1);
      return;
    }
    // A newcomer only enters when it beats the worst kept item.
    if (this.compare(item, heap[0]!) >= 0) return;
    heap[0] = item;
    for (let i = 0; ;) {
      const left = 2 * i + 1;
      let worst = i;
      if (left < heap.length && worse(left, worst)) worst = left;
      if (left + 1 < heap.length && worse(left + 1, worst)) worst = left + 1;
      if (worst === i) return;
      swap(i, worst);
      i = worst;
    }
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
