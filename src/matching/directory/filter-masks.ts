// Which mentors a filter combination shows (one mask per mentor, see filters.ts), kept per
// combination: filters do not depend on who is looking, so every viewer searching with the same
// filters, every sort and pages 2, 3... reuse one mask until a mentor changes in a way a filter
// reads. The mentors hidden for one viewer (`hideBlocked`) are left out on a copy.
import type { MentorQuery } from '../../contract/index.js';
import { applyFilters, hideMentors } from './filters.js';
import { KeptCache } from './kept-cache.js';
import type { MentorTable } from './mentor-table.js';

export interface ShownMentors {
  /** Per position, the filters the mentor fails (0: shown); null when nothing is filtered. */
  failed: Int32Array | null;
  /**
   * The positions the query's filters show, in order (null when nothing is filtered); with
   * mentors hidden for the viewer, check `failed` too.
   */
  positions: Int32Array | null;
  /** How many mentors are shown. */
  total: number;
}

/** 4 bytes per mentor per kept combination (and per shown one): 8M numbers (32 MB) in all. */
const KEPT_MASKS = 8_000_000;

function shownPositions(failed: Int32Array, size: number): Int32Array {
  let count = 0;
  for (let position = 0; position < size; position++) if (failed[position] === 0) count++;
  const positions = new Int32Array(count);
  for (let position = 0, next = 0; position < size; position++)
    if (failed[position] === 0) positions[next++] = position;
  return positions;
}

export class FilterMasks {
  readonly #kept = new KeptCache<ShownMentors>(
    KEPT_MASKS,
    (shown) => (shown.failed?.length ?? 0) + (shown.positions?.length ?? 0) + 1,
  );

  /** Forgets every kept mask. */
  clear(): void {
    this.#kept.clear();
  }

  /**
   * The mentors the query shows. `key` names the filter combination (with the day and hour the
   * availability and time-zone filters read), `version` the state of what filters read (a new one
   * drops every kept mask); `hidden`: ids also left out, for this viewer.
   * The mask is shared or scratch: read it before the next search, never change it.
   */
  shown(
    table: MentorTable,
    query: MentorQuery,
    now: Date,
    { key, version }: { key: string; version: number },
    hidden: readonly string[],
  ): ShownMentors {
    const shared = this.#kept.get(key, version, () => {
      const failed = new Int32Array(table.size);
      if (!applyFilters(query, now, table, failed))
        return { failed: null, positions: null, total: table.size };
      const positions = shownPositions(failed, table.size);
      return { failed, positions, total: positions.length };
    });
    if (!hidden.length) return shared;
    const failed = table.scratch('failed');
    if (shared.failed) failed.set(shared.failed);
    else failed.fill(0, 0, table.size);
    const total = shared.total - hideMentors(table, failed, hidden);
    return { failed, positions: shared.positions, total };
  }
}
