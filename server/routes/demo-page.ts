// The demo intranet page (built into MENTORKIT_STATIC_DIR) as this server serves it: told where
// the API is, and in demo mode given the person switcher and the tour's steps for the person
// viewing, rendered into the page so that they are part of the first paint (nothing is inserted
// above the widgets later: no layout shift); script files (the CSP allows no inline script) only
// make the switcher's select and the tour's buttons switch the person.
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
  html = withServerNotice(html);
  if (demo) {
    const people = await demoPeople(c.var.deps.db);
    html = withTour(withSwitcher(html, switcher(people, person)), people, person);
  }
  return c.html(
    /<head>/i.test(html)
      ? html.replace(/<head>/i, `<head>\n    ${additions}`)
      : `${additions}\n${html}`,
  );
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

type DemoPerson = Awaited<ReturnType<typeof demoPeople>>[number];

/** The switcher bar as HTML: who the page is shown as, and the other personas. */
function switcher(people: DemoPerson[], current: string | undefined): string {
  const options = people.map(
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

/** The page's notice about where its data lives says "this server" from the first paint. */
const withServerNotice = (html: string) =>
  html
    .replace(/(data-demo-notice="memory")(?=>)/, '$1 hidden')
    .replace(/(data-demo-notice="server")\s+hidden(?=>)/, '$1');

/**
 * The tour (`<section class="demo-tour" hidden>` with `<li data-people data-target>` steps)
 * shown, each step ending in its action: a link to its place for the person viewing, else a
 * button that switches to the step's first person (demo/tour.ts makes it work).
 */
function withTour(html: string, people: DemoPerson[], current: string | undefined): string {
  const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? id;
  return html
    .replace(/(<section class="demo-tour[^>]*?)\s+hidden(?=[\s>])/, '$1')
    .replace(
      /<li data-people="([^"]+)" data-target="([^"]+)">([\s\S]*?)<\/li>/g,
      (_, who: string, target: string, text: string) => {
        const ids = who.split(' ');
        const yours = current !== undefined && ids.includes(current);
        const action = yours
          ? `<a class="tour-action" href="${escapeHtml(target)}">Go to this step</a>`
          : `<button type="button" class="tour-action" data-person="${escapeHtml(ids[0]!)}">Switch to ${escapeHtml(nameOf(ids[0]!))}</button>`;
        return `<li${yours ? ' class="is-you"' : ''} data-people="${who}" data-target="${target}">${text.trimEnd()} ${action}</li>`;
      },
    );
}
