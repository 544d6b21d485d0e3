// `npm run test:examples`: the example apps in examples/ as customers build them. Packs the
// package (building it first when dist/ is older than the sources), installs the tarball into
// each example (skipped when its package.json, lockfile and the tarball are unchanged),
// typechecks and builds each, checks that the deliberate mistakes in its type-errors/ fail the
// typecheck, then opens the built output in Chromium and checks what a person sees
// (examples/test/checks.mjs), and that two copies of the kit on one page warn instead of
// throwing (examples/test/two-copies.mjs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync } from 'node:fs';
import { rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { chromium } from 'playwright-core';
import { checkExampleApp } from '../examples/test/checks.mjs';
import { checkTwoCopies } from '../examples/test/two-copies.mjs';
import { serve } from '../examples/test/serve.mjs';
import { requireBrowser } from './find-browser.mjs';
import { packForConsumers } from './pack.mjs';

const root = resolve(import.meta.dirname, '..');
const examplesDir = join(root, 'examples');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Each example: its folder, and the folder of its built output that a web server serves. */
const EXAMPLES = [
  { name: 'html', served: '.' },
  { name: 'react', served: 'dist' },
  { name: 'vue', served: 'dist' },
  { name: 'angular', served: 'dist/browser' },
];
const only = process.argv.slice(2);
const selected = only.length ? EXAMPLES.filter(({ name }) => only.includes(name)) : EXAMPLES;

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
function timed(label, action) {
  const since = Date.now();
  const result = action();
  console.log(`  ${label} (${seconds(since)})`);
  return result;
}

/** Newest modification time of the files under `paths` (folders walked). */
function newest(paths) {
  let time = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const info = statSync(path);
    if (info.isDirectory())
      time = Math.max(time, newest(readdirSync(path).map((name) => join(path, name))));
    else time = Math.max(time, info.mtimeMs);
  }
  return time;
}

// ---- the tarball ----------------------------------------------------------------------------
const sources = ['src', 'frameworks', 'package.json', 'vite.config.ts', 'tsconfig.build.json'];
const built = ['dist/mentorkit.js', 'dist/browser/mentorkit.js'].map((file) => join(root, file));
const fresh =
  built.every((file) => existsSync(file)) &&
  Math.min(...built.map((file) => statSync(file).mtimeMs)) >
    newest(sources.map((path) => join(root, path)));
if (fresh) console.log('dist/ is newer than the sources: not rebuilding.');
else timed('built the package (npm run build)', () => run(npm, ['run', 'build', '--silent'], root));

const packDir = join(examplesDir, '.pack');
mkdirSync(packDir, { recursive: true });
const tarball = join(packDir, 'mentorkit.tgz');
timed('packed examples/.pack/mentorkit.tgz', () => {
  renameSync(packForConsumers(packDir).tarball, tarball);
});
const tarballHash = createHash('sha256').update(readFileSync(tarball)).digest('hex');

// ---- install, typecheck, build --------------------------------------------------------------
/** The file: tarball has no integrity in the lockfile, so a new tarball installs without churn. */
function dropTarballIntegrity(lockfile) {
  const lock = JSON.parse(readFileSync(lockfile, 'utf8'));
  const entry = lock.packages?.['node_modules/mentorkit'];
  if (!entry?.integrity) return;
  delete entry.integrity;
  writeFileSync(lockfile, `${JSON.stringify(lock, null, 2)}\n`);
}

function install(dir) {
  const lockfile = join(dir, 'package-lock.json');
  const stampFile = join(dir, 'node_modules/.mentorkit-example-stamp');
  const stamp = () =>
    createHash('sha256')
      .update(tarballHash)
      .update(readFileSync(join(dir, 'package.json')))
      .update(existsSync(lockfile) ? readFileSync(lockfile) : '')
      .digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp()) {
    console.log('  install skipped (package.json, lockfile and tarball unchanged)');
    return;
  }
  timed('npm install', () => {
    // Only the kit is new: the rest of node_modules stays, and npm fetches nothing else.
    rmSync(join(dir, 'node_modules/mentorkit'), { recursive: true, force: true });
    run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  });
  dropTarballIntegrity(lockfile);
  writeFileSync(stampFile, stamp());
}

/**
 * Diagnostics as "file-name:line": tsc's `file(line,col): error` and ngc's colored
 * `file:line:col - error` (it prints paths from another folder, so names, not paths).
 */
const errorLines = (output) =>
  new Set(
    [
      ...stripVTControlCharacters(output).matchAll(
        /^(\S+?)(?:\((\d+),\d+\)|:(\d+):\d+)(?::| -) error/gm,
      ),
    ].map(([, file, line, ngLine]) => `${basename(file)}:${line ?? ngLine}`),
  );

/** type-errors/: the line after each `// ✗` (or `<!-- ✗`) must be reported, and nothing else. */
function checkTypeErrors(dir) {
  const folder = join(dir, 'type-errors');
  if (!existsSync(folder)) return;
  const expected = new Set();
  for (const name of readdirSync(folder)) {
    const lines = readFileSync(join(folder, name), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (/^\s*(\/\/|<!--)\s*✗/.test(line)) expected.add(`${name}:${index + 2}`);
    });
  }
  let output = '';
  let failed = false;
  timed('npm run typecheck:errors (must fail)', () => {
    try {
      run(npm, ['run', 'typecheck:errors', '--silent'], dir);
    } catch (error) {
      failed = true;
      output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    }
  });
  const reported = errorLines(output);
  const missed = [...expected].filter((line) => !reported.has(line));
  const unexpected = [...reported].filter((line) => !expected.has(line));
  if (!failed || missed.length || unexpected.length || expected.size === 0)
    throw new Error(
      `type-errors/ in ${dir}: expected errors at ${[...expected].join(', ')}; ` +
        `missed ${missed.join(', ') || 'none'}, unexpected ${unexpected.join(', ') || 'none'}\n${output}`,
    );
  console.log(`  ${expected.size} deliberate type errors in type-errors/ fail the typecheck`);
}

for (const example of selected) {
  const dir = join(examplesDir, example.name);
  console.log(`examples/${example.name}`);
  install(dir);
  try {
    timed('npm run build (typecheck, then build)', () =>
      run(npm, ['run', 'build', '--silent'], dir),
    );
  } catch (error) {
    console.error(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw error;
  }
  checkTypeErrors(dir);
}

// ---- in Chromium ----------------------------------------------------------------------------
const browser = await chromium.launch({
  executablePath: requireBrowser('chromium'),
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
let failures = 0;
try {
  for (const example of selected) {
    const since = Date.now();
    const server = await serve({ '/': join(examplesDir, example.name, example.served) });
    const page = await browser.newPage();
    console.log(`examples/${example.name} in Chromium (${server.url})`);
    try {
      await checkExampleApp(page, `${server.url}/`, (text) => console.log(`  ✓ ${text}`));
      console.log(`  passed (${seconds(since)})`);
    } catch (error) {
      failures += 1;
      console.error(`  ✗ ${error.message}`);
      await page.screenshot({ path: join(packDir, `${example.name}-failure.png`) }).catch(() => {});
    } finally {
      await page.close();
      await server.close();
    }
  }
  if (selected.some(({ name }) => name === 'html')) {
    try {
      await checkTwoCopies(browser, join(examplesDir, 'html'), (text) =>
        console.log(`  ✓ ${text}`),
      );
    } catch (error) {
      failures += 1;
      console.error(`  ✗ ${error.message}`);
    }
  }
} finally {
  await browser.close();
}
console.log(`test:examples took ${seconds(started)}`);
if (failures) process.exit(1);
