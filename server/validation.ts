// Input parsing: JSON bodies and query strings checked against the contract schemas. Every
// failure is a 4xx problem naming the fields, never an exception deep in a handler.
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { issuesToFieldErrors } from '../src/contract/field-errors.js';
import { problems, validate } from './problems.js';

export { issuesToFieldErrors, validate };

/** Reads a JSON body: 415 for another content type, 400 for malformed JSON, then validation. */
export async function readJson<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
): Promise<z.output<S>> {
  return validate(schema, await readRawJson(c));
}

export async function readRawJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  const text = await c.req.text();
  if (text.length === 0 && type === '') return {};
  if (!/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(type))
    throw problems.unsupportedMediaType();
  try {
    return JSON.parse(text);
  } catch {
    throw problems.badRequest('The body is not valid JSON.', 'malformed-json');
  }
}

/** Route parameter that must be a contract id; anything else cannot exist, so 404. */
export function idParam(c: Context, name: string, what: string): string {
  const value = c.req.param(name) ?? '';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) throw problems.notFound(what);
  return value;
}
