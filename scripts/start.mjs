// `npm start`: builds the demo intranet page (vite --mode demo -> dist/demo), then runs the
// reference server in demo mode: the API under /api/v1, the page at /, a person switcher instead
// of a real sign-in. Data lives in embedded PostgreSQL under .data/ (or DATABASE_URL), created
// and seeded on the first start and reused afterwards. PORT picks the port (default 3000, or the
// next free one).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, process.env.HOST ?? '127.0.0.1');
  });
}

async function choosePort() {
  if (process.env.PORT) return process.env.PORT;
  for (let port = 3000; port < 3020; port++) if (await isFree(port)) return String(port);
  return '0'; // let the system pick one
}

console.log('Building the demo page (dist/demo)…');
await build({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  mode: 'demo',
  logLevel: 'warn',
});

const server = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: await choosePort(),
    MENTORKIT_DEMO: '1',
    MENTORKIT_STATIC_DIR: process.env.MENTORKIT_STATIC_DIR ?? 'dist/demo',
  },
});

// Ctrl+C / SIGTERM reach the server, which finishes in-flight requests before exiting.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
