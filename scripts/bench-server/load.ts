// The load generator of `npm run bench:server`: N keep-alive connections, each sending its next
// request as soon as the last answer is read, for a fixed time. It runs on the same two cores as
// the server, so its own CPU is taken from the server: it writes each request as one string on a
// raw socket and reads answers with a minimal HTTP/1.1 parser (response.ts), about a quarter of
// what undici's Pool spends per request. Every latency is kept, so p50/p95/p99 are exact.
import { connect, type Socket } from 'node:net';
import { ResponseReader } from './response.js';

export interface LoadRequest {
  path: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  done: number;
  failed: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

export const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;

/** The request's bytes: a GET with its headers, kept alive. */
function requestText(host: string, { path, headers = {} }: LoadRequest): string {
  let text = `GET ${path} HTTP/1.1\r\nhost: ${host}\r\n`;
  for (const [name, value] of Object.entries(headers)) text += `${name}: ${value}\r\n`;
  return `${text}\r\n`;
}

/** One keep-alive connection: `send` resolves with the status code once the body is read. */
class Connection {
  readonly #socket: Socket;
  readonly #reader = new ResponseReader((status) => this.#settle()?.resolve(status));
  #waiting: { resolve: (status: number) => void; reject: (error: Error) => void } | undefined;

  constructor(url: URL) {
    this.#socket = connect(Number(url.port), url.hostname);
    this.#socket.setNoDelay(true);
    this.#socket.on('data', (chunk: Buffer) => {
      try {
        this.#reader.read(chunk);
      } catch (error) {
        this.#fail(error as Error);
      }
    });
    this.#socket.on('error', (error) => this.#fail(error));
    this.#socket.on('close', () => this.#fail(new Error('the server closed the connection')));
  }

  get open(): boolean {
    return !this.#socket.destroyed;
  }

  send(text: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
      this.#socket.write(text, 'latin1');
    });
  }

  close(): void {
    this.#socket.destroy();
  }

  #settle() {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    return waiting;
  }

  #fail(error: Error): void {
    this.#socket.destroy();
    this.#settle()?.reject(error);
  }
}

/** Sends `next(i)` requests (i = 0, 1, 2...) over `connections` connections for `seconds`. */
export async function runLoad(
  origin: string,
  next: (i: number) => LoadRequest,
  { connections, seconds }: { connections: number; seconds: number },
): Promise<LoadResult> {
  const url = new URL(origin);
  const times: number[] = [];
  let failed = 0;
  let sent = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      let connection = new Connection(url);
      while (performance.now() < until) {
        const text = requestText(url.host, next(sent++));
        const begun = performance.now();
        try {
          const status = await connection.send(text);
          if (status === 200) times.push(performance.now() - begun);
          else failed++;
        } catch {
          failed++;
        }
        // A closed connection (the server's keep-alive ended, an error) is opened again.
        if (!connection.open) connection = new Connection(url);
      }
      connection.close();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    done: times.length,
    failed,
    perSecond: times.length / elapsed,
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    p99: quantile(times, 0.99),
  };
}
