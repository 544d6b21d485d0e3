// The load generator of `npm run bench:server`: N keep-alive connections (undici's Pool, far less
// CPU per request than fetch), each sending its next request as soon as the last answer is read,
// for a fixed time. Every latency is kept, so p50/p95/p99 are exact, not histogram buckets.
import { Pool } from 'undici';

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

/** Sends `next(i)` requests (i = 0, 1, 2...) over `connections` connections for `seconds`. */
export async function runLoad(
  origin: string,
  next: (i: number) => LoadRequest,
  { connections, seconds }: { connections: number; seconds: number },
): Promise<LoadResult> {
  const pool = new Pool(origin, { connections, pipelining: 1 });
  const times: number[] = [];
  let failed = 0;
  let sent = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const { path, headers } = next(sent++);
        const begun = performance.now();
        try {
          const response = await pool.request({ method: 'GET', path, headers: headers ?? {} });
          await response.body.arrayBuffer();
          if (response.statusCode === 200) times.push(performance.now() - begun);
          else failed++;
        } catch {
          failed++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await pool.close();
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
