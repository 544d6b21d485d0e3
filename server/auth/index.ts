// Who is calling: a bearer JWT, a header set by a trusted reverse proxy, or (demo mode only) the
// person chosen in the demo page's switcher, kept in a cookie.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv, AuthVia } from '../context.js';
import { problems } from '../problems.js';
import type { DirectoryIndexCache } from '../repositories/directory.js';
import type { Db } from '../db/connection.js';
import { findPerson, findPersonByEmail, type PersonRow } from '../repositories/people.js';
import { createJwtVerifier } from './jwt.js';

/**
 * The person `ref` names (an id, or an e-mail from a proxy), including every write committed
 * before this call. A person kept in the people cache costs no query of its own: the change feed
 * check it waits for is shared by every request arriving meanwhile. `checked` says that check ran
 * (the directory and the program's rules are then current too).
 */
async function lookUpPerson(
  directory: DirectoryIndexCache,
  db: Db,
  ref: string,
): Promise<{ person: PersonRow | undefined; checked: boolean }> {
  const kept = directory.people.get(ref);
  if (kept) {
    await directory.current(kept.programId);
    const fresh = directory.people.get(ref);
    if (fresh?.programId === kept.programId) return { person: fresh, checked: true };
  }
  const generation = directory.people.generation;
  const person =
    (await findPerson(db, ref)) ??
    (ref.includes('@') ? await findPersonByEmail(db, ref) : undefined);
  if (person && directory.follows(person.programId)) directory.people.remember(person, generation);
  return { person, checked: false };
}

export const DEMO_COOKIE = 'mentorkit_demo_person';

export function authenticate(): MiddlewareHandler<AppEnv> {
  let verifier: ReturnType<typeof createJwtVerifier> | undefined;
  return async (c, next) => {
    const { config, db, directory } = c.var.deps;
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
    const { person, checked } =
      personRef.length <= 64
        ? await lookUpPerson(directory, db, personRef)
        : { person: undefined, checked: false };
    if (!person)
      throw problems.unauthenticated('You are signed in, but not part of this mentoring program.');
    c.set('viewer', person);
    c.set('authVia', via);
    c.set('directoryChecked', checked);
    await next();
  };
}
