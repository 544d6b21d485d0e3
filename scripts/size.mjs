// `npm run size`: what each entry of the self-contained build (dist/browser/, what a script tag
// loads; the npm entries in dist/ leave Lit, ky and zod to the app's bundler) costs a page, gzip
// and brotli, counting every chunk the entry imports statically (what the browser must fetch before the widget works). Locale chunks
// load on demand and are listed on their own. Fails when an entry is over its budget.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = resolve(import.meta.dirname, '../dist/browser');

/** Budgets in bytes of gzip for the entry plus its static imports; headroom over today's sizes. */
const BUDGETS = {
  // Measured 2026-11-25 (gzip): mentorkit 58.7 KB, client 26.3 (ky + schemas), memory 42.1, program 34.9,
  // directory 56.9, contract 15.6. The whole kit leaves room for the widgets still to come.
  mentorkit: 80_000,
  client: 30_000,
  contract: 20_000,
  // memory 49.6 KB on 2026-12-01: availability, inbox scores and program settings (not a page entry).
  memory: 52_000,
  program: 40_000,
  directory: 70_000,
  // The request form (52.2 KB gzip, 44.8 brotli on 2026-12-01, with Lit and the contract chunk);
  // program + match-request is 45.6 KB brotli. The status and inbox views load on demand.
  'match-request': 55_000,
};

const STATIC_IMPORT =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

function imports(file, pattern) {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(pattern)].map((match) => resolve(dirname(file), match[1]));
}

/** The entry and every module it imports statically, transitively. */
function staticClosure(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...imports(file, STATIC_IMPORT));
  }
  return seen;
}

function measure(files) {
  const source = Buffer.concat([...files].map((file) => readFileSync(file)));
  return {
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

if (!existsSync(dist)) {
  console.error('dist/browser/ is missing: run `npm run build` first (npm run size does).');
  process.exit(1);
}

const entries = readdirSync(dist).filter((name) => name.endsWith('.js'));
let over = 0;
console.log(
  `${'entry'.padEnd(12)}${'files'.padStart(6)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}   budget (gzip)`,
);
for (const name of entries.sort()) {
  const entry = name.slice(0, -'.js'.length);
  const files = staticClosure(join(dist, name));
  const size = measure(files);
  const budget = BUDGETS[entry];
  const verdict =
    budget === undefined
      ? 'no budget'
      : size.gzip <= budget
        ? `ok (${kb(budget).trim()})`
        : `OVER ${kb(budget).trim()}`;
  if (budget !== undefined && size.gzip > budget) over += 1;
  console.log(
    `${entry.padEnd(12)}${String(files.size).padStart(6)} ${kb(size.raw)} ${kb(size.gzip)} ${kb(size.brotli)}   ${verdict}`,
  );
  const lazy = new Set([...files].flatMap((file) => imports(file, DYNAMIC_IMPORT)));
  for (const file of [...lazy].sort()) {
    // Only what the page does not have yet: shared chunks are already loaded by the entry.
    const chunk = measure([...staticClosure(file)].filter((extra) => !files.has(extra)));
    console.log(`  on demand: ${relative(dist, file).padEnd(28)} ${kb(chunk.gzip)} gzip`);
  }
}
const missing = Object.keys(BUDGETS).filter((entry) => !entries.includes(`${entry}.js`));
if (missing.length > 0) console.log(`(not built yet: ${missing.join(', ')})`);
if (over > 0) {
  console.error(`\n${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
