// Builds openapi.json (OpenAPI 3.1) from the contract schemas in src/contract, so the document a
// backend team implements can never drift from what the client and the server validate.
// `npm run generate:openapi` writes it; scripts/check-fresh.ts compares it with the committed file.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import * as contract from '../src/contract/index.js';

type Json = Record<string, unknown>;
type Method = 'get' | 'post' | 'put' | 'patch';
type ErrorStatus =
  '400' | '401' | '403' | '404' | '405' | '409' | '412' | '413' | '415' | '422' | '428';

interface Operation {
  method: Method;
  path: string;
  /** Same name as the MentoringApi method, so client and document read alike. */
  operationId: string;
  tag: string;
  summary: string;
  /** Contract export describing the query string. */
  query?: 'MentorQuery' | 'RequestQuery' | 'RecapQuery' | 'ActionItemQuery';
  /** Contract export for the JSON body; omitted for bodiless transitions. */
  body?: string;
  response: string;
  created?: boolean;
  /** Creating POST: the client sends an Idempotency-Key and the server replays the first result. */
  idempotent?: boolean;
  /** Edit or transition: the client sends If-Match with the version it saw. */
  ifMatch?: boolean;
  /** The response is a mutable entity with a version, sent as ETag. */
  etag?: boolean;
  /** Errors besides 400/401 (and those implied by path parameters, bodies and If-Match). */
  errors?: ErrorStatus[];
}

const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/me',
    operationId: 'getMe',
    tag: 'people',
    summary: 'The signed-in person, their roles and profiles',
    response: 'Me',
  },
  {
    method: 'put',
    path: '/me/availability',
    operationId: 'updateAvailability',
    tag: 'people',
    summary: "A mentor's capacity and pause (optionally declining every open request)",
    body: 'UpdateAvailability',
    response: 'MentorProfile',
    errors: ['403', '422'],
  },
  {
    method: 'get',
    path: '/mentors',
    operationId: 'searchMentors',
    tag: 'directory',
    summary: 'Search mentors: a page of cards with explained match scores and facet counts',
    query: 'MentorQuery',
    response: 'MentorPage',
  },
  {
    method: 'get',
    path: '/mentors/{mentorId}',
    operationId: 'getMentor',
    tag: 'directory',
    summary: "One mentor's full profile",
    response: 'MentorProfile',
  },
  {
    method: 'get',
    path: '/mentors/{mentorId}/match',
    operationId: 'getMentorMatch',
    tag: 'directory',
    summary: 'One mentor as the viewer sees them: score, reasons and whether they can be asked',
    response: 'MentorCard',
  },
  {
    method: 'get',
    path: '/requests',
    operationId: 'listRequests',
    tag: 'requests',
    summary: 'My requests (role=mentee) or my inbox (role=mentor)',
    query: 'RequestQuery',
    response: 'RequestPage',
  },
  {
    method: 'post',
    path: '/requests',
    operationId: 'createRequest',
    tag: 'requests',
    summary: 'Ask a mentor for mentoring',
    body: 'CreateRequest',
    response: 'MatchRequest',
    created: true,
    idempotent: true,
    etag: true,
    // 403: the signed-in person is not a mentee of the program.
    errors: ['403', '404', '409'],
  },
  {
    method: 'get',
    path: '/requests/{requestId}',
    operationId: 'getRequest',
    tag: 'requests',
    summary: 'One request with its conversation',
    response: 'MatchRequest',
    etag: true,
    errors: ['403'],
  },
  {
    method: 'post',
    path: '/requests/{requestId}/accept',
    operationId: 'acceptRequest',
    tag: 'requests',
    summary: 'Mentor accepts: creates the mentorship (never beyond capacity)',
    response: 'MatchRequest',
    ifMatch: true,
    etag: true,
    errors: ['403', '409'],
  },
  {
    method: 'post',
    path: '/requests/{requestId}/decline',
    operationId: 'declineRequest',
    tag: 'requests',
    summary: 'Mentor declines with a reason and an optional note',
    body: 'DeclineRequest',
    response: 'MatchRequest',
    ifMatch: true,
    etag: true,
    errors: ['403', '409'],
  },
  {
    method: 'post',
    path: '/requests/{requestId}/withdraw',
    operationId: 'withdrawRequest',
    tag: 'requests',
    summary: 'Mentee withdraws a request',
    response: 'MatchRequest',
    ifMatch: true,
    etag: true,
    errors: ['403', '409'],
  },
  {
    method: 'post',
    path: '/requests/{requestId}/ask',
    operationId: 'askRequest',
    tag: 'requests',
    summary: 'Mentor asks a question before deciding (status needs-info)',
    body: 'AskRequest',
    response: 'MatchRequest',
    ifMatch: true,
    etag: true,
    errors: ['403', '409'],
  },
  {
    method: 'post',
    path: '/requests/{requestId}/reply',
    operationId: 'replyRequest',
    tag: 'requests',
    summary: "Mentee answers the mentor's question (back to pending)",
    body: 'ReplyRequest',
    response: 'MatchRequest',
    ifMatch: true,
    etag: true,
    errors: ['403', '409'],
  },
  {
    method: 'get',
    path: '/mentorships',
    operationId: 'listMentorships',
    tag: 'mentorships',
    summary: 'My partnerships',
    response: 'MentorshipPage',
  },
  {
    method: 'get',
    path: '/mentorships/{mentorshipId}',
    operationId: 'getMentorship',
    tag: 'mentorships',
    summary: 'One partnership',
    response: 'Mentorship',
    etag: true,
    errors: ['403'],
  },
  {
    method: 'post',
    path: '/mentorships/{mentorshipId}/end',
    operationId: 'endMentorship',
    tag: 'mentorships',
    summary:
      'No-fault exit by either partner: frees the mentor’s spot, ends the agreement, makes the close-out survey due',
    body: 'EndMentorship',
    response: 'EndedMentorship',
    ifMatch: true,
    etag: true,
    errors: ['403', '409'],
  },
  {
    method: 'get',
    path: '/mentorships/{mentorshipId}/goals',
    operationId: 'listGoals',
    tag: 'goals',
    summary: 'Goals and milestones of a partnership',
    response: 'GoalList',
    errors: ['403'],
  },
  {
    method: 'post',
    path: '/mentorships/{mentorshipId}/goals',
    operationId: 'createGoal',
    tag: 'goals',
    summary: 'Add a goal (SMART, REAL or OKR)',
    body: 'CreateGoal',
    response: 'Goal',
    created: true,
    idempotent: true,
    etag: true,
    errors: ['403'],
  },
  {
    method: 'patch',
    path: '/goals/{goalId}',
    operationId: 'updateGoal',
    tag: 'goals',
    summary: 'Edit, complete, reopen, archive or restore a goal; its milestones and key results',
    body: 'UpdateGoal',
    response: 'Goal',
    ifMatch: true,
    etag: true,
    errors: ['403'],
  },
  {
    method: 'get',
    path: '/goals/{goalId}',
    operationId: 'getGoal',
    tag: 'goals',
    summary: 'One goal (e.g. to compare with your own edit after a 412)',
    response: 'Goal',
    etag: true,
    errors: ['403'],
  },
  {
    method: 'put',
    path: '/mentorships/{mentorshipId}/goal-order',
    operationId: 'reorderGoals',
    tag: 'goals',
    summary: 'Set the order of all goals of a partnership (archived ones included)',
    body: 'GoalOrder',
    response: 'GoalList',
    errors: ['403', '409'],
  },
  {
    method: 'get',
    path: '/mentorships/{mentorshipId}/recaps',
    operationId: 'listRecaps',
    tag: 'goals',
    summary: 'Session recaps, newest session first, cursor-paginated',
    query: 'RecapQuery',
    response: 'RecapPage',
    errors: ['403'],
  },
  {
    method: 'post',
    path: '/mentorships/{mentorshipId}/recaps',
    operationId: 'createRecap',
    tag: 'goals',
    summary: 'Record a session recap: notes, action items, progress per goal',
    body: 'CreateRecap',
    response: 'Recap',
    created: true,
    idempotent: true,
    errors: ['403', '409'],
  },
  {
    method: 'get',
    path: '/mentorships/{mentorshipId}/action-items',
    operationId: 'listActionItems',
    tag: 'goals',
    summary: 'Action items from every session (open ones by default), oldest first',
    query: 'ActionItemQuery',
    response: 'ActionItemList',
    errors: ['403'],
  },
  {
    method: 'patch',
    path: '/action-items/{itemId}',
    operationId: 'updateActionItem',
    tag: 'goals',
    summary: 'Tick off, reopen or edit an action item',
    body: 'UpdateActionItem',
    response: 'ActionItem',
    ifMatch: true,
    etag: true,
    errors: ['403', '409'],
  },
  {
    method: 'get',
    path: '/surveys/{surveyId}',
    operationId: 'getSurvey',
    tag: 'surveys',
    summary: 'A survey definition',
    response: 'Survey',
    errors: ['403'],
  },
  {
    method: 'post',
    path: '/surveys/{surveyId}/responses',
    operationId: 'submitSurvey',
    tag: 'surveys',
    summary: 'Submit answers (once per person)',
    body: 'SubmitSurveyResponse',
    response: 'SurveySubmission',
    created: true,
    idempotent: true,
    errors: ['403', '409'],
  },
  {
    method: 'get',
    path: '/surveys/{surveyId}/responses/mine',
    operationId: 'getMySurveyResponse',
    tag: 'surveys',
    summary: "My answers and, once both partners answered a two-sided survey, my partner's",
    response: 'SurveySubmission',
  },
  {
    method: 'get',
    path: '/surveys/{surveyId}/results',
    operationId: 'getSurveyResults',
    tag: 'surveys',
    summary: 'Admin: response rate and aggregates per question, small groups withheld',
    response: 'SurveyResults',
    errors: ['403'],
  },
  {
    method: 'get',
    path: '/mentorships/{mentorshipId}/due-survey',
    operationId: 'getDueSurvey',
    tag: 'surveys',
    summary: 'The survey due now for me in this mentorship, or none',
    response: 'DueSurvey',
  },
  {
    method: 'get',
    path: '/agreements/{agreementId}',
    operationId: 'getAgreement',
    tag: 'agreements',
    summary: 'The current version of a partnership agreement',
    response: 'Agreement',
    etag: true,
    errors: ['403'],
  },
  {
    method: 'put',
    path: '/agreements/{agreementId}',
    operationId: 'updateAgreement',
    tag: 'agreements',
    summary: 'Edit the terms: makes a new version and voids earlier signatures',
    body: 'UpdateAgreement',
    response: 'Agreement',
    ifMatch: true,
    etag: true,
    errors: ['403', '409'],
  },
  {
    method: 'post',
    path: '/agreements/{agreementId}/signatures',
    operationId: 'signAgreement',
    tag: 'agreements',
    summary: 'Sign the exact version and content hash shown',
    body: 'SignAgreement',
    response: 'Agreement',
    created: true,
    idempotent: true,
    etag: true,
    errors: ['403', '409'],
  },
  {
    method: 'get',
    path: '/agreements/{agreementId}/versions/{version}',
    operationId: 'getAgreementVersion',
    tag: 'agreements',
    summary: 'One earlier version with its signatures',
    response: 'AgreementVersion',
    errors: ['403'],
  },
  {
    method: 'get',
    path: '/agreements/{agreementId}/audit',
    operationId: 'getAgreementAudit',
    tag: 'agreements',
    summary: 'Append-only audit trail with its hash chain',
    response: 'AuditTrail',
    errors: ['403'],
  },
  {
    method: 'get',
    path: '/program/report',
    operationId: 'getProgramReport',
    tag: 'program',
    summary: 'Admin: outcomes and request funnel',
    response: 'ProgramReport',
    errors: ['403'],
  },
];

const TAGS: Record<string, string> = {
  people: 'The signed-in person',
  directory: 'Finding a mentor',
  requests:
    'Match requests and their life: pending, needs-info, accepted, declined, withdrawn, expired',
  mentorships: 'Active and past partnerships',
  goals: 'Goals, milestones and session recaps',
  surveys: 'Pulse, check-in and close-out feedback',
  agreements: 'Partnership agreements: versions, signatures, audit trail',
  program: 'Program administration',
};

const ERRORS: Record<ErrorStatus, { name: string; description: string }> = {
  '400': {
    name: 'BadRequest',
    description: 'Malformed request, e.g. a body that is not JSON or a bad Idempotency-Key.',
  },
  '401': {
    name: 'Unauthenticated',
    description: 'No valid bearer token (or trusted proxy header, or demo session).',
  },
  '403': {
    name: 'Forbidden',
    description: 'Signed in, but this person may not do this (e.g. only the mentor may accept).',
  },
  '404': { name: 'NotFound', description: 'No such entity, or it is not visible to this person.' },
  '405': {
    name: 'MethodNotAllowed',
    description:
      'A known path asked with a method it does not have (e.g. DELETE /requests); the `Allow` header lists the methods it has.',
  },
  '409': {
    name: 'Conflict',
    description:
      'A domain rule refuses the change; `code` says which (e.g. `mentor-full`, `conflict-of-interest`, `invalid-transition`).',
  },
  '412': {
    name: 'PreconditionFailed',
    description: 'If-Match names an old version; `currentVersion` tells the client what to reload.',
  },
  '413': { name: 'ContentTooLarge', description: 'The request body is over the size limit.' },
  '415': {
    name: 'UnsupportedMediaType',
    description: 'The body must be sent as application/json.',
  },
  '422': {
    name: 'UnprocessableContent',
    description:
      'Invalid input (`errors` names each field: unknown fields, wrong types, limits, control characters or broken UTF-16 in text, numbers the storage cannot hold exactly), a request the rules refuse (e.g. `self-request`), or an Idempotency-Key reused with a different body (`idempotency-key-reused`).',
  },
  '428': {
    name: 'PreconditionRequired',
    description: 'This edit needs an If-Match header with the version the person saw.',
  },
};

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
