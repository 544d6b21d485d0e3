// The HTTP plumbing behind HttpMentoringApi: auth headers, timeouts, safe retries, response
// validation and typed errors. Three kinds of call: read (GET), create (POST with
// Idempotency-Key) and edit (If-Match).
import ky, {
  NetworkError as KyNetworkError,
  isHTTPError,
  type KyInstance,
  type Options,
  type RetryOptions,
} from 'ky';
import type * as z from 'zod/mini';
import type { CallOptions, CreateOptions, EditOptions } from '../api.js';
import { InvalidResponseError } from '../errors.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { toApiError } from './to-api-error.js';

export interface HttpMentoringApiOptions {
  /** Where the contract lives, e.g. `/api/v1` or `https://mentoring.example.com/api/v1`. */
  baseUrl: string;
  /** Cookie handling. Use `include` when the API is on another origin and uses cookies. */
  credentials?: RequestCredentials;
  /** Bearer token, asked for on every call; return null to send none. Its errors reach the caller unchanged. */
  getToken?: () => string | null | Promise<string | null>;
  /** Extra headers on every call (e.g. a tenant id). */
  headers?: Record<string, string>;
  /** Time allowed for each attempt to get an answer. Default 10000. */
  timeoutMs?: number;
  /** Retries of safe calls after a dropped connection or a 408/429/502/503/504. Default 2. */
  retries?: number;
  /** Custom fetch (tests, server-side rendering). */
  fetch?: typeof globalThis.fetch;
}

type Schema = z.ZodMiniType;
type Method = 'get' | 'post' | 'put' | 'patch';

/** Statuses that say "try again later"; other 4xx/5xx answers are final. */
const TRANSIENT_STATUSES = [408, 429, 502, 503, 504];
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * Retry policy (exponential backoff from 300 ms with full jitter, Retry-After respected on 429/503):
 * - GETs retry on dropped connections and transient statuses.
 * - Creating POSTs retry too, always with the same Idempotency-Key, because the server returns the
 *   first result for a replayed key instead of creating twice.
 * - Edits and transitions (If-Match) never retry: a replay after a lost answer would meet a newer
 *   version and report a false conflict.
 * - Timeouts are not retried (the person already waited `timeoutMs`), nor is a Retry-After longer
 *   than `timeoutMs`: the error reaches the widget at once, so it can offer "try again".
 */
export class HttpTransport {
  readonly #ky: KyInstance;
  readonly #options: HttpMentoringApiOptions;
  readonly #retry: RetryOptions;

  constructor(options: HttpMentoringApiOptions) {
    this.#options = options;
    const timeoutMs = options.timeoutMs ?? 10_000;
    const baseFetch = options.fetch;
    this.#retry = {
      limit: options.retries ?? 2,
      statusCodes: TRANSIENT_STATUSES,
      afterStatusCodes: [429, 503],
      jitter: true,
      backoffLimit: 5_000,
      shouldRetry: ({ error }) =>
        isHTTPError(error) && retryAfterMs(error.response.headers.get('retry-after')) > timeoutMs
          ? false
          : undefined,
    };
    this.#ky = ky.create({
      prefix: options.baseUrl,
      credentials: options.credentials ?? 'same-origin',
      timeout: timeoutMs,
      fetch: async (input, init) => {
        try {
          // Called as a plain function: `window.fetch` throws "Illegal invocation" on another `this`.
          return await (baseFetch ?? globalThis.fetch)(input, init);
        } catch (error) {
          // Any fetch TypeError is a failed connection (ky only knows the common browser messages),
          // so it is retried like one and reported as NetworkError.
          if (!(error instanceof TypeError)) throw error;
          throw new KyNetworkError(input instanceof Request ? input : new Request(input, init), {
            cause: error,
          });
        }
      },
    });
  }

  read<S extends Schema>(
    path: string,
    schema: S,
    options?: CallOptions,
    searchParams?: URLSearchParams,
  ) {
    return this.#send('get', path, schema, options?.signal, {
      searchParams,
      retry: { ...this.#retry, methods: ['get'] },
    });
  }

  create<S extends Schema>(path: string, schema: S, body: unknown, options?: CreateOptions) {
    return this.#send('post', path, schema, options?.signal, {
      json: body,
      headers: { 'idempotency-key': options?.idempotencyKey ?? newIdempotencyKey() },
      retry: { ...this.#retry, methods: ['post'] },
    });
  }

  /** A PUT that sets a whole resource the caller owns (no version to match); never retried. */
  replace<S extends Schema>(path: string, schema: S, body: unknown, options?: CallOptions) {
    return this.#send('put', path, schema, options?.signal, { json: body, retry: { limit: 0 } });
  }

  edit<S extends Schema>(
    method: Method,
    path: string,
    schema: S,
    body: unknown,
    options: EditOptions,
  ) {
    return this.#send(method, path, schema, options.signal, {
      json: body,
      headers: { 'if-match': `"${options.version}"` },
      retry: { limit: 0 },
    });
  }

  async #send<S extends Schema>(
    method: Method,
    path: string,
    schema: S,
    signal: AbortSignal | undefined,
    call: Pick<Options, 'json' | 'searchParams' | 'retry'> & { headers?: Record<string, string> },
  ): Promise<z.output<S>> {
    const operation = `${method.toUpperCase()} ${path}`;
    const token = await this.#options.getToken?.();
    try {
      const response = await this.#ky(path, {
        ...call,
        method,
        signal,
        headers: {
          accept: 'application/json, application/problem+json',
          ...this.#options.headers,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...call.headers,
        },
      });
      return parseBody(
        operation,
        schema,
        response.headers.get('content-type'),
        await response.text(),
      );
    } catch (error) {
      throw toApiError(error, operation, signal);
    }
  }
}

function parseBody<S extends Schema>(
  operation: string,
  schema: S,
  type: string | null,
  text: string,
): z.output<S> {
  if (!type || !JSON_TYPE.test(type)) {
    throw new InvalidResponseError(
      operation,
      '',
      `expected JSON, got ${type ?? 'no content type'}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InvalidResponseError(operation, '', 'the body is not valid JSON');
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new InvalidResponseError(
    operation,
    issue?.path.map(String).join('.') ?? '',
    issue?.message ?? 'invalid',
  );
}

/** Milliseconds a Retry-After header (seconds or an HTTP date) asks to wait; 0 when absent. */
function retryAfterMs(header: string | null): number {
  if (!header) return 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? 0 : date - Date.now();
}
