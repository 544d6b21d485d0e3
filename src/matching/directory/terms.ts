// Interned strings: each distinct value gets a small integer, so a mentor's lists become typed
// arrays and a query's "is this value wanted?" becomes one array read instead of a string compare.

export class Terms {
  readonly values: string[] = [];
  readonly #ids = new Map<string, number>();

  /** The id of `value`, adding it when new. */
  id(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.#ids.set(value, id);
    }
    return id;
  }

  /** The id of `value`, or -1 when no mentor has it. */
  find(value: string): number {
    return this.#ids.get(value) ?? -1;
  }

  /** The ids of `values`, without repeats. */
  ids(values: readonly string[]): number[] {
    return [...new Set(values.map((value) => this.id(value)))];
  }

  /** One number per known term, `of(value)` for each: a lookup table for one query. */
  table(of: (value: string) => number): Int32Array {
    const table = new Int32Array(this.values.length);
    this.values.forEach((value, id) => (table[id] = of(value)));
    return table;
  }
}
