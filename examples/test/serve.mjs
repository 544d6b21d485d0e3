// A static file server for the built examples: URL prefixes mounted on folders, index.html for
// folders and for unknown paths without an extension (single-page apps), nothing else.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

async function fileFor(folder, path) {
  const file = join(folder, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(folder)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) return fileFor(folder, join(path, 'index.html'));
  if (!extname(path)) return fileFor(folder, '/index.html');
  return undefined;
}

/** Serves `mounts` ({ '/': dir, '/_test/': dir }) on a free port; resolves to { url, close }. */
export function serve(mounts) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    // The examples have no icon; a 404 for it would read as a console error.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const prefix = prefixes.find((candidate) => path.startsWith(candidate));
    const file = prefix && (await fileFor(mounts[prefix], `/${path.slice(prefix.length)}`));
    if (!file) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(await readFile(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
