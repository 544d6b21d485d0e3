// The Hono application: middleware order matters (logging, security headers, CORS, body limit,
// then the person switcher, CSRF and sign-in before any API route).
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv, Deps } from './context.js';
import { authenticate } from './auth/index.js';
import { limitBody } from './body-limit.js';
import { errorFields } from './logger.js';
import { knownRoutes, methodNotAllowed } from './method-not-allowed.js';
import { problems, sendProblem, toProblemResponse } from './problems.js';
import { API_BASE_PATH } from './paths.js';
import { corsAllowlist, csrfProtection, securityHeaders } from './security.js';
import { demoPageRoutes } from './routes/demo-page.js';
import { agreementRoutes } from './routes/agreements.js';
import { demoRoutes } from './routes/demo.js';
import { healthRoutes } from './routes/health.js';
import { meRoutes } from './routes/me.js';
import { mentorRoutes } from './routes/mentors.js';
import { mentorshipRoutes } from './routes/mentorships.js';
import { reportRoutes } from './routes/report.js';
import { requestRoutes } from './routes/requests.js';
import { surveyRoutes } from './routes/surveys.js';

export const API_BASE = API_BASE_PATH;

export function createApp(deps: Deps) {
  const { config, log } = deps;
  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    c.set('deps', deps);
    const started = performance.now();
    await next();
    if (config.logRequests)
      log.info('request', {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        person: c.get('viewer')?.id,
      });
  });
  app.use(securityHeaders());
  app.use(`${API_BASE}/*`, corsAllowlist(config.corsOrigins));
  app.use(`${API_BASE}/*`, limitBody(config.bodyLimitBytes));
  app.route('/', healthRoutes);

  const api = new Hono<AppEnv>();
  api.route('/', demoRoutes);
  api.use(csrfProtection(config.corsOrigins), authenticate());
  api.route('/', meRoutes);
  api.route('/', mentorRoutes);
  api.route('/', requestRoutes);
  api.route('/', mentorshipRoutes);
  api.route('/', surveyRoutes);
  api.route('/', agreementRoutes);
  api.route('/', reportRoutes);
  app.route(API_BASE, api);

  app.route('/', demoPageRoutes);
  if (config.staticDir) app.use('/*', serveStatic({ root: config.staticDir }));

  const routes = knownRoutes(api, API_BASE);
  app.notFound(
    (c) =>
      methodNotAllowed(c, routes) ??
      sendProblem(c, { ...problems.notFound('This address').problem, instance: c.req.path }),
  );
  app.onError((error, c) =>
    toProblemResponse(error, c, (e) =>
      log.error('unhandled error', { path: c.req.path, ...errorFields(e) }),
    ),
  );
  return app;
}
