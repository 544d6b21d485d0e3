// Opaque page cursors, the same on every backend: base64url of a small JSON object. Clients
// only pass them back; a cursor that does not decode is answered with a 400 `bad-cursor`.

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(cursor: string): string {
  const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(binary, (char) => char.charCodeAt(0)),
  );
}

export function encodeCursor(value: Record<string, unknown>): string {
  return toBase64Url(JSON.stringify(value));
}

/** The cursor's object when it decodes and passes `check`; undefined for one we did not make. */
export function readCursor<T extends Record<string, unknown>>(
  cursor: string,
  check: (value: T) => boolean,
): T | undefined {
  try {
    const value = JSON.parse(fromBase64Url(cursor)) as T;
    return value && typeof value === 'object' && check(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Offset pages (the directory): `{ o: offset }`. */
export interface OffsetCursor extends Record<string, unknown> {
  o: number;
}
export const isOffsetCursor = (value: OffsetCursor) =>
  Number.isInteger(value.o) && value.o >= 0 && value.o < 1_000_000;

/** The next page's cursor after `shown` items from `offset`, or null on the last page. */
export function nextOffsetCursor(offset: number, shown: number, total: number): string | null {
  const next = offset + shown;
  return shown > 0 && next < total ? encodeCursor({ o: next }) : null;
}

/** Keyset pages, newest first (requests): `{ at, id }` of the last item shown. */
export interface NewestFirstCursor extends Record<string, unknown> {
  at: string;
  id: string;
}
export const isNewestFirstCursor = (value: NewestFirstCursor) =>
  typeof value.at === 'string' &&
  !Number.isNaN(Date.parse(value.at)) &&
  typeof value.id === 'string';
