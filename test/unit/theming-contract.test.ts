// The theme contract in docs/theming.md against what src/ really uses: every `--mentor-*` token
// a widget reads and every part it renders is documented there, and nothing documented there is
// gone from the code. (That the file matches its sources is `npm run check:fresh`.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { THEMING_PATH } from '../../scripts/generate-theming.js';
import { tokenNames } from '../../src/core/tokens.styles.js';

const src = resolve(import.meta.dirname, '../../src');
const sources = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.includes('generated'))
  .map((file) => ({ file, text: readFileSync(join(src, file), 'utf8') }));
/** Source text without comments, so JSDoc alone does not count as use. */
const code = sources.map(({ text }) => text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')).join('\n');
const docs = readFileSync(THEMING_PATH, 'utf8');

const documentedTokens = new Set(docs.match(/--mentor-[a-z0-9-]*[a-z0-9]/g));
/** Names in the first column of a table whose header is `| part`. */
const documentedParts = new Set(
  docs
    .split(/\n(?=\| part)/)
    .slice(1)
    .flatMap((table) =>
      [...table.split(/\n\n/)[0]!.matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]!),
    ),
);

describe('theme contract (docs/theming.md)', () => {
  it('documents every --mentor-* token the widgets read', () => {
    // A name followed by `$` is the prefix of the token tables' generated names (tokenNames).
    const used = new Set([
      ...tokenNames,
      ...(code.match(/--mentor-[a-z0-9-]*[a-z0-9](?![a-z0-9$-])/g) ?? []),
    ]);
    assert.deepEqual([...used].filter((token) => !documentedTokens.has(token)).sort(), []);
  });

  it('documents no token the widgets no longer read', () => {
    const read = (token: string) => tokenNames.includes(token) || code.includes(`var(${token}`);
    assert.deepEqual([...documentedTokens].filter((token) => !read(token)).sort(), []);
  });

  it('documents every part the widgets render', () => {
    const rendered = new Set(
      [...code.matchAll(/\bpart="([a-z0-9 -]+)"/g)].flatMap((m) =>
        m[1]!.split(' ').filter(Boolean),
      ),
    );
    assert.ok(rendered.size > 50, `found only ${rendered.size} parts in src`);
    assert.deepEqual([...rendered].filter((part) => !documentedParts.has(part)).sort(), []);
  });

  it('documents no part the widgets no longer render', () => {
    // Static `part="…"` or a part name the code hands to a part attribute or exportparts.
    const inCode = (part: string) => new RegExp(`[\\s"'\`,:]${part}[\\s"'\`,:]`).test(code);
    assert.deepEqual([...documentedParts].filter((part) => !inCode(part)).sort(), []);
  });
});
