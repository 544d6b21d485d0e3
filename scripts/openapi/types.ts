// The shape of one documented operation: what the generator needs to know beyond the schemas.
export type Json = Record<string, unknown>;
export type Method = 'get' | 'post' | 'put' | 'patch';
export type ErrorStatus =
  '400' | '401' | '403' | '404' | '405' | '409' | '412' | '413' | '415' | '422' | '428';

export interface Operation {
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
