// Cache headers for what the server serves besides the API (which is `no-store`, see
// security.ts): build outputs with a content hash in their name never change, so browsers keep
// them a year without asking; the page and other files are revalidated on every visit (ETag ->
// 304 Not Modified), so a new deploy shows at once.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/** Vite's output names: `assets/<name>-<8+ char hash>.<ext>`. */
const HASHED = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/i;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export function isHashedAsset(path: string): boolean {
  return HASHED.test(path);
}

/** `If-None-Match` lists `etag` (weak comparison, as RFC 9110 asks for GET). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((tag) => bare(tag) === bare(etag));
}

export function httpCaching(apiBase: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const { method, path } = c.req;
    if ((method !== 'GET' && method !== 'HEAD') || path.startsWith(`${apiBase}/`)) return;
    const response = c.res;
    if (response.status !== 200 || response.headers.has('Cache-Control')) return;
    if (isHashedAsset(path)) {
      response.headers.set('Cache-Control', IMMUTABLE);
      return;
    }
    response.headers.set('Cache-Control', REVALIDATE);
    if (!response.body) return;
    const body = Buffer.from(await response.arrayBuffer());
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    // Hono copies the old response's headers onto a new one, so the headers are edited in place.
    const { headers } = response;
    headers.set('ETag', etag);
    if (matches(c.req.header('if-none-match'), etag)) {
      // Content-Type stays: the security headers pick the page's CSP by it, and a browser
      // applies a 304's CSP to the cached page (without it, a reloaded page got the API's CSP).
      headers.delete('Content-Length');
      c.res = new Response(null, { status: 304, headers });
      return;
    }
    c.res = new Response(method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
