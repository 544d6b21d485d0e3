// `npm run bench`: every benchmark in turn (server, then the directory in Chromium when present).
// Arguments after `--` go to each script; each prints its own figures.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const scripts = ['scripts/bench-server.ts', 'scripts/bench-directory.ts'].filter((script) =>
  existsSync(resolve(root, script)),
);
let failed = false;
for (const script of scripts) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', script, ...process.argv.slice(2)],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    process.stderr.write(`${script} failed (exit ${result.status})\n`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
