// `npm start` until the reference server exists: serves the demo intranet page (demo/) with Vite's
// dev server, the kit compiled from src/ on the fly, data from the in-browser memory API.
// PORT picks the port; when it is taken, the next free one is used.
import { createServer } from 'vite';

const server = await createServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  logLevel: 'warn',
  server: { strictPort: false },
});
await server.listen();

const url = server.resolvedUrls?.local[0] ?? `http://localhost:${server.config.server.port}/`;
console.log(`
mentorkit demo: ${url}

The page runs on the in-browser memory API (seeded demo data, reset on reload).
The reference server is on its way; until then nothing is stored.
Press Ctrl+C to stop.
`);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    await server.close();
    process.exit(0);
  });
}
