// Runs node:test on every *.test.ts under the given folders (Node 20's --test has no globs).
// Usage: node scripts/node-test.mjs <folder or file>... [--serial]
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const serial = args.includes('--serial');
const folders = args.filter((arg) => !arg.startsWith('--'));

function findTests(folder) {
  if (!statSync(folder).isDirectory()) return [folder];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return findTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = folders.flatMap(findTests).sort();
if (files.length === 0) {
  console.log(`No tests found in ${folders.join(', ')}`);
  process.exit(0);
}
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    ...(serial ? ['--test-concurrency=1'] : []),
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
