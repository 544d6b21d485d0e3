// The server benchmark's smoke run (a few seconds, 300 mentors, PGlite), so `npm run bench:server`
// cannot rot: it must finish, measure mentorkit and the baseline, and print every figure.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

describe('npm run bench:server -- --smoke', () => {
  it('runs mentorkit and the bare Hono baseline under load and prints their figures', () => {
    const root = resolve(import.meta.dirname, '../..');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench-server.ts', '--smoke'],
      { cwd: root, encoding: 'utf8', timeout: 240_000 },
    );
    assert.equal(run.status, 0, run.stderr);
    const figures = /(\d+)\/s\s+p50 [\d.]+ ms, p95 [\d.]+ ms, p99 [\d.]+ ms/;
    for (const label of [
      'mentorkit, mixed searches',
      'mentorkit, skill + open, by name',
      'mentorkit, GET /me (sign-in)',
      'baseline: bare Hono + one SQL query',
    ]) {
      const line = run.stdout.split('\n').find((text) => text.includes(label));
      assert.ok(line, `${label} is printed`);
      const [, perSecond] = figures.exec(line) ?? [];
      assert.ok(Number(perSecond) > 0, `${label}: ${line}`);
      assert.doesNotMatch(line, /failed/, 'no request failed');
    }
    assert.match(run.stdout, /ratio to baseline: mixed searches [\d.]+x, same query [\d.]+x/);
  });
});
