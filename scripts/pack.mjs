// `npm run pack`: the tarball a consumer gets (publish it with `npm publish <tarball>`). The
// repository's package.json is the contributors' one: workspaces (the private server), dev
// scripts that need files the tarball lacks, devDependencies, source-only sideEffects. `npm pack`
// ships package.json as it is, so this packs from a staging folder instead: the files `npm pack`
// would take (the `files` list), and a package.json with only the fields a consumer uses.
// The repository's package.json is private, so `npm publish` from the root refuses.
//
//   node scripts/pack.mjs [destination]   (default: the repository root)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The package.json fields a consumer (npm, bundlers, TypeScript, IDEs, CDNs) reads. */
const CONSUMER_FIELDS = [
  'name',
  'version',
  'description',
  'keywords',
  'homepage',
  'bugs',
  'repository',
  'license',
  'author',
  'type',
  'engines',
  'customElements',
  'main',
  'module',
  'types',
  'exports',
  'sideEffects',
  'dependencies',
  'peerDependencies',
  'peerDependenciesMeta',
];

/** Whether a package.json path glob (`./dist/*.js`, `**` for any folders) matches one of `files`. */
function matchesAny(pattern, files) {
  const source = pattern
    .replace(/^\.\//, '')
    .split(/(\*\*\/|\*\*|\*)/)
    .map((part) =>
      part === '**/'
        ? '(?:.*/)?'
        : part === '**'
          ? '.*'
          : part === '*'
            ? '[^/]*'
            : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  const regex = new RegExp(`^${source}$`);
  return files.some((file) => regex.test(file));
}

/** The consumer's package.json: the allowed fields, sideEffects that point into the tarball. */
export function consumerManifest(pkg, files) {
  const manifest = Object.fromEntries(
    CONSUMER_FIELDS.filter((field) => field in pkg).map((field) => [field, pkg[field]]),
  );
  if (Array.isArray(manifest.sideEffects))
    manifest.sideEffects = manifest.sideEffects.filter((pattern) => matchesAny(pattern, files));
  return manifest;
}

const run = (args, cwd) =>
  execFileSync(npm, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });

/**
 * Packs the built package (run `npm run build` first) into `destination`.
 * @returns {{ tarball: string, files: string[], size: number, manifest: object }}
 */
export function packForConsumers(destination = root) {
  // --ignore-scripts: no lifecycle script of the contributors' package.json runs here.
  const [listed] = JSON.parse(run(['pack', '--dry-run', '--json', '--ignore-scripts'], root));
  const files = listed.files.map((file) => file.path).filter((file) => file !== 'package.json');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const manifest = consumerManifest(pkg, files);
  const stage = mkdtempSync(join(tmpdir(), 'mentorkit-pack-'));
  try {
    for (const file of files) {
      mkdirSync(dirname(join(stage, file)), { recursive: true });
      cpSync(join(root, file), join(stage, file));
    }
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    mkdirSync(destination, { recursive: true });
    const [packed] = JSON.parse(
      run(['pack', '--json', '--ignore-scripts', '--pack-destination', destination], stage),
    );
    return {
      tarball: join(destination, packed.filename),
      files: packed.files.map((file) => file.path),
      size: packed.size,
      manifest,
    };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { tarball, files, size } = packForConsumers(resolve(process.argv[2] ?? root));
  console.log(`${tarball}: ${files.length} files, ${(size / 1024).toFixed(0)} KB`);
}
