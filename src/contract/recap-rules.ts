// Session recaps in order, shared by the server and the memory API: newest session first, and
// the cursor that pages through them.
import { encodeCursor } from './cursor.js';
import type { Recap } from './goal.js';

/** Recap pages, newest session first: the last recap shown (session date, created, id). */
export interface RecapCursor extends Record<string, unknown> {
  d: string;
  c: string;
  i: string;
}
export const isRecapCursor = (v: RecapCursor) =>
  typeof v.d === 'string' && typeof v.c === 'string' && typeof v.i === 'string';
export const recapCursor = (r: Pick<Recap, 'sessionDate' | 'createdAt' | 'id'>) =>
  encodeCursor({ d: r.sessionDate, c: r.createdAt, i: r.id });

const recapKey = (r: Pick<Recap, 'sessionDate' | 'createdAt' | 'id'>) =>
  [r.sessionDate, r.createdAt, r.id] as const;

/** Newest session first, then newest written, then by id. */
export function bySessionDesc(a: Recap, b: Recap): number {
  const [x, y] = [recapKey(a), recapKey(b)];
  for (let k = 0; k < 3; k++) if (x[k] !== y[k]) return x[k]! < y[k]! ? 1 : -1;
  return 0;
}

/** Whether a recap comes after the cursor's one in that order. */
export function afterRecapCursor(r: Recap, cursor: RecapCursor): boolean {
  return (
    bySessionDesc(r, { sessionDate: cursor.d, createdAt: cursor.c, id: cursor.i } as Recap) > 0
  );
}
