// Koa middleware for the test runner's server: /__server/api/v1/... reaches a real reference
// server (started on first use, in its own process), so browser journeys run the widgets
// against the actual HTTP contract. The browser says who is signed in with the
// x-mentorkit-test-user header (the server trusts it as if a sign-in proxy had set it).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PREFIX = '/__server';
const script = fileURLToPath(new URL('./reference-server.ts', import.meta.url));
let apiBase;

function start() {
  apiBase ??= new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const ready = /READY (\S+)/.exec(output);
      if (ready) resolve(ready[1].replace(/\/api\/v1$/, ''));
    });
    child.on('exit', (code) => reject(new Error(`reference server exited (${code})`)));
    process.on('exit', () => child.kill());
  });
  return apiBase;
}

async function readBody(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return chunks.length ? Buffer.concat(chunks) : undefined;
}

const FORWARDED = [
  'content-type',
  'accept',
  'idempotency-key',
  'if-match',
  'x-mentorkit-test-user',
];

export async function referenceServerMiddleware(ctx, next) {
  if (!ctx.path.startsWith(`${PREFIX}/`)) return next();
  const origin = await start();
  const headers = {};
  for (const name of FORWARDED) if (ctx.get(name)) headers[name] = ctx.get(name);
  const response = await fetch(`${origin}${ctx.url.slice(PREFIX.length)}`, {
    method: ctx.method,
    headers,
    body: ['GET', 'HEAD'].includes(ctx.method) ? undefined : await readBody(ctx),
  });
  ctx.status = response.status;
  for (const name of ['content-type', 'etag', 'idempotent-replayed'])
    if (response.headers.get(name)) ctx.set(name, response.headers.get(name));
  ctx.body = Buffer.from(await response.arrayBuffer());
}
