// People rows kept in memory between requests (who is signed in, the cards of a directory page),
// exact because the change feed that keeps the directory current (directory.ts) also brings every
// changed people row here: a request reads this cache only after a feed check that started after
// it arrived, so it sees every write committed before it, from this process or any other.
import type { PersonRow } from './people.js';

/** Enough for every signed-in person of a busy hour and the cards they look at. */
const MAX_PEOPLE = 50_000;

export class PeopleCache {
  readonly #rows = new Map<string, PersonRow>();
  /**
   * Moves on whenever the feed brings changed rows or a program is (re)loaded: a row read from the
   * database before that may be older than what the cache should hold.
   */
  #generation = 0;

  get generation(): number {
    return this.#generation;
  }

  get(id: string): PersonRow | undefined {
    return this.#rows.get(id);
  }

  /**
   * Keeps a row read from the database, unless a feed result was applied since the read began
   * (`generation` as it was then): that result may be newer than the row.
   */
  remember(row: PersonRow, generation: number): void {
    if (generation !== this.#generation) return;
    if (this.#rows.size >= MAX_PEOPLE) this.#rows.delete(this.#rows.keys().next().value!);
    this.#rows.set(row.id, row);
  }

  /** Rows the change feed read: replaces the ones kept (only those, so the cache stays small). */
  apply(rows: readonly PersonRow[]): void {
    if (rows.length === 0) return;
    this.#generation++;
    for (const row of rows) if (this.#rows.has(row.id)) this.#rows.set(row.id, row);
  }

  /** A program was (re)loaded, e.g. after removals: nothing kept can be trusted. */
  clear(): void {
    this.#generation++;
    this.#rows.clear();
  }
}
