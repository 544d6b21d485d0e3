// Builds openapi.json (OpenAPI 3.1) from the contract schemas in src/contract, so the document a
// backend team implements can never drift from what the client and the server validate.
// `npm run generate:openapi` writes it; scripts/check-fresh.ts compares it with the committed file.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import * as contract from '../src/contract/index.js';

import { MATCHING_OPERATIONS } from './openapi/operations-matching.js';
import { PARTNERSHIP_OPERATIONS } from './openapi/operations-partnership.js';
import { ERRORS, TAGS } from './openapi/tags-and-errors.js';
import type { ErrorStatus, Json, Operation } from './openapi/types.js';

const OPERATIONS: Operation[] = [...MATCHING_OPERATIONS, ...PARTNERSHIP_OPERATIONS];

const ref = (group: string, name: string) => ({ $ref: `#/components/${group}/${name}` });

function isSchema(value: unknown): value is z.ZodMiniType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Every schema exported by the contract, as JSON Schema, named after its export. */
function contractSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  const seen = new Set<unknown>();
  // Module namespaces list exports alphabetically; an alias (MentorId = Id) keeps the first name.
  for (const [name, value] of Object.entries(contract)) {
    if (!isSchema(value) || seen.has(value)) continue;
    seen.add(value);
    registry.add(value, { id: name });
  }
  // `input`: what may travel on the wire (fields with defaults are optional), for both directions.
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'input',
    unrepresentable: 'throw',
  });
  const result: Record<string, Json> = {};
  for (const name of Object.keys(schemas).sort()) {
    const { $schema: _schema, $id: _id, ...schema } = schemas[name] as Json;
    result[name] = schema;
  }
  return result;
}

function requireSchema(schemas: Record<string, Json>, name: string): Json {
  const schema = schemas[name];
  if (!schema) throw new Error(`generate-openapi: the contract exports no schema named ${name}`);
  return schema;
}

/** Query objects become one parameter per property; arrays are repeated (`skills=a&skills=b`). */
function queryParameters(schemas: Record<string, Json>, name: string): Json[] {
  const schema = requireSchema(schemas, name);
  const properties = schema['properties'] as Record<string, Json>;
  const required = new Set((schema['required'] as string[] | undefined) ?? []);
  const parameters: Json[] = [];
  for (const [property, propertySchema] of Object.entries(properties)) {
    if (property === 'weights') {
      parameters.push(...weightParameters(schemas, propertySchema));
      continue;
    }
    const parameter: Json = {
      name: property,
      in: 'query',
      required: required.has(property),
      schema: propertySchema,
    };
    if (propertySchema['type'] === 'array')
      Object.assign(parameter, { style: 'form', explode: true });
    parameters.push(parameter);
  }
  return parameters;
}

/** Score weights travel as one dotted parameter per criterion: `weights.skills=40`. */
function weightParameters(schemas: Record<string, Json>, weights: Json): Json[] {
  const criteria = requireSchema(schemas, 'MatchReasonKind')['enum'] as string[];
  return criteria.map((criterion) => ({
    name: `weights.${criterion}`,
    in: 'query',
    required: false,
    description: `Weight (0-100) of the "${criterion}" part of the match score; omitted criteria keep the program's weight.`,
    schema: weights['additionalProperties'],
  }));
}

function pathParameters(path: string): Json[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: name === 'version' ? ref('schemas', 'Version') : ref('schemas', 'Id'),
  }));
}

function errorStatuses(operation: Operation): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>(['400', '401', ...(operation.errors ?? [])]);
  if (operation.path.includes('{')) statuses.add('404');
  if (operation.ifMatch)
    ['409', '412', '428'].forEach((status) => statuses.add(status as ErrorStatus));
  if (operation.query || operation.body || operation.idempotent) statuses.add('422');
  if (operation.body) ['413', '415'].forEach((status) => statuses.add(status as ErrorStatus));
  return [...statuses].sort();
}

function buildOperation(operation: Operation, schemas: Record<string, Json>): Json {
  const parameters = [
    ...pathParameters(operation.path),
    ...(operation.query ? queryParameters(schemas, operation.query) : []),
    ...(operation.idempotent ? [ref('parameters', 'IdempotencyKey')] : []),
    ...(operation.ifMatch ? [ref('parameters', 'IfMatch')] : []),
  ];
  requireSchema(schemas, operation.response);
  const success: Json = {
    description: operation.created
      ? 'Created (or, for a replayed Idempotency-Key, the first result)'
      : 'OK',
    content: { 'application/json': { schema: ref('schemas', operation.response) } },
  };
  const headers: Json = {};
  if (operation.etag) headers['ETag'] = ref('headers', 'ETag');
  if (operation.idempotent) headers['Idempotent-Replayed'] = ref('headers', 'IdempotentReplayed');
  if (Object.keys(headers).length > 0) success['headers'] = headers;
  const responses: Json = { [operation.created ? '201' : '200']: success };
  for (const status of errorStatuses(operation))
    responses[status] = ref('responses', ERRORS[status].name);

  const result: Json = {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
  };
  if (parameters.length > 0) result['parameters'] = parameters;
  if (operation.body) {
    requireSchema(schemas, operation.body);
    result['requestBody'] = {
      required: true,
      content: { 'application/json': { schema: ref('schemas', operation.body) } },
    };
  }
  result['responses'] = responses;
  return result;
}

export function buildOpenApiDocument(): Json {
  const schemas = contractSchemas();
  const { version } = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8'),
  ) as {
    version: string;
  };
  const paths: Record<string, Json> = {};
  for (const operation of OPERATIONS) {
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method] = buildOperation(operation, schemas);
  }
  const responses: Json = {};
  for (const { name, description } of Object.values(ERRORS)) {
    responses[name] = {
      description,
      content: { 'application/problem+json': { schema: ref('schemas', 'Problem') } },
    };
  }
  (responses['MethodNotAllowed'] as Json)['headers'] = {
    Allow: { description: 'The methods this path has.', schema: { type: 'string' } },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'mentorkit mentoring API',
      version,
      description:
        'The HTTP contract behind the mentorkit widgets. Generated from src/contract by scripts/generate-openapi.ts: do not edit by hand. ' +
        'Errors are RFC 9457 problem details. Lists are cursor-paginated. Every mutable entity has a `version`, sent as `ETag`; edits send it back in `If-Match`. ' +
        'Text fields are trimmed of leading and trailing white space before their length is checked, except free text kept as typed (notes, survey answers); text refuses NUL and other control characters (tabs and line breaks only in multi-line text) and lone UTF-16 surrogates. ' +
        'A known path asked with a method it does not have answers 405 with an `Allow` header. ' +
        'Besides a bearer JWT, a deployment may trust a user header set by the intranet’s reverse proxy (configured on the server, not sent by browsers).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api/v1' }],
    security: [{ bearerAuth: [] }, { demoCookie: [] }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas,
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'A unique key per logical submit, reused on every retry of it. A replay returns the first result and creates nothing twice; the same key with a different body is refused with 422.',
          schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7E]+$' },
        },
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          required: true,
          description:
            'The ETag the person saw: the entity version as a quoted number, e.g. `"3"` (`W/"3"` and a bare `3` are accepted too). Anything else is a 400 `bad-if-match`; a stale version gets 412 with `currentVersion`.',
          schema: { type: 'string', pattern: '^\\s*(W/)?"?[0-9]{1,9}"?\\s*$', examples: ['"3"'] },
        },
      },
      headers: {
        ETag: {
          description:
            'The entity version as an entity tag; send it back in If-Match when editing.',
          schema: { type: 'string' },
        },
        IdempotentReplayed: {
          description:
            '`true` when this is the stored answer to an earlier request with the same Idempotency-Key.',
          schema: { type: 'string', enum: ['true'] },
        },
      },
      responses,
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'A JWT from the organisation’s identity provider.',
        },
        demoCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'mentorkit_demo_person',
          description:
            'Demo mode only: the person picked in the demo page’s switcher. State-changing requests with it must come from the same origin (CSRF protection).',
        },
      },
    },
  };
}

/** The exact text written to openapi.json (two-space JSON and a final newline). */
export function renderOpenApi(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}

export const OPENAPI_PATH = resolve(import.meta.dirname, '../openapi.json');

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(OPENAPI_PATH, renderOpenApi());
  console.log(`Wrote ${OPENAPI_PATH} (${OPERATIONS.length} operations)`);
}
