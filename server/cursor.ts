// Opaque page cursors: base64url JSON. A cursor that does not decode is a 400, not a crash.
import { problems } from './problems.js';

export function encodeCursor(value: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T extends Record<string, unknown>>(
  cursor: string | undefined,
  check: (value: T) => boolean,
): T | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as T;
    if (value && typeof value === 'object' && check(value)) return value;
  } catch {
    // fall through
  }
  throw problems.badRequest('The cursor is not valid; start from the first page.', 'bad-cursor');
}
