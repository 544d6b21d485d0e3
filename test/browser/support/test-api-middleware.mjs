// Koa middleware for the test runner's server: scripted HTTP responses for client tests.
// Tests POST a script to /__script/<id>, then call /__api/<id>/...; each request takes the next
// scripted step. /__log/<id> returns what the server received (method, path, headers, body).
const scripts = new Map();

async function readBody(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function testApiMiddleware(ctx, next) {
  const [, kind, id] = ctx.path.split('/');
  if (kind === '__script') {
    scripts.set(id, { steps: JSON.parse(await readBody(ctx)), log: [] });
    ctx.status = 204;
    return;
  }
  if (kind === '__log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(scripts.get(id)?.log ?? []);
    return;
  }
  if (kind !== '__api') return next();
  const script = scripts.get(id);
  if (!script) {
    ctx.status = 404;
    return;
  }
  const body = await readBody(ctx);
  script.log.push({
    method: ctx.method,
    path: ctx.path.slice(`/__api/${id}`.length) + (ctx.querystring ? `?${ctx.querystring}` : ''),
    headers: ctx.headers,
    body,
  });
  const step = script.steps.length > 1 ? script.steps.shift() : script.steps[0];
  if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
  if (step.drop) {
    ctx.req.socket.destroy();
    return;
  }
  ctx.status = step.status ?? 200;
  for (const [name, value] of Object.entries(step.headers ?? {})) ctx.set(name, value);
  if (step.body !== undefined) {
    ctx.type = step.contentType ?? 'application/json';
    ctx.body = typeof step.body === 'string' ? step.body : JSON.stringify(step.body);
  }
}
