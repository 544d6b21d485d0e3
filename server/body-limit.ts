// Body size limit. An oversized body with a Content-Length is read to the end (up to a cap) and
// discarded before answering 413: answering early makes Node close the connection mid-upload,
// which clients report as a network failure instead of the 413.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './context.js';
import { problems, sendProblem } from './problems.js';

const DRAIN_CAP = 16 * 1024 * 1024;

async function drain(body: ReadableStream<Uint8Array> | null): Promise<void> {
  if (!body) return;
  let read = 0;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
      if (read > DRAIN_CAP) return;
    }
  } catch {
    // the client gave up; nothing to drain
  } finally {
    reader.releaseLock();
  }
}

export function limitBody(maxSize: number): MiddlewareHandler<AppEnv> {
  const tooLarge = problems.tooLarge(maxSize).problem;
  const streaming = bodyLimit({ maxSize, onError: (c) => sendProblem(c, tooLarge) });
  return async (c, next) => {
    // No route reads a GET's body, and asking whether there is one (c.req.raw.body) makes the
    // Node adapter build a whole Request with an AbortSignal: most of the cost of a cheap GET.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = Number(c.req.header('content-length') ?? NaN);
    if (Number.isFinite(length) && length > maxSize) {
      await drain(c.req.raw.body);
      return sendProblem(c, tooLarge);
    }
    return streaming(c, next);
  };
}
