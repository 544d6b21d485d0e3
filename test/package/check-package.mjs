// `npm run test:package`: the package as a customer gets it. Builds, packs the tarball, checks
// what it holds (every exports target, every custom-elements.json module, no sources, no server),
// installs it into a fresh project outside the repository (from the npm cache when it can),
// typechecks ./consumer/uses-every-entry.ts there with a strict tsc, under bundler and NodeNext
// resolution, and checks that the installed tree holds no server package and that the
// package's `engines` is true for every dependency it pulls in.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import semver from 'semver';

const root = resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const pkg = readJson(join(root, 'package.json'));
const serverPkg = readJson(join(root, 'server/package.json'));

const failures = [];
const check = (ok, message) => {
  if (ok) console.log(`✓ ${message}`);
  else {
    console.error(`✗ ${message}`);
    failures.push(message);
  }
};
const run = (command, args, cwd, quiet = true) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    maxBuffer: 64 * 1024 * 1024,
  });

console.log('Building (npm run build)…');
run(npm, ['run', 'build', '--silent'], root);

const work = mkdtempSync(join(tmpdir(), 'mentorkit-consumer-'));
try {
  // ---- the tarball ----------------------------------------------------------------------------
  const [packed] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, packed.filename);
  const files = new Set(packed.files.map((file) => file.path));
  console.log(
    `Packed ${packed.filename}: ${files.size} files, ${(packed.size / 1024).toFixed(0)} KB`,
  );

  const targets = Object.values(pkg.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  );
  const missingTargets = targets
    .filter((target) => !target.includes('*'))
    .map((target) => target.replace(/^\.\//, ''))
    .filter((target) => !files.has(target));
  check(
    missingTargets.length === 0,
    `every exports target is in the tarball ${missingTargets.join(' ')}`,
  );
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'object')
      check('types' in target, `exports["${entry}"] has a types condition`);
  }

  const manifest = readJson(join(root, 'custom-elements.json'));
  const modulePaths = manifest.modules.map((mod) => mod.path);
  const missingModules = modulePaths.flatMap((path) =>
    [path, path.replace(/\.js$/, '.d.ts')].filter((file) => !files.has(file)),
  );
  check(
    missingModules.length === 0,
    `every custom-elements.json module (${modulePaths.length}) is a .js with its .d.ts in the tarball ${missingModules.join(' ')}`,
  );
  const stray = [...files].filter((file) => /^(src|server|test|stories|dist\/demo)\//.test(file));
  check(
    stray.length === 0,
    `the tarball holds no sources, server, tests or demo ${stray.slice(0, 5).join(' ')}`,
  );
  check(
    [...files].some((file) => file.startsWith('dist/browser/')),
    'the tarball holds the self-contained build (dist/browser/)',
  );

  // ---- a fresh consumer project ---------------------------------------------------------------
  const app = join(work, 'app');
  cpSync(join(import.meta.dirname, 'consumer'), app, { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  console.log('Installing the tarball into a fresh project…');
  run(
    npm,
    [
      'install',
      tarball,
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--loglevel=error',
    ],
    app,
  );

  // The repository's TypeScript compiles the consumer; types resolve from the consumer's node_modules.
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  for (const config of ['tsconfig.json', 'tsconfig.nodenext.json']) {
    let output = '';
    try {
      run(process.execPath, [tsc, '-p', config], app);
    } catch (error) {
      output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    }
    check(
      output === '',
      `a strict consumer typechecks every entry, the tag map and event details (${config})`,
    );
    if (output) console.error(output.replace(/^/gm, '    '));
  }

  // ---- what the install pulled in ---------------------------------------------------------------
  const tree = JSON.parse(run(npm, ['ls', '--omit=dev', '--all', '--json'], app));
  const installed = new Map();
  const walk = (node) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      if (!installed.has(name)) installed.set(name, child.version);
      walk(child);
    }
  };
  walk(tree);
  const serverOnly = [serverPkg.name, ...Object.keys(serverPkg.dependencies ?? {})].filter(
    (name) => !(name in (pkg.dependencies ?? {})),
  );
  const leaked = serverOnly.filter((name) => installed.has(name));
  check(leaked.length === 0, `npm ls --omit=dev lists no server package ${leaked.join(' ')}`);

  const ours = pkg.engines?.node;
  const untrue = [...installed.keys()].flatMap((name) => {
    const theirs = readJson(join(app, 'node_modules', name, 'package.json')).engines?.node;
    return theirs && !semver.subset(ours, theirs) ? [`${name} needs node ${theirs}`] : [];
  });
  check(
    untrue.length === 0,
    `engines.node "${ours}" is true for all ${installed.size} installed dependencies ${untrue.join('; ')}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\n${failures.length} package check${failures.length === 1 ? '' : 's'} failed.`);
  process.exit(1);
}
