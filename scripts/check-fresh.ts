// Last step of `npm test`: the committed generated files must match what the sources produce today.
// Regenerates openapi.json and custom-elements.json in memory and fails, naming the fix, when
// either differs from the file on disk.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// The analyzer has no types; its CLI function returns the manifest when asked not to write.
// @ts-expect-error untyped JavaScript module
import { cli as analyzeCustomElements } from '@custom-elements-manifest/analyzer/cli.js';
import { OPENAPI_PATH, renderOpenApi } from './generate-openapi.js';
import { THEMING_PATH, readManifest, renderTheming } from './generate-theming.js';

const root = resolve(import.meta.dirname, '..');

interface Generated {
  file: string;
  command: string;
  render: () => Promise<string>;
}

const generated: Generated[] = [
  { file: OPENAPI_PATH, command: 'npm run generate:openapi', render: async () => renderOpenApi() },
  {
    file: resolve(root, 'custom-elements.json'),
    command: 'npm run generate:cem',
    render: async () => {
      const manifest: unknown = await analyzeCustomElements({
        argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
        cwd: root,
        noWrite: true,
      });
      // Same text as the analyzer writes.
      return `${JSON.stringify(manifest, null, 2)}\n`;
    },
  },
  // From the committed manifest, which the entry above checks.
  {
    file: THEMING_PATH,
    command: 'npm run generate:theming',
    render: () => renderTheming(readManifest()),
  },
];

/** Where two texts first differ, as "line N", to point a person at the change. */
function firstDifference(expected: string, actual: string): string {
  const expectedLines = expected.split('\n');
  const actualLines = actual.split('\n');
  const index = expectedLines.findIndex((line, i) => line !== actualLines[i]);
  const line = index === -1 ? expectedLines.length + 1 : index + 1;
  return `first difference at line ${line}: committed ${JSON.stringify(actualLines[line - 1] ?? '<end of file>')}, expected ${JSON.stringify(expectedLines[line - 1] ?? '<end of file>')}`;
}

let stale = 0;
for (const { file, command, render } of generated) {
  const name = file.slice(root.length + 1);
  const expected = await render();
  if (!existsSync(file)) {
    console.error(`✗ ${name} is missing: run ${command} (or npm run generate) and commit it.`);
    stale += 1;
    continue;
  }
  const actual = readFileSync(file, 'utf8');
  if (actual === expected) {
    console.log(`✓ ${name} is up to date`);
  } else {
    console.error(`✗ ${name} is stale: run ${command} (or npm run generate) and commit it.`);
    console.error(`  ${firstDifference(expected, actual)}`);
    stale += 1;
  }
}
if (stale > 0) process.exit(1);
