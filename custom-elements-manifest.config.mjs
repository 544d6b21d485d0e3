// Custom Elements Manifest analyzer config: `npm run generate:cem` writes custom-elements.json from
// the JSDoc on the elements (@fires, @slot, @csspart, @cssprop). Storybook's autodocs and editors
// read it; scripts/check-fresh.ts fails `npm test` when it is stale.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const TAG = /^[a-z][a-z0-9]*-[a-z0-9-]*$/;

/**
 * Links classes to tag names the analyzer cannot see on its own in define.ts modules:
 * - `customElements.define(programTag, MentorProgram)` with a constant: it records `programTag`;
 * - a table looped over, `[['mentor-card', MentorCardElement], [directoryTag, MentorDirectory]]`;
 * - `defineElement(programTag, MentorProgram)`, the guarded helper (src/core/define.ts).
 * A JSDoc `@tag mentor-x` on the class also works and needs no help.
 */
function defineModuleTags() {
  const pairs = []; // [tag text or constant name, class name, module path]
  return {
    name: 'mentorkit-define-module-tags',
    initialize() {
      pairs.length = 0;
    },
    analyzePhase({ ts, node, moduleDoc }) {
      if (!moduleDoc.path.endsWith('define.ts')) return;
      // `defineElement(tag, Class)` (src/core/define.ts) or a `[tag, Class]` table entry.
      const call =
        ts.isCallExpression(node) && node.expression.getText() === 'defineElement' ? node : null;
      if (!call && !ts.isArrayLiteralExpression(node)) return;
      const [tag, element, ...rest] = call ? call.arguments : node.elements;
      if (!tag || !element || rest.length > 0 || !ts.isIdentifier(element)) return;
      if (ts.isStringLiteral(tag) && TAG.test(tag.text))
        pairs.push([tag.text, element.text, moduleDoc.path]);
      else if (ts.isIdentifier(tag)) pairs.push([tag.text, element.text, moduleDoc.path]);
    },
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      const constants = new Map();
      for (const mod of modules) {
        for (const declaration of mod.declarations ?? []) {
          const match =
            declaration.kind === 'variable' && /^(['"`])(.*)\1$/.exec(declaration.default ?? '');
          if (match && TAG.test(match[2])) constants.set(declaration.name, match[2]);
        }
      }
      const tagOf = (text) => (TAG.test(text) ? text : constants.get(text));
      const classes = new Map();
      for (const mod of modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind === 'class') classes.set(declaration.name, { declaration, mod });
        }
      }
      for (const mod of modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.tagName && constants.has(declaration.tagName))
            declaration.tagName = constants.get(declaration.tagName);
        }
        if (!mod.path.endsWith('define.ts')) continue;
        // Keep only definitions that name a real tag; a loop's `define(tag, element)` names none.
        mod.exports = (mod.exports ?? [])
          .map((entry) =>
            entry.kind === 'custom-element-definition'
              ? { ...entry, name: tagOf(entry.name) }
              : entry,
          )
          .filter((entry) => entry.kind !== 'custom-element-definition' || entry.name);
      }
      for (const [tagText, className, path] of pairs) {
        const tag = tagOf(tagText);
        const found = classes.get(className);
        if (!tag || !found) continue;
        found.declaration.tagName ??= tag;
        found.declaration.customElement = true;
        const mod = modules.find((candidate) => candidate.path === path);
        if (
          mod &&
          !mod.exports.some(
            (entry) => entry.kind === 'custom-element-definition' && entry.name === tag,
          )
        ) {
          mod.exports.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: found.mod.path },
          });
        }
      }
    },
  };
}

/**
 * Attributes of `@jsonProperty(...)` fields (src/core/json-property.ts), which the Lit plugin
 * does not know: the `attribute` option, else the lowercased property name, as for `@property`.
 */
function jsonPropertyAttributes() {
  return {
    name: 'mentorkit-json-property-attributes',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations?.find((entry) => entry.name === node.name.text);
      if (!classDoc) return;
      for (const member of node.members) {
        const call = (ts.getDecorators?.(member) ?? [])
          .map((entry) => entry.expression)
          .find(
            (expression) =>
              ts.isCallExpression(expression) && expression.expression.getText() === 'jsonProperty',
          );
        const field =
          call && classDoc.members?.find((entry) => entry.name === member.name?.getText());
        if (!field) continue;
        const options = call.arguments.find((argument) => ts.isObjectLiteralExpression(argument));
        const named = options?.properties.find((entry) => entry.name?.getText() === 'attribute');
        const name =
          named && ts.isStringLiteral(named.initializer)
            ? named.initializer.text
            : field.name.toLowerCase();
        field.attribute = name;
        classDoc.attributes ??= [];
        if (classDoc.attributes.some((attribute) => attribute.name === name)) continue;
        classDoc.attributes.push({
          name,
          ...(field.type ? { type: field.type } : {}),
          ...(field.description ? { description: field.description } : {}),
          ...(field.default ? { default: field.default } : {}),
          fieldName: field.name,
        });
      }
    },
  };
}

/**
 * Module paths name files in the package, not sources it does not ship: src/core/events.ts is
 * dist/core/events.js (with dist/core/events.d.ts beside it). Runs last, after the plugins
 * above have matched on the source paths.
 */
function packagePaths() {
  const toDist = (text) => text.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof inner === 'string')
        value[key] = toDist(inner);
      else rewrite(inner);
    }
  };
  return {
    name: 'mentorkit-package-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: [
    'src/components/**/*.component.ts',
    // define.ts modules call customElements.define: this links each class to its tag name.
    'src/components/**/define.ts',
    'src/core/**/*.ts',
  ],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'src/core/generated/**'],
  outdir: '.',
  litelement: true,
  // Never rewrite package.json (its "customElements" field is maintained by hand).
  packagejson: false,
  plugins: [defineModuleTags(), jsonPropertyAttributes(), packagePaths()],
  // Directory listing order differs between file systems; sort so every checkout writes the same file.
  overrideModuleCreation({ ts, globs }) {
    return [...globs]
      .sort()
      .map((path) =>
        ts.createSourceFile(
          path,
          readFileSync(resolve(import.meta.dirname, path), 'utf8'),
          ts.ScriptTarget.ES2015,
          true,
        ),
      );
  },
};
