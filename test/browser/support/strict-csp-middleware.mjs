// Koa middleware for the test runner's server: the test pages of test/browser/strict-csp/ are
// served with the strict policy an LMS sets, as a real response header:
//   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// The runner's own bootstrap (its config and log capture) is inline script, which that policy
// forbids; it is moved, unchanged, into same-origin files so the page keeps working. Nothing the
// widgets load is relaxed or rewritten.
// The LMS page (strict-csp/lms-page/) loads the kit's self-contained build, as a customer's page
// does: /__built/browser/* is `vite build --mode browser`, made on first request.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const STRICT_TESTS = '/test/browser/strict-csp/';
const SCRIPTS = '/__strict-csp-inline/';
const inlineScripts = new Map();
const LMS_PAGE = '/test/browser/strict-csp/lms-page/';
const BUILT = '/__built/browser/';
const root = resolve(import.meta.dirname, '../../..');
let built;

/** The browser build in a temporary folder, made once per test run. */
function browserBuild() {
  built ??= (async () => {
    const { build } = await import('vite');
    const outDir = await mkdtemp(join(tmpdir(), 'mentorkit-browser-'));
    await build({
      configFile: resolve(root, 'vite.config.ts'),
      mode: 'browser',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
    return outDir;
  })();
  return built;
}

async function serveBuilt(ctx) {
  const outDir = await browserBuild();
  const file = normalize(join(outDir, ctx.path.slice(BUILT.length)));
  if (!file.startsWith(outDir)) return false;
  const body = await readFile(file).catch(() => undefined);
  if (!body) return false;
  ctx.type = extname(file) === '.map' ? 'application/json' : 'application/javascript';
  ctx.body = body;
  return true;
}

function externalizeInlineScripts(html) {
  return html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (whole, attributes, code) => {
    if (/\bsrc=/.test(attributes) || !code.trim()) return whole;
    const name = `${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
    inlineScripts.set(name, code);
    return `<script${attributes} src="${SCRIPTS}${name}"></script>`;
  });
}

export async function strictCspMiddleware(ctx, next) {
  if (ctx.path.startsWith(BUILT)) {
    if (await serveBuilt(ctx)) return;
    return next();
  }
  if (ctx.path.startsWith(SCRIPTS)) {
    const code = inlineScripts.get(ctx.path.slice(SCRIPTS.length));
    if (code === undefined) return next();
    ctx.type = 'application/javascript';
    ctx.body = code;
    return;
  }
  await next();
  if (ctx.path.startsWith(LMS_PAGE) && ctx.response.is('html')) {
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  const html = typeof ctx.body === 'string' && ctx.response.is('html') ? ctx.body : undefined;
  // The runner's page for a test file names that file in its inline config.
  if (!html?.includes(STRICT_TESTS)) return;
  ctx.body = externalizeInlineScripts(html);
  ctx.set('Content-Security-Policy', STRICT_CSP);
}
