// `npm run size` (part of `npm test`): what a page downloads before a widget works, in brotli
// (quality 11) bytes of the self-contained build (dist/browser/, what a script tag loads; the npm
// entries in dist/ leave Lit, ky and zod to the app's bundler): the entries of a row plus every
// chunk they import statically. That first load is what the budgets limit. Beside it, "with first
// data" adds the chunks a page starts fetching at once for its first data (the operation groups
// each widget's define.ts names in `preloadOperations(...)`, with their schemas, zod and the
// transport with ky, plus any part a row lists in `firstData`), so nothing a page needs before it
// shows data is hidden. Other chunks loaded on demand (locales, dialogs, editors...) are listed apart. Exits 1 when a row is
// over its budget. `npm run size -- --why` adds each row's biggest contributors.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { contributors } from './size-why.mjs';

/** The build that is measured: the self-contained one a page loads with a script tag. */
const DIST = resolve(import.meta.dirname, '../dist/browser');

const KB = 1024;
// program.js holds HttpMentoringApi (for `api-base`); the client entry adds the query-string codec.
const program = ['program'];
// Every row fails above its budget. zod, the schemas, ky and the transport are off every first
// load (they come with the operations, see the "+1st data" column); what is left per page is Lit
// (5-6 KB), the provider and the shared core (about 3 KB) and the widget's own first paint.

/**
 * A widget page: the provider with its HTTP client plus one widget entry. `firstData`: source
 * modules of lazy parts the widget loads together with its first data (operations are found in
 * its define.ts).
 */
const page = (widget, firstData = []) => ({
  row: `page: ${widget}`,
  entries: [...program, widget],
  budget: 30 * KB,
  firstData,
});

/** Budget rows (issue #17). A new widget adds one `page('<entry name>')` line. */
const ROWS = [
  { row: 'program (HTTP client)', entries: program, budget: 18 * KB },
  // The schemas of its filters, weights and URL, and its results list, come with its first data.
  page('directory', [
    'src/components/directory/directory-schemas.ts',
    'src/components/directory/directory-results-part.ts',
  ]),
  // The form's views come with its first data (the mentor).
  page('match-request', ['src/components/match-request/request-form-part.ts']),
  page('agreement-signer'),
  // The view of the goals comes with them, and the goal form when they may be edited.
  page('goal-tracker', [
    'src/components/goal-tracker/goal-tracker-view.ts',
    'src/components/goal-tracker/goal-form-part.ts',
  ]),
  // The answering view (every question type) comes with the survey.
  page('feedback-survey', ['src/components/feedback-survey/feedback-survey-form.ts']),
  { row: 'whole kit', entries: ['mentorkit'], budget: 60 * KB, kit: true },
];

const SOURCES = resolve(import.meta.dirname, '../src');
const WIDGETS = readdirSync(join(SOURCES, 'components')).filter((name) =>
  existsSync(join(SOURCES, 'components', name, 'define.ts')),
);

/** The operation groups a widget's define.ts starts loading: `preloadOperations('people', ...)`. */
function preloadedGroups(widget) {
  const define = join(SOURCES, 'components', widget, 'define.ts');
  if (!existsSync(define)) return [];
  const call = /preloadOperations\(([^)]*)\)/.exec(readFileSync(define, 'utf8'));
  return call ? [...call[1].matchAll(/'([\w-]+)'/g)].map((match) => match[1]) : [];
}

/** Built file of a source module, from the build's manifest (null when not built). */
function builtFile(manifest, source) {
  const entry = manifest[`../${source}`];
  return entry ? join(DIST, entry.file) : null;
}

/** The chunks a row's page fetches at once for its first data. */
function firstDataFiles(manifest, { entries, kit, firstData = [] }) {
  const widgets = kit ? WIDGETS : entries;
  const groups = new Set(widgets.flatMap(preloadedGroups));
  const sources = [
    ...[...groups].map((group) => `src/client/http/operations/${group}.ts`),
    // preloadOperations fetches the transport (ky) with the groups.
    ...(groups.size > 0 ? ['src/client/http/transport.ts'] : []),
    ...(kit ? ROWS.flatMap((row) => row.firstData ?? []) : firstData),
  ];
  return sources.map((source) => builtFile(manifest, source)).filter(Boolean);
}

/** Contributors printed per row with --why (SIZE_TOP=100 for all). */
const TOP_CONTRIBUTORS = Number(process.env.SIZE_TOP ?? 12);

const STATIC_IMPORT =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]*?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

function imports(file, pattern) {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(pattern)].map((match) => resolve(dirname(file), match[1]));
}

/** The files and every module they import statically, transitively. */
function staticClosure(files) {
  const seen = new Set();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...imports(file, STATIC_IMPORT));
  }
  return seen;
}

const brotli = (text) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function measure(files) {
  const source = Buffer.concat([...files].map((file) => readFileSync(file)));
  return {
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotli(source),
  };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const column = (text, width) => String(text).padStart(width);

/** Chunks the files import on demand, each measured without what the page already has. */
function onDemand(files) {
  const lazy = new Set([...files].flatMap((file) => imports(file, DYNAMIC_IMPORT)));
  return [...lazy].sort().map((file) => {
    const extra = [...staticClosure([file])].filter((chunk) => !files.has(chunk));
    return { name: relative(DIST, file), brotli: extra.length ? measure(extra).brotli : 0 };
  });
}

function printWhy(files, total) {
  const top = contributors(files, total, brotli);
  for (const { label, brotli: bytes } of top.slice(0, TOP_CONTRIBUTORS)) {
    console.log(`      ${column(kb(bytes), 9)}  ${label}`);
  }
  const rest = top.slice(TOP_CONTRIBUTORS);
  if (rest.length > 0) {
    const bytes = rest.reduce((sum, item) => sum + item.brotli, 0);
    console.log(`      ${column(kb(bytes), 9)}  (${rest.length} more)`);
  }
}

if (!existsSync(DIST)) {
  console.error(`${relative(process.cwd(), DIST)}/ is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const why = process.argv.includes('--why');
const built = new Set(
  readdirSync(DIST)
    .filter((name) => name.endsWith('.js'))
    .map((name) => name.slice(0, -'.js'.length)),
);
const entryFile = (entry) => join(DIST, `${entry}.js`);
const manifestFile = join(DIST, '.vite/manifest.json');
const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};

console.log(`Measuring ${relative(process.cwd(), DIST) || '.'}/ (brotli q11, first load)\n`);
console.log(
  `${'row'.padEnd(26)}${column('raw', 10)}${column('gzip', 10)}${column('brotli', 10)}` +
    `${column('+1st data', 11)}   budget (of the brotli first load)`,
);
let over = 0;
for (const spec of ROWS) {
  const { row, entries, budget } = spec;
  const missing = entries.filter((entry) => !built.has(entry));
  if (missing.length > 0) {
    console.log(`${row.padEnd(26)}   skipped: ${missing.join(', ')} not built yet`);
    continue;
  }
  const files = staticClosure(entries.map(entryFile));
  const size = measure(files);
  const withData = measure(
    new Set([...files, ...staticClosure(firstDataFiles(manifest, spec))]),
  ).brotli;
  const fits = size.brotli <= budget;
  const verdict = fits
    ? `ok (${kb(budget)})`
    : `OVER the ${kb(budget)} budget by ${kb(size.brotli - budget)}`;
  if (!fits) over += 1;
  console.log(
    `${row.padEnd(26)}${column(kb(size.raw), 10)}${column(kb(size.gzip), 10)}${column(kb(size.brotli), 10)}${column(kb(withData), 11)}   ${verdict}`,
  );
  for (const chunk of onDemand(files)) {
    console.log(`  on demand: ${chunk.name.padEnd(36)}${column(kb(chunk.brotli), 9)}`);
  }
  if (why) printWhy(files, size.brotli);
}

console.log(`\n${'every entry alone'.padEnd(26)}${column('files', 10)}${column('brotli', 10)}`);
for (const entry of [...built].sort()) {
  const files = staticClosure([entryFile(entry)]);
  console.log(
    `${entry.padEnd(26)}${column(files.size, 10)}${column(kb(measure(files).brotli), 10)}`,
  );
}

if (over > 0) {
  console.error(`\n${over} row${over === 1 ? ' is' : 's are'} over budget (see --why).`);
  process.exit(1);
}
