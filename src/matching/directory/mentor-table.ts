// The directory's mentors by position, column by column: the objects sorting needs, the flat id
// lists, and numbers the hot loops read (time zone, country, city, responsiveness share). Caches
// what only changes with the mentors or the day: who is available today, the name order.
import { openSpots } from '../../contract/request-rules.js';
import { isAvailableOn, responsivenessShare } from '../score.js';
import {
  answeredShareKey,
  compareIds,
  compareNames,
  compareResponseKeys,
  responseHoursKey,
} from '../search.js';
import { FlatLists } from './flat-lists.js';
import {
  compileMentor,
  DirectoryTerms,
  LIST_COUNT,
  type DirectoryEntry,
  type MentorSlot,
} from './mentor-slot.js';
import { Postings, sameIds } from './postings.js';

/** Every list has posting lists: filters and best match walk the holders of a term. */
const POSTED = Array.from({ length: LIST_COUNT }, (_, list) => list);

/** Whether two versions of a mentor are available on the same days ("open spot" filter). */
const sameOpenState = (a: MentorSlot, b: MentorSlot) =>
  openSpots(a) > 0 === openSpots(b) > 0 &&
  a.availability.status === b.availability.status &&
  a.availability.pausedUntil === b.availability.pausedUntil;

type ScratchName = 'scores' | 'failed' | 'wordsFound' | 'reached';

export class MentorTable {
  readonly terms = new DirectoryTerms();
  readonly slots: MentorSlot[] = [];
  readonly lists = new FlatLists(LIST_COUNT);
  /** Per list (see mentor-slot.ts), which mentors hold each term. */
  readonly postings = POSTED.map(() => new Postings());
  readonly timeZone: number[] = [];
  readonly country: number[] = [];
  readonly city: number[] = [];
  /** The responsiveness criterion's share (0-1). */
  readonly responsiveness: number[] = [];
  /** "Most responsive" sort keys (see `responseHoursKey`). */
  readonly responseHours: number[] = [];
  readonly answeredShare: number[] = [];
  readonly #positions = new Map<string, number>();
  #available: { day: string; flags: number[] } | null = null;
  /** Buffers a search fills, kept between searches: allocating them each time costs more. */
  #scratch = {
    scores: new Int32Array(0),
    failed: new Int32Array(0),
    // All zeros between searches: best match and filters reset the entries they counted.
    wordsFound: new Int32Array(0),
    reached: new Int32Array(0),
  };
  #nameOrder: Int32Array | null = null;
  #responsiveOrder: Int32Array | null = null;
  #idRanks: Int32Array | null = null;
  #postingsVersion = 0;

  get size(): number {
    return this.slots.length;
  }

  has(id: string): boolean {
    return this.#positions.has(id);
  }

  positionOf(id: string): number | undefined {
    return this.#positions.get(id);
  }

  /** Changes when a posting list changes (who holds which word) or mentors move. */
  get postingsVersion(): number {
    return this.#postingsVersion;
  }

  /**
   * Adds or replaces a mentor. Returns whether anything a filter or facet count reads changed:
   * a list (facet values, words of the text), the place, the time zone or the open-spot state.
   */
  upsert(entry: DirectoryEntry): boolean {
    const mentor = compileMentor(entry, this.terms);
    let position = this.#positions.get(entry.id);
    const before =
      position === undefined ? null : POSTED.map((k) => this.lists.list(position!, k).slice());
    let filtersChanged =
      position === undefined ||
      this.timeZone[position] !== mentor.timeZone ||
      this.country[position] !== mentor.country ||
      this.city[position] !== mentor.city ||
      !sameOpenState(this.slots[position]!, mentor.slot);
    const hours = responseHoursKey(entry.responsiveness);
    const share = answeredShareKey(entry.responsiveness);
    if (position === undefined) {
      position = this.slots.length;
      this.#positions.set(entry.id, position);
      this.#nameOrder = this.#responsiveOrder = this.#idRanks = null;
    } else {
      if (this.slots[position]!.name !== entry.name) this.#nameOrder = null;
      if (this.responseHours[position] !== hours || this.answeredShare[position] !== share)
        this.#responsiveOrder = null;
    }
    this.slots[position] = mentor.slot;
    this.lists.put(position, mentor.lists);
    POSTED.forEach((k, i) => {
      const words = mentor.lists[k]!;
      if (before && sameIds(before[i]!, words)) return;
      filtersChanged = true;
      this.#postingsVersion++;
      if (before) this.postings[i]!.delete(before[i]!, position);
      this.postings[i]!.add(words, position);
    });
    this.timeZone[position] = mentor.timeZone;
    this.country[position] = mentor.country;
    this.city[position] = mentor.city;
    this.responsiveness[position] = responsivenessShare(entry.responsiveness);
    this.responseHours[position] = hours;
    this.answeredShare[position] = share;
    if (this.#available)
      this.#available.flags[position] = isAvailableOn(mentor.slot, this.#available.day) ? 1 : 0;
    return filtersChanged;
  }

  remove(id: string): void {
    const position = this.#positions.get(id);
    if (position === undefined) return;
    this.#postingsVersion++;
    this.#positions.delete(id);
    const last = this.slots.length - 1;
    POSTED.forEach((k, i) => {
      this.postings[i]!.delete(this.lists.list(position, k), position);
      if (position !== last) this.postings[i]!.move(this.lists.list(last, k), last, position);
    });
    // The last mentor moves into the hole, so every column stays dense.
    const columns = [
      this.slots,
      this.timeZone,
      this.country,
      this.city,
      this.responsiveness,
      this.responseHours,
      this.answeredShare,
    ];
    for (const column of columns) {
      (column as unknown[])[position] = column[last];
      column.length = last;
    }
    this.lists.removeMovingLast(position);
    if (position !== last) this.#positions.set(this.slots[position]!.id, position);
    this.#available = null;
    this.#nameOrder = this.#responsiveOrder = this.#idRanks = null;
  }

  /** A buffer of one number per mentor, reused by the next search (searches are synchronous). */
  scratch(name: ScratchName): Int32Array {
    if (this.#scratch[name].length < this.size)
      this.#scratch[name] = new Int32Array(Math.ceil(this.size * 1.25));
    return this.#scratch[name];
  }

  /** 1 for each mentor with an open spot and not paused on `today`. */
  availableOn(today: string): number[] {
    if (this.#available?.day !== today)
      this.#available = {
        day: today,
        flags: this.slots.map((slot) => (isAvailableOn(slot, today) ? 1 : 0)),
      };
    return this.#available.flags;
  }

  /** Every position in name order (sorting 100,000 names once, not per search). */
  nameOrder(): Int32Array {
    return (this.#nameOrder ??= this.#sorted((a, b) =>
      compareNames(this.slots[a]!, this.slots[b]!),
    ));
  }

  /** Every position in "most responsive" order, then by id. */
  responsiveOrder(): Int32Array {
    const { responseHours: hours, answeredShare: share, slots } = this;
    return (this.#responsiveOrder ??= this.#sorted(
      (a, b) =>
        compareResponseKeys(hours[a]!, share[a]!, hours[b]!, share[b]!) ||
        compareIds(slots[a]!.id, slots[b]!.id),
    ));
  }

  /**
   * Per position, its place in id order: ties in best match go by id, and comparing two numbers
   * costs far less than comparing two strings (a third of a best-match search at 10,000 mentors).
   */
  idRanks(): Int32Array {
    if (!this.#idRanks) {
      const { slots } = this;
      const order = this.#sorted((a, b) => compareIds(slots[a]!.id, slots[b]!.id));
      const ranks = new Int32Array(this.size);
      order.forEach((position, rank) => (ranks[position] = rank));
      this.#idRanks = ranks;
    }
    return this.#idRanks;
  }

  #sorted(compare: (a: number, b: number) => number): Int32Array {
    const order = Array.from({ length: this.size }, (_, position) => position).sort(compare);
    return Int32Array.from(order);
  }
}
