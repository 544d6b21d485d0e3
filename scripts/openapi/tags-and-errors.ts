// The document's tag descriptions and the reusable problem responses, by status.
import type { ErrorStatus } from './types.js';

export const TAGS: Record<string, string> = {
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

export const ERRORS: Record<ErrorStatus, { name: string; description: string }> = {
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
