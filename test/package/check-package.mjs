// `npm run test:package`: the package as a customer gets it. Builds, packs the tarball the way
// `npm run pack` does (scripts/pack.mjs), checks what it holds (every exports target, every
// custom-elements.json module, no sources, no server, a package.json without workspaces, scripts
// or dev dependencies),
// installs it into a fresh project outside the repository (from the npm cache when it can),
// generates a check of every entry, tag and mentor-* event the manifest lists,
// typechecks ./consumer/uses-every-entry.ts there with a strict tsc, under bundler and NodeNext
// resolution, and checks that the installed tree holds no server package and that the
// package's `engines` is true for every dependency it pulls in.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import semver from 'semver';
import { build } from 'vite';
import { packForConsumers } from '../../scripts/pack.mjs';

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
const run = (command, args, cwd) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });

console.log('Building (npm run build)…');
run(npm, ['run', 'build', '--silent'], root);

const work = mkdtempSync(join(tmpdir(), 'mentorkit-consumer-'));
try {
  // ---- the tarball ----------------------------------------------------------------------------
  const packed = packForConsumers(work);
  const tarball = packed.tarball;
  const files = new Set(packed.files);
  console.log(
    `Packed ${basename(tarball)}: ${files.size} files, ${(packed.size / 1024).toFixed(0)} KB`,
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
  const stray = [...files].filter((file) =>
    /^(src|server|test|stories|scripts|examples|demo|bench|dist\/demo)\/|^[^/]*\.(ts|mjs)$|^tsconfig/.test(
      file,
    ),
  );
  check(
    stray.length === 0,
    `the tarball holds no sources, server, tests, scripts, configs or demo ${stray.slice(0, 5).join(' ')}`,
  );
  check(
    [...files].some((file) => file.startsWith('dist/browser/')),
    'the tarball holds the self-contained build (dist/browser/)',
  );

  // The npm entries leave the runtime dependencies to the app (one Lit per page), and import
  // nothing else: no dev or server package, nothing the tarball does not declare.
  const bareImports = new Set();
  for (const file of files) {
    if (!file.endsWith('.js') || file.startsWith('dist/browser/')) continue;
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'./][^"']*)["']/g))
      bareImports.add(match[1]);
  }
  const packageOf = (specifier) =>
    specifier
      .split('/')
      .slice(0, specifier.startsWith('@') ? 2 : 1)
      .join('/');
  const undeclared = [...bareImports].filter(
    (specifier) => !(packageOf(specifier) in pkg.dependencies),
  );
  check(
    bareImports.size > 0 && undeclared.length === 0,
    `the npm entries import only declared dependencies (${[...new Set([...bareImports].map(packageOf))].join(', ')}) ${undeclared.join(' ')}`,
  );
  const bundledLit = [...files].filter(
    (file) =>
      !file.startsWith('dist/browser/') &&
      file.endsWith('.js') &&
      /class \w+ extends HTMLElement|lit-html@|reactiveElementVersions/.test(
        readFileSync(join(root, file), 'utf8'),
      ),
  );
  check(bundledLit.length === 0, `the npm entries bundle no copy of Lit ${bundledLit.join(' ')}`);

  // ---- a fresh consumer project ---------------------------------------------------------------
  const app = join(work, 'app');
  cpSync(join(import.meta.dirname, 'consumer'), app, { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  // Generated from package.json and the manifest, so entries, tags and events added later are
  // covered without editing the consumer: each entry resolves to declarations, each tag is in
  // HTMLElementTagNameMap, each mentor-* event has a typed (not any) detail.
  const tagNames = manifest.modules.flatMap((mod) =>
    (mod.exports ?? [])
      .filter((entry) => entry.kind === 'custom-element-definition')
      .map((entry) => entry.name),
  );
  const eventNames = [
    ...new Set(
      manifest.modules.flatMap((mod) =>
        (mod.declarations ?? []).flatMap((declaration) =>
          (declaration.events ?? []).map((event) => event.name),
        ),
      ),
    ),
  ].filter((name) => name?.startsWith('mentor-'));
  // The framework typings need the framework's types, which this framework-free code lacks: the
  // example apps typecheck mentorkit/react and mentorkit/vue (npm run test:examples),
  // ./consumer/preact.tsx and solid.tsx mentorkit/preact and mentorkit/solid (tsconfig.jsx.json).
  const isFrameworkTypes = (target) => target.types.startsWith('./frameworks/');
  const entrySpecifiers = Object.entries(pkg.exports)
    .filter(([, target]) => typeof target === 'object' && 'types' in target)
    .filter(([, target]) => !isFrameworkTypes(target))
    .map(([entry]) => (entry === '.' ? pkg.name : `${pkg.name}/${entry.slice(2)}`));
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (typeof target !== 'object' || !isFrameworkTypes(target)) continue;
    const text = readFileSync(join(root, target.types), 'utf8');
    const missing = tagNames.filter((tag) => !text.includes(`'${tag}':`));
    check(missing.length === 0, `exports["${entry}"] types every tag ${missing.join(' ')}`);
  }
  const generated = [
    '// Generated by ../check-package.mjs from package.json and custom-elements.json.',
    ...entrySpecifiers.map((specifier, index) => `export * as entry${index} from '${specifier}';`),
    "import 'mentorkit';",
    'type IsAny<T> = 0 extends 1 & T ? true : false;',
    'type Typed<T> = IsAny<T> extends true ? never : T;',
    ...tagNames.map(
      (tag, index) =>
        `export const tag${index}: Typed<HTMLElementTagNameMap['${tag}']> = document.createElement('${tag}');`,
    ),
    ...eventNames.map(
      (name, index) =>
        `export const event${index} = (event: HTMLElementEventMap['${name}']): Typed<typeof event.detail> => event.detail;`,
    ),
  ];
  writeFileSync(join(app, 'from-manifest.ts'), `${generated.join('\n')}\n`);
  console.log(
    `Checking ${entrySpecifiers.length} entries, ${tagNames.length} tags and ${eventNames.length} events from the manifest…`,
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

  // The package.json the consumer got: nothing of the contributors' one that would mislead or
  // break there (workspaces naming the server, scripts needing repository files, dev tools).
  const shipped = readJson(join(app, 'node_modules', pkg.name, 'package.json'));
  const contributorOnly = ['workspaces', 'scripts', 'devDependencies', 'private', 'files'];
  const leftIn = contributorOnly.filter((field) => field in shipped);
  check(
    leftIn.length === 0,
    `the installed package.json has no ${contributorOnly.join(', ')} ${leftIn.join(' ')}`,
  );
  const outside = [shipped.main, shipped.module, shipped.types, ...(shipped.sideEffects ?? [])]
    .map((path) => path.replace(/^\.\//, '').split('*')[0])
    .filter((prefix) => ![...files].some((file) => file.startsWith(prefix)));
  check(
    outside.length === 0,
    `its main, module, types and sideEffects all point into the tarball ${outside.join(' ')}`,
  );
  check(
    shipped.version === pkg.version && shipped.exports && shipped.dependencies,
    'it keeps the version, exports and dependencies',
  );
  check(
    pkg.private === true,
    'the repository package.json is private: npm publish needs npm run pack',
  );

  // The Preact and Solid typings, against those frameworks' own JSX types (installed as the
  // consumer's dev dependencies, so the `npm ls --omit=dev` checks below still see the kit's).
  run(
    npm,
    ['install', '-D', 'preact', 'solid-js', '--prefer-offline', '--no-audit', '--no-fund'],
    app,
  );
  // The repository's TypeScript compiles the consumer; types resolve from the consumer's node_modules.
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  for (const config of ['tsconfig.json', 'tsconfig.nodenext.json', 'tsconfig.jsx.json']) {
    let output = '';
    try {
      run(process.execPath, [tsc, '-p', config], app);
    } catch (error) {
      output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    }
    check(
      output === '',
      config === 'tsconfig.jsx.json'
        ? 'Preact and Solid JSX typecheck against mentorkit/preact and mentorkit/solid, and their mistakes fail'
        : `a strict consumer typechecks every entry, the tag map and event details (${config})`,
    );
    if (output) console.error(output.replace(/^/gm, '    '));
  }

  // Node resolves the entries that run outside a browser, with their dependencies installed.
  let imported = '';
  try {
    imported = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const c = await import('mentorkit/contract'); const h = await import('mentorkit/client'); console.log(typeof c.MentorQuery.parse, typeof h.HttpMentoringApi);",
      ],
      app,
    ).trim();
  } catch (error) {
    imported = `${error.stderr ?? error}`;
  }
  check(
    imported === 'function function',
    `Node imports mentorkit/contract and mentorkit/client ${imported === 'function function' ? '' : imported}`,
  );

  // The app's bundler keeps the registrations (sideEffects) and ends up with one Lit: the app's
  // own `lit` import and the kit's share it. ./consumer/app.js is such an app.
  const out = join(app, 'out');
  await build({
    configFile: false,
    root: app,
    logLevel: 'silent',
    build: {
      outDir: out,
      minify: false,
      lib: { entry: join(app, 'app.js'), formats: ['es'], fileName: 'app' },
    },
  });
  const bundled = readdirSync(out)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(out, file), 'utf8'))
    .join('\n');
  const tags = [...bundled.matchAll(/customElements\.define\(/g)].length;
  check(
    tags > 0,
    `an app bundling 'mentorkit' and 'mentorkit/directory' keeps their registrations`,
  );
  const litCopies = [...bundled.matchAll(/reactiveElementVersions/g)].length;
  check(
    litCopies === 1,
    `that app bundles one copy of Lit, shared with its own (found ${litCopies})`,
  );

  // ---- what the install pulled in ---------------------------------------------------------------
  const tree = JSON.parse(run(npm, ['ls', '--omit=dev', '--all', '--long', '--json'], app));
  const installed = new Map(); // name@version -> where it is installed
  const walk = (node) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      // npm ls lists the optional peers (@types/react, vue) as {} when they are not installed.
      if (!child.path && Object.keys(child).length === 0) continue;
      installed.set(`${name}@${child.version}`, { name, path: child.path });
      walk(child);
    }
  };
  walk(tree);
  const serverOnly = [serverPkg.name, ...Object.keys(serverPkg.dependencies ?? {})].filter(
    (name) => !(name in (pkg.dependencies ?? {})),
  );
  const names = new Set([...installed.values()].map((dependency) => dependency.name));
  const leaked = serverOnly.filter((name) => names.has(name));
  check(leaked.length === 0, `npm ls --omit=dev lists no server package ${leaked.join(' ')}`);

  const ours = pkg.engines?.node;
  const untrue = [...installed].flatMap(([id, { path }]) => {
    const theirs = readJson(join(path, 'package.json')).engines?.node;
    return theirs && !semver.subset(ours, theirs) ? [`${id} needs node ${theirs}`] : [];
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
