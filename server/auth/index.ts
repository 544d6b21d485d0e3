// Who is calling: a bearer JWT, a header set by a trusted reverse proxy, or (demo mode only) the
// person chosen in the demo page's switcher, kept in a cookie.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv, AuthVia } from '../context.js';
import { problems } from '../problems.js';
import { findPerson, findPersonByEmail } from '../repositories/people.js';
import { createJwtVerifier } from './jwt.js';

export const DEMO_COOKIE = 'mentorkit_demo_person';

export function authenticate(): MiddlewareHandler<AppEnv> {
  let verifier: ReturnType<typeof createJwtVerifier> | undefined;
  return async (c, next) => {
    const { config, db } = c.var.deps;
    verifier ??= createJwtVerifier(config.auth);
    let personRef: string | null = null;
    let via: AuthVia | null = null;
    const authorization = c.req.header('authorization');
    if (authorization) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      if (!token || !verifier)
        throw problems.unauthenticated('This server does not accept this kind of credentials.');
      personRef = await verifier(token);
      if (!personRef)
        throw problems.unauthenticated(
          'The sign-in token is not valid or has expired. Sign in again.',
        );
      via = 'jwt';
    } else if (config.auth.trustedUserHeader && c.req.header(config.auth.trustedUserHeader)) {
      personRef = c.req.header(config.auth.trustedUserHeader)!.trim();
      via = 'proxy';
    } else if (config.demo && getCookie(c, DEMO_COOKIE)) {
      personRef = getCookie(c, DEMO_COOKIE)!;
      via = 'demo';
    }
    if (!personRef || !via) throw problems.unauthenticated();
    const person =
      personRef.length <= 64
        ? ((await findPerson(db, personRef)) ??
          (personRef.includes('@') ? await findPersonByEmail(db, personRef) : undefined))
        : undefined;
    if (!person)
      throw problems.unauthenticated('You are signed in, but not part of this mentoring program.');
    c.set('viewer', person);
    c.set('authVia', via);
    await next();
  };
}
