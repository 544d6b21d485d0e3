// The command README gives backend implementers, run as they would: `npm run test:contract` with
// a base URL, credentials and a reset, against the reference server running as its own process
// (trusted-header sign-in, demo mode for the reset route). It runs the whole behaviour suite over
// HTTP and must pass; without a base URL it explains its usage.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { serverProcess, type StartedServer } from './support/npm-start.js';

const root = resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// The command's own test run, not a subtest of this one (node:test marks its children).
const env = { ...process.env, NODE_TEST_CONTEXT: undefined };

describe('npm run test:contract against the reference server', () => {
  let server: StartedServer;
  before(async () => {
    server = await serverProcess({
      MENTORKIT_DEMO: '1',
      MENTORKIT_TRUSTED_USER_HEADER: 'X-Test-User',
    });
  });
  after(() => server?.stop());

  it('passes the behaviour suite over HTTP, signing in with a header and resetting by URL', async () => {
    const api = `${server.url}/api/v1`;
    const child = spawn(
      npm,
      [
        'run',
        '--silent',
        'test:contract',
        '--',
        '--base-url',
        api,
        '--user-header',
        'X-Test-User',
        '--reset-url',
        `${api}/demo/reset`,
      ],
      { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    const count = (label: string) =>
      Number(new RegExp(`ℹ ${label} (\\d+)`).exec(output)?.[1] ?? NaN);
    assert.equal(code, 0, output.slice(-4000));
    assert.equal(count('fail'), 0);
    assert.ok(count('pass') >= 80, `the whole suite ran (${count('pass')} passed)`);
  });

  it('explains its usage when the base URL is missing', () => {
    const result = spawnSync(
      npm,
      ['run', '--silent', 'test:contract', '--', '--user-header', 'X'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--base-url is required/);
    assert.match(result.stderr, /--reset-url/);
  });
});
