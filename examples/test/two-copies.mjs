// Two copies of the kit on one page (examples/test/two-copies.html): the installed dist/browser/,
// a copy of it, and a copy with another version baked in. Nothing throws, the first copy's
// elements work, and each later copy warns once naming its version and the registered one.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { watchConsole } from './checks.mjs';

const OTHER_VERSION = '0.0.1-other';

/** A copy of dist/browser/ whose baked-in version (src/core/generated/version.ts) is `version`. */
function copyWithVersion(source, installed, version) {
  const copy = mkdtempSync(join(tmpdir(), 'mentorkit-copy-'));
  cpSync(source, copy, { recursive: true });
  let replaced = 0;
  for (const name of readdirSync(copy, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.js')) continue;
    const file = join(copy, name);
    const text = readFileSync(file, 'utf8');
    if (!text.includes('mentorkit.version')) continue;
    const patched = text.replaceAll(`\`${installed}\``, () => {
      replaced += 1;
      return `\`${version}\``;
    });
    writeFileSync(file, patched);
  }
  assert.equal(replaced, 1, `the version literal appears once in the build (found ${replaced})`);
  return copy;
}

export async function checkTwoCopies(browser, htmlDir, step) {
  console.log('two copies of the kit on one page (examples/test/two-copies.html)');
  const kit = join(htmlDir, 'node_modules/mentorkit');
  const { version } = JSON.parse(readFileSync(join(kit, 'package.json'), 'utf8'));
  const source = join(kit, 'dist/browser');
  const same = mkdtempSync(join(tmpdir(), 'mentorkit-copy-'));
  cpSync(source, same, { recursive: true });
  const other = copyWithVersion(source, version, OTHER_VERSION);
  const server = await serve({
    '/': htmlDir,
    '/_same/': same,
    '/_other/': other,
    '/_test/': import.meta.dirname,
  });
  const page = await browser.newPage();
  try {
    const seen = watchConsole(page);
    await page.goto(`${server.url}/_test/two-copies.html`);
    await page
      .locator('mentor-directory')
      .getByRole('button', { name: /^Request mentoring\s*:/ })
      .first()
      .waitFor({ timeout: 20_000 });
    step('the first copy registered the elements and they work (the directory lists mentors)');
    assert.deepEqual(seen.errors, [], 'nothing threw, no console errors');
    const about = (text) => seen.warnings.filter((warning) => warning.startsWith(text));
    const sameWarnings = about(`mentorkit ${version}: <mentor-`);
    const otherWarnings = about(`mentorkit ${OTHER_VERSION}: <mentor-`);
    assert.equal(sameWarnings.length, 1, `one warning from the second copy: ${seen.warnings}`);
    assert.match(sameWarnings[0], new RegExp(`another copy of mentorkit ${version}`));
    assert.equal(otherWarnings.length, 1, `one warning from the other version: ${seen.warnings}`);
    assert.match(otherWarnings[0], new RegExp(`registered by mentorkit ${version}`));
    step(`each later copy warned once, naming both versions: "${otherWarnings[0]}"`);
  } finally {
    await page.close();
    await server.close();
    rmSync(same, { recursive: true, force: true });
    rmSync(other, { recursive: true, force: true });
  }
}
