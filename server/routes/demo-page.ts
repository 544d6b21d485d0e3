// The demo intranet page (built into MENTORKIT_STATIC_DIR) as this server serves it: told where
// the API is, and in demo mode given the person switcher, rendered into the page so that it is
// part of the first paint (nothing is inserted above the header later); a script file (the CSP
// allows no inline script) only makes its select switch the person.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { PERSONAS } from '../../src/fixtures/personas.js';
import { DEMO_COOKIE } from '../auth/index.js';
import type { AppEnv } from '../context.js';
import { API_BASE_PATH } from '../paths.js';
import { demoPeople } from './demo.js';

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
  // A first visit in demo mode starts as the main mentee, so the widgets' first requests are
  // already signed in (the switcher changes the person later).
  let person = getCookie(c, DEMO_COOKIE);
  if (demo && !person) {
    person = PERSONAS.mentee;
    setCookie(c, DEMO_COOKIE, person, { httpOnly: true, sameSite: 'Lax', path: '/' });
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
  if (demo) html = withSwitcher(html, await switcher(c, person));
  return c.html(
    /<head>/i.test(html)
      ? html.replace(/<head>/i, `<head>\n    ${additions}`)
      : `${additions}\n${html}`,
  );
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The switcher bar as HTML: who the page is shown as, and the other personas. */
async function switcher(c: Context<AppEnv>, current: string | undefined): Promise<string> {
  const options = (await demoPeople(c.var.deps.db)).map(
    (person) =>
      `<option value="${escapeHtml(person.id)}"${person.id === current ? ' selected' : ''}>${escapeHtml(
        `${person.name} (${person.title}; ${person.roles.join(', ')})`,
      )}</option>`,
  );
  return `<div class="mentorkit-demo-switcher" role="region" aria-label="Demo mode">
      <label for="mentorkit-demo-person"><strong>Demo mode</strong> — not a real sign-in. Viewing the program as </label>
      <select id="mentorkit-demo-person">${options.join('')}</select>
    </div>`;
}

/** The bar goes first in <body>, where the old script used to insert it after load. */
function withSwitcher(html: string, bar: string): string {
  return /<body[^>]*>/i.test(html)
    ? html.replace(/<body[^>]*>/i, (body) => `${body}\n    ${bar}`)
    : `${bar}\n${html}`;
}
