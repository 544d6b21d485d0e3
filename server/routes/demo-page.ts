// The demo intranet page (built into MENTORKIT_STATIC_DIR) as this server serves it: told where
// the API is, and in demo mode given the person switcher (a script file: the page's CSP allows no
// inline script).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { PERSONAS } from '../../src/fixtures/personas.js';
import { DEMO_COOKIE } from '../auth/index.js';
import type { AppEnv } from '../context.js';
import { API_BASE_PATH } from '../paths.js';

const asset = (name: string) => new URL(`../demo/${name}`, import.meta.url);

export const demoPageRoutes = new Hono<AppEnv>()
  .get('/_mentorkit/demo-switcher.js', async (c) => {
    if (!c.var.deps.config.demo) return c.notFound();
    return c.body(await readFile(asset('switcher.js'), 'utf8'), 200, {
      'content-type': 'text/javascript; charset=utf-8',
    });
  })
  .get('/_mentorkit/demo-switcher.css', async (c) => {
    if (!c.var.deps.config.demo) return c.notFound();
    return c.body(await readFile(asset('switcher.css'), 'utf8'), 200, {
      'content-type': 'text/css; charset=utf-8',
    });
  })
  .get('/', (c) => page(c))
  .get('/index.html', (c) => page(c));

async function page(c: Context<AppEnv>): Promise<Response> {
  const { staticDir, demo } = c.var.deps.config;
  if (!staticDir) return c.notFound();
  let html: string;
  try {
    html = await readFile(join(staticDir, 'index.html'), 'utf8');
  } catch {
    return c.notFound();
  }
  const additions = [
    `<meta name="mentorkit-api-base" content="${API_BASE_PATH}">`,
    ...(demo
      ? [
          '<link rel="stylesheet" href="/_mentorkit/demo-switcher.css">',
          '<script type="module" src="/_mentorkit/demo-switcher.js"></script>',
        ]
      : []),
  ].join('\n    ');
  // A first visit in demo mode starts as the main mentee, so the widgets' first requests are
  // already signed in (the switcher changes the person later).
  if (demo && !getCookie(c, DEMO_COOKIE))
    setCookie(c, DEMO_COOKIE, PERSONAS.mentee, { httpOnly: true, sameSite: 'Lax', path: '/' });
  return c.html(
    /<head>/i.test(html)
      ? html.replace(/<head>/i, `<head>\n    ${additions}`)
      : `${additions}\n${html}`,
  );
}
