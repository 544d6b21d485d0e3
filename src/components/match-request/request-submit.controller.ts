// Sending a request exactly once: one Idempotency-Key per logical submit, reused when the same
// content is sent again after a failure or a timeout (the server then answers with the request it
// already made), a new one when the person changed what they send. A second click while one
// submit is under way joins it instead of sending again.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MentoringApi } from '../../client/api.js';
import type { CreateRequest, MatchRequest } from '../../contract/index.js';
import { canonicalJson } from '../../contract/hashing.js';

function newKey(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`
  );
}

export class RequestSubmitController implements ReactiveController {
  /** The request the server confirmed, once it did. */
  sent: MatchRequest | undefined;
  /** The last failure (cleared when a new submit starts). */
  error: unknown;
  private inFlight: Promise<MatchRequest> | undefined;
  private attempt: { key: string; body: string } | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  get pending(): boolean {
    return this.inFlight !== undefined;
  }

  /** The key the next send of `input` uses (same content as the last failed one: same key). */
  keyFor(input: CreateRequest): string {
    const body = canonicalJson(input);
    if (!this.attempt || this.attempt.body !== body) this.attempt = { key: newKey(), body };
    return this.attempt.key;
  }

  submit(api: MentoringApi, input: CreateRequest): Promise<MatchRequest> {
    if (this.inFlight) return this.inFlight;
    const idempotencyKey = this.keyFor(input);
    this.error = undefined;
    this.inFlight = api
      .createRequest(input, { idempotencyKey })
      .then(
        (request) => {
          this.sent = request;
          this.attempt = undefined;
          return request;
        },
        (error: unknown) => {
          this.error = error;
          throw error;
        },
      )
      .finally(() => {
        this.inFlight = undefined;
        this.host.requestUpdate();
      });
    this.host.requestUpdate();
    return this.inFlight;
  }

  /** Forget the sent request (another mentor, or "write another request"). */
  reset(): void {
    this.sent = undefined;
    this.error = undefined;
    this.attempt = undefined;
    this.host.requestUpdate();
  }
}
