// What the reference server tells browsers about its answers: brotli or gzip as the request
// allows (never an encoding it refused), hashed build outputs cached for a year, the page and
// other files revalidated with an ETag (304 when unchanged), the API never cached.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PERSONAS } from '../../src/fixtures/index.js';
import { apiEncoding, negotiateEncoding } from '../../server/compression.js';
import { startTestServer, type TestServer } from './support/test-server.js';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose body arrives as sent (fetch would decompress it behind our back). */
function raw(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `mentor-${i}`))};\n`;
const PAGE = `<!doctype html><html lang="en"><head><title>Mentoring</title></head><body>${'<p>Find a mentor.</p>'.repeat(80)}</body></html>`;
const ASSET = '/assets/main-C_wJbz5K.js';

describe('compression and cache headers', () => {
  let t: TestServer;
  let staticDir: string;
  before(async () => {
    staticDir = await mkdtemp(join(tmpdir(), 'mentorkit-static-'));
    await mkdir(join(staticDir, 'assets'));
    await writeFile(join(staticDir, 'index.html'), PAGE);
    await writeFile(join(staticDir, ASSET), SCRIPT);
    await writeFile(join(staticDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await startTestServer('pglite', { staticDir });
  });
  after(async () => {
    await t?.close();
    if (staticDir) await rm(staticDir, { recursive: true, force: true });
  });

  it('chooses brotli over gzip, honours q=0 and falls back to no encoding', () => {
    assert.equal(negotiateEncoding('gzip, deflate, br'), 'br');
    assert.equal(negotiateEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(negotiateEncoding('gzip;q=1, br;q=0.5'), 'gzip');
    assert.equal(negotiateEncoding('*'), 'br');
    // API answers, compressed afresh each time: the faster gzip whenever the client takes it.
    assert.equal(apiEncoding('gzip, deflate, br'), 'gzip');
    assert.equal(apiEncoding('br'), 'br');
    assert.equal(apiEncoding('br, gzip;q=0'), 'br');
    assert.equal(apiEncoding('identity'), undefined);
    assert.equal(negotiateEncoding('identity'), undefined);
    assert.equal(negotiateEncoding(undefined), undefined);
  });

  it('serves a hashed script brotli-compressed, immutable for a year', async () => {
    const response = await raw(`${t.url}${ASSET}`, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-encoding'], 'br');
    assert.match(String(response.headers['vary']), /accept-encoding/i);
    assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.ok(response.body.length < SCRIPT.length / 3, `${response.body.length} bytes sent`);
    assert.equal(brotliDecompressSync(response.body).toString(), SCRIPT);
    // The second answer comes from the compressed copy kept for immutable assets: same bytes.
    const again = await raw(`${t.url}${ASSET}`, { 'accept-encoding': 'br' });
    assert.deepEqual(again.body, response.body);
  });

  it('sends gzip to a client without brotli, and plain bytes to one that asks for none', async () => {
    const gzipped = await raw(`${t.url}${ASSET}`, { 'accept-encoding': 'gzip' });
    assert.equal(gzipped.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gzipped.body).toString(), SCRIPT);
    const plain = await raw(`${t.url}${ASSET}`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), SCRIPT);
  });

  it('revalidates the page: an ETag, then 304 Not Modified while it is unchanged', async () => {
    const first = await raw(`${t.url}/`, { 'accept-encoding': 'br' });
    assert.equal(first.status, 200);
    assert.equal(first.headers['cache-control'], 'no-cache');
    assert.equal(first.headers['content-encoding'], 'br');
    assert.match(brotliDecompressSync(first.body).toString(), /Find a mentor/);
    const etag = String(first.headers['etag']);
    assert.match(etag, /^W\/".+"$/, 'a compressed answer carries a weak validator');
    const second = await raw(`${t.url}/`, { 'accept-encoding': 'br', 'if-none-match': etag });
    assert.equal(second.status, 304);
    assert.equal(second.body.length, 0);
    // Any representation's validator revalidates the page (weak comparison).
    const plain = await raw(`${t.url}/`, { 'if-none-match': etag.slice(2) });
    assert.equal(plain.status, 304);
  });

  it('revalidates files without a hash in their name', async () => {
    const icon = await raw(`${t.url}/favicon.svg`);
    assert.equal(icon.status, 200);
    assert.equal(icon.headers['cache-control'], 'no-cache');
    assert.ok(icon.headers['etag']);
  });

  it('compresses API answers but never lets them be cached', async () => {
    const token = await t.token(PERSONAS.mentee);
    const response = await raw(`${t.apiBase}/mentors?limit=20`, {
      authorization: `Bearer ${token}`,
      'accept-encoding': 'br',
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal(response.headers['content-encoding'], 'br');
    const page = JSON.parse(brotliDecompressSync(response.body).toString()) as { items: unknown[] };
    assert.equal(page.items.length, 20);
    const gzipped = await raw(`${t.apiBase}/mentors?limit=20`, {
      authorization: `Bearer ${token}`,
      'accept-encoding': 'gzip, deflate, br',
    });
    assert.equal(gzipped.headers['content-encoding'], 'gzip');
    assert.equal(
      (JSON.parse(gunzipSync(gzipped.body).toString()) as { items: unknown[] }).items.length,
      20,
    );
  });
});
