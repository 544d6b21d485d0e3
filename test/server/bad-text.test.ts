// Text and numbers the database cannot store are 422 field errors, never a 500. The cases are
// generated from openapi.json: every string field of every request body gets a NUL, a control
// character and a lone UTF-16 surrogate; every number field a value its column cannot hold.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROUTES, type Route } from './support/routes.js';
import { startTestServer, type TestServer } from './support/test-server.js';

type Json = Record<string, unknown>;
const document = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../openapi.json'), 'utf8'),
) as Json;

/** Follows `$ref`s into components. */
function resolveSchema(schema: Json): Json {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  const found = ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Json)[key], document) as Json;
  return resolveSchema(found);
}

function bodySchema(route: Route): Json | undefined {
  const template = Object.keys(document['paths'] as Json).find((path) =>
    new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`).test(route.path),
  );
  const operation = template
    ? ((document['paths'] as Json)[template] as Json)[route.method.toLowerCase()]
    : undefined;
  const content = (operation as Json | undefined)?.['requestBody'] as Json | undefined;
  const schema = (content?.['content'] as Json | undefined)?.['application/json'] as
    Json | undefined;
  return schema ? resolveSchema(schema['schema'] as Json) : undefined;
}

interface Leaf {
  path: string[];
  schema: Json;
}

/** Every string and number field of `schema`, into objects and the first item of arrays. */
function leaves(schema: Json, value: unknown, path: string[] = []): Leaf[] {
  const resolved = resolveSchema(schema);
  const options = (resolved['anyOf'] as Json[] | undefined)?.map(resolveSchema);
  const type = resolved['type'] ?? options?.find((option) => option['type'] !== 'null')?.['type'];
  const concrete = options?.find((option) => option['type'] === type) ?? resolved;
  if (type === 'object' && concrete['properties']) {
    return Object.entries(concrete['properties'] as Record<string, Json>).flatMap(([key, child]) =>
      leaves(child, (value as Json | undefined)?.[key], [...path, key]),
    );
  }
  if (type === 'array' && Array.isArray(value) && value.length > 0)
    return leaves(concrete['items'] as Json, value[0], [...path, '0']);
  if ((type === 'string' && !concrete['enum'] && !concrete['format']) || type === 'number')
    return [{ path, schema: concrete }];
  if (type === 'integer') return [{ path, schema: concrete }];
  return [];
}

function withValue(body: Json, path: string[], value: unknown): Json {
  const copy = structuredClone(body);
  let node: Json = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Json;
  node[path.at(-1)!] = value;
  return copy;
}

/** Bad values for a field: what PostgreSQL would refuse or silently change. */
function badValues(leaf: Leaf): unknown[] {
  if (leaf.schema['type'] === 'string') {
    if (leaf.schema['pattern'] && !String(leaf.schema['pattern']).includes('u0000')) return [];
    return ['Hello\u0000world', 'Bell\u0007here', 'Broken \uD800 text'];
  }
  if (leaf.schema['type'] === 'integer') return [2 ** 40];
  return [1e-46, 1e300];
}

describe('text and numbers that storage refuses are 422 field errors (generated from openapi.json)', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer('pglite');
  });
  after(() => t?.close());

  let cases = 0;
  for (const route of ROUTES) {
    const schema = bodySchema(route);
    if (!schema) continue;
    for (const leaf of leaves(schema, route.body)) {
      for (const bad of badValues(leaf)) {
        cases++;
        const field = leaf.path.join('.');
        it(`${route.method} ${route.path} ${field} = ${JSON.stringify(bad)}`, async () => {
          const response = await t.fetchAs(route.as, route.path, {
            method: route.method,
            headers: {
              'content-type': 'application/json',
              ...(route.ifMatch ? { 'if-match': '"1"' } : {}),
            },
            body: JSON.stringify(withValue(route.body, leaf.path, bad)),
          });
          const text = await response.text();
          assert.equal(response.status, 422, text.slice(0, 300));
          const problem = JSON.parse(text) as { errors?: { path: string }[] };
          assert.ok(
            problem.errors?.some((error) => error.path === field),
            `a field error at ${field}: ${text.slice(0, 300)}`,
          );
        });
      }
    }
  }

  it('generated cases for the text and number fields', () => {
    assert.ok(cases > 40, `only ${cases} cases`);
  });
});
