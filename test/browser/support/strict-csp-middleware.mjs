// Koa middleware for the test runner's server: the test pages of test/browser/strict-csp/ are
// served with the strict policy an LMS sets, as a real response header:
//   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// The runner's own bootstrap (its config and log capture) is inline script, which that policy
// forbids; it is moved, unchanged, into same-origin files so the page keeps working. Nothing the
// widgets load is relaxed or rewritten.
import { createHash } from 'node:crypto';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const STRICT_TESTS = '/test/browser/strict-csp/';
const SCRIPTS = '/__strict-csp-inline/';
const inlineScripts = new Map();

function externalizeInlineScripts(html) {
  return html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (whole, attributes, code) => {
    if (/\bsrc=/.test(attributes) || !code.trim()) return whole;
    const name = `${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
    inlineScripts.set(name, code);
    return `<script${attributes} src="${SCRIPTS}${name}"></script>`;
  });
}

export async function strictCspMiddleware(ctx, next) {
  if (ctx.path.startsWith(SCRIPTS)) {
    const code = inlineScripts.get(ctx.path.slice(SCRIPTS.length));
    if (code === undefined) return next();
    ctx.type = 'application/javascript';
    ctx.body = code;
    return;
  }
  await next();
  const html = typeof ctx.body === 'string' && ctx.response.is('html') ? ctx.body : undefined;
  // The runner's page for a test file names that file in its inline config.
  if (!html?.includes(STRICT_TESTS)) return;
  ctx.body = externalizeInlineScripts(html);
  ctx.set('Content-Security-Policy', STRICT_CSP);
}
