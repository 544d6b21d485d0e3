// A known address asked with a method it does not have (DELETE /requests) is a 405 with `Allow`,
// not a 404: the client has the right address and the wrong verb.
import type { Context, Hono } from 'hono';
import type { AppEnv } from './context.js';
import { problems, sendProblem } from './problems.js';

interface KnownRoute {
  method: string;
  pattern: RegExp;
}

/** The API's routes (not its middleware), as patterns under `base`. */
export function knownRoutes(api: Hono<AppEnv>, base: string): KnownRoute[] {
  return api.routes
    .filter((route) => route.method !== 'ALL')
    .map((route) => ({
      method: route.method,
      pattern: new RegExp(`^${base}${route.path.replace(/:[^/]+/g, '[^/]+')}/?$`),
    }));
}

/** The 405 answer when `c`'s path is known under other methods; undefined when it is unknown. */
export function methodNotAllowed(c: Context, routes: KnownRoute[]): Response | undefined {
  const methods = new Set(
    routes.filter((route) => route.pattern.test(c.req.path)).map((route) => route.method),
  );
  if (methods.size === 0) return undefined;
  if (methods.has('GET')) methods.add('HEAD'); // Hono answers HEAD with the GET route
  const allowed = [...methods].sort();
  c.header('Allow', allowed.join(', '));
  return sendProblem(c, {
    ...problems.methodNotAllowed(c.req.method, allowed).problem,
    instance: c.req.path,
  });
}
