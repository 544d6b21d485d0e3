// `npm run size -- --why`: which of our modules and which packages the bytes of a row come from.
// Each built file's source map says which source produced each stretch of minified code; the
// stretches are grouped (a package by its name, one of our modules by its path), each group is
// compressed on its own, and the groups' shares are scaled to the row's real brotli total.
// Compressing a group alone overstates small ones a little: read the figures as an estimate.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, value) => [char, value]));

/** One line of a source map's `mappings`: [generatedColumn, sourceIndex?] per segment. */
function* segments(line, state) {
  let index = 0;
  while (index < line.length) {
    const fields = [];
    while (index < line.length && line[index] !== ',') {
      let value = 0;
      let shift = 0;
      let digit;
      do {
        digit = DIGIT.get(line[index++]);
        value += (digit & 31) << shift;
        shift += 5;
      } while (digit & 32);
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    }
    index += 1; // the comma
    state.column += fields[0];
    if (fields.length > 1) state.source += fields[1];
    yield { column: state.column, source: fields.length > 1 ? state.source : undefined };
  }
}

/** What a source path counts as: a package (`ky`, `@lit/task`) or one of our modules (`src/…`). */
function contributor(sourcePath) {
  const at = sourcePath.lastIndexOf('node_modules/');
  if (at === -1) return relative(root, sourcePath);
  // SIZE_WHY=files: one row per file inside a package too.
  if (process.env.SIZE_WHY === 'files') return sourcePath.slice(at);
  const [scope, name] = sourcePath.slice(at + 'node_modules/'.length).split('/');
  return scope.startsWith('@') ? `${scope}/${name}` : scope;
}

/** Text of one built file split by contributor: Map(label -> code). */
export function splitBySource(file) {
  const code = readFileSync(file, 'utf8');
  const groups = new Map();
  const add = (label, text) => groups.set(label, (groups.get(label) ?? '') + text);
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) {
    add(`(${relative(root, file)}, no source map)`, code);
    return groups;
  }
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const sources = map.sources.map((source) =>
    contributor(resolve(dirname(file), map.sourceRoot ?? '', source)),
  );
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  const state = { column: 0, source: 0 };
  let owner = '(imports, exports)';
  lines.forEach((text, lineIndex) => {
    state.column = 0;
    const found = [...segments(mappingLines[lineIndex] ?? '', state)];
    let start = 0;
    for (const segment of found) {
      if (segment.column > start) add(owner, text.slice(start, segment.column));
      start = Math.max(start, segment.column);
      // An unmapped stretch (the inside of a css`` literal, say) continues the code before it.
      if (segment.source !== undefined) owner = sources[segment.source];
    }
    add(owner, `${text.slice(start)}\n`);
  });
  return groups;
}

/**
 * The biggest contributors to a set of files, in brotli bytes scaled to `total`.
 * @param {Iterable<string>} files
 * @param {number} total brotli bytes of the files together
 * @param {(text: string) => number} brotli
 */
export function contributors(files, total, brotli) {
  const merged = new Map();
  for (const file of files) {
    for (const [label, text] of splitBySource(file)) {
      merged.set(label, (merged.get(label) ?? '') + text);
    }
  }
  const alone = [...merged].map(([label, text]) => ({ label, alone: brotli(text) }));
  const sum = alone.reduce((acc, item) => acc + item.alone, 0) || 1;
  return alone
    .map(({ label, alone: bytes }) => ({ label, brotli: Math.round((bytes / sum) * total) }))
    .sort((a, b) => b.brotli - a.brotli);
}
