// openapi.json is what a backend team implements: it must describe every client operation, with
// the headers and error answers the client and the reference server actually use.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HttpMentoringApi } from '../../src/client/http-api.js';
import * as contract from '../../src/contract/index.js';
import { buildOpenApiDocument, renderOpenApi } from '../../scripts/generate-openapi.js';

type Json = Record<string, unknown>;
interface OperationDoc {
  operationId: string;
  parameters?: Json[];
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, Json>;
}

const document = buildOpenApiDocument() as {
  openapi: string;
  paths: Record<string, Record<string, OperationDoc>>;
  components: {
    schemas: Record<string, Json>;
    parameters: Record<string, Json>;
    responses: Record<string, Json>;
  };
};

const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ path, method, ...operation })),
);

/** Resolves a local `$ref` such as `#/components/parameters/IfMatch`. */
function resolve(value: Json): Json {
  const ref = value['$ref'];
  if (typeof ref !== 'string') return value;
  const target = ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], document);
  assert.ok(target, `${ref} points nowhere`);
  return target as Json;
}

const headerNames = (operation: OperationDoc) =>
  (operation.parameters ?? [])
    .map(resolve)
    .filter((p) => p['in'] === 'header')
    .map((p) => p['name']);

describe('openapi.json', () => {
  it('is OpenAPI 3.1 and the same text on every run', () => {
    assert.equal(document.openapi, '3.1.0');
    assert.equal(renderOpenApi(), renderOpenApi());
  });

  it('has one operation per client method, named alike', () => {
    // HttpMentoringApi's prototype holds exactly the MentoringApi methods (its helpers are private).
    const clientMethods = Object.getOwnPropertyNames(HttpMentoringApi.prototype).filter(
      (name) => name !== 'constructor',
    );
    assert.ok(clientMethods.length >= 25);
    assert.deepEqual(
      operations.map((operation) => operation.operationId).sort(),
      clientMethods.sort(),
    );
  });

  it('names its schemas after the contract exports', () => {
    for (const name of [
      'MentorPage',
      'MatchRequest',
      'CreateRequest',
      'Goal',
      'Survey',
      'Agreement',
      'Problem',
    ]) {
      assert.ok(name in contract, `${name} is a contract export`);
      assert.ok(document.components.schemas[name], `${name} is a component schema`);
    }
  });

  it('asks for If-Match on every edit and documents 412 and 428 there', () => {
    const edits = operations.filter((operation) => headerNames(operation).includes('If-Match'));
    assert.deepEqual(edits.map((operation) => operation.operationId).sort(), [
      'acceptRequest',
      'askRequest',
      'declineRequest',
      'endMentorship',
      'replyRequest',
      'updateActionItem',
      'updateAgreement',
      'updateGoal',
      'withdrawRequest',
    ]);
    for (const edit of edits) {
      assert.ok(
        edit.responses['412'] && edit.responses['428'],
        `${edit.operationId} documents 412 and 428`,
      );
    }
  });

  it('takes an Idempotency-Key on every creating POST, answering 201', () => {
    const creates = operations.filter((operation) =>
      headerNames(operation).includes('Idempotency-Key'),
    );
    assert.deepEqual(creates.map((operation) => operation.operationId).sort(), [
      'createGoal',
      'createRecap',
      'createRequest',
      'signAgreement',
      'submitSurvey',
    ]);
    for (const create of creates)
      assert.ok(create.responses['201'], `${create.operationId} answers 201`);
  });

  it('answers every error as application/problem+json', () => {
    for (const operation of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        const content = resolve(response)['content'] as Json;
        assert.deepEqual(
          Object.keys(content),
          ['application/problem+json'],
          `${operation.operationId} ${status}`,
        );
      }
    }
  });

  it('declares every path parameter and sends search filters as repeated query parameters', () => {
    for (const operation of operations) {
      const declared = (operation.parameters ?? []).map(resolve).filter((p) => p['in'] === 'path');
      const inPath = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      assert.deepEqual(
        declared.map((p) => p['name']),
        inPath,
        `${operation.method} ${operation.path}`,
      );
    }
    const search = operations.find((operation) => operation.operationId === 'searchMentors')!;
    const skills = search.parameters!.find((p) => p['name'] === 'skills')!;
    assert.equal(skills['explode'], true);
    assert.ok(search.parameters!.some((p) => p['name'] === 'weights.skills'));
  });

  it('takes request bodies that refuse unknown fields', () => {
    for (const operation of operations.filter((operation) => operation.requestBody)) {
      const schema = resolve(operation.requestBody!.content['application/json']!.schema);
      assert.equal(
        schema['additionalProperties'],
        false,
        `${operation.operationId} body is strict`,
      );
    }
  });
});
