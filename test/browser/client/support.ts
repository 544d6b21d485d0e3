// Scripted HTTP for client tests: the test runner's own server answers with the steps a test
// posts (see test/browser/support/test-api-middleware.mjs) and logs what it received.
import { HttpMentoringApi, type HttpMentoringApiOptions } from '../../../src/client/index.js';

export interface Step {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  contentType?: string;
  delayMs?: number;
  /** Destroy the connection without answering. */
  drop?: boolean;
}

export interface ReceivedRequest {
  method: string;
  /** Path below the API base, with the query string. */
  path: string;
  headers: Record<string, string | undefined>;
  body: string;
}

export interface ScriptedServer {
  baseUrl: string;
  /** What the server received so far, in order. */
  received(): Promise<ReceivedRequest[]>;
}

let scripts = 0;

/** A fresh scripted endpoint; each request takes the next step, the last step repeats. */
export async function scriptedServer(...steps: Step[]): Promise<ScriptedServer> {
  const id = `client-${Date.now().toString(36)}-${++scripts}-${Math.random().toString(36).slice(2, 8)}`;
  const response = await fetch(`/__script/${id}`, { method: 'POST', body: JSON.stringify(steps) });
  if (!response.ok) throw new Error(`could not script the test server: ${response.status}`);
  return {
    baseUrl: `/__api/${id}`,
    received: async () => (await fetch(`/__log/${id}`)).json() as Promise<ReceivedRequest[]>,
  };
}

/** A client pointed at a fresh scripted server. */
export async function clientFor(
  steps: Step[],
  options: Partial<HttpMentoringApiOptions> = {},
): Promise<{ api: HttpMentoringApi; server: ScriptedServer }> {
  const server = await scriptedServer(...steps);
  return { api: new HttpMentoringApi({ baseUrl: server.baseUrl, ...options }), server };
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Wait until the server has received `count` requests (polls the log; no fixed sleeps). */
export async function untilReceived(server: ScriptedServer, count: number): Promise<void> {
  while ((await server.received()).length < count)
    await new Promise((resolve) => setTimeout(resolve, 10));
}
