// Browser-facing protections: CORS allowlist for portals on other origins, CSRF defence for
// cookie sign-in, security headers, and a strict CSP (no inline code, Trusted Types) for pages.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './context.js';
import { DEMO_COOKIE } from './auth/index.js';
import { problems } from './problems.js';

/**
 * The demo page's policy. Lit renders through a Trusted Types policy named `lit-html`; nothing
 * else may create HTML from strings, and no inline script or style runs.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** API answers are data, never documents: nothing may run or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  const headers = secureHeaders({
    crossOriginResourcePolicy: 'cross-origin',
    crossOriginEmbedderPolicy: false,
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'SAMEORIGIN',
  });
  return async (c, next) => {
    await headers(c, next);
    const type = c.res.headers.get('content-type') ?? '';
    c.res.headers.set('Content-Security-Policy', type.startsWith('text/html') ? PAGE_CSP : API_CSP);
    if (c.req.path.startsWith('/api/')) c.res.headers.set('Cache-Control', 'no-store');
  };
}

export function corsAllowlist(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  const allowed = new Set(origins);
  const allowlisted = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'Accept'],
    exposeHeaders: ['ETag', 'Location', 'Idempotent-Replayed'],
    maxAge: 600,
  });
  // Only cross-origin requests carry Origin, and only they read CORS headers. Setting them on
  // every answer made Hono copy each response into a new one (with a stream) once the route set it.
  return (c, next) => (c.req.header('origin') ? allowlisted(c, next) : next());
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookies are sent by the browser on cross-site requests; a bearer token or proxy header is not.
 * So a state-changing request that relies on the demo cookie must come from our own origin or an
 * allowlisted portal, proven by `Origin` or `Sec-Fetch-Site`.
 */
export function csrfProtection(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  const allowed = new Set(origins);
  return async (c, next) => {
    if (
      SAFE_METHODS.has(c.req.method) ||
      c.req.header('authorization') ||
      !getCookie(c, DEMO_COOKIE)
    )
      return next();
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    const own = new URL(c.req.url).origin;
    const trusted = origin ? origin === own || allowed.has(origin) : site === 'same-origin';
    if (!trusted)
      throw problems.forbidden(
        'This request did not come from an allowed page (cross-site request refused).',
      );
    return next();
  };
}
