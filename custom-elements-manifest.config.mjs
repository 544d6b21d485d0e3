// Custom Elements Manifest analyzer config: `npm run generate:cem` writes custom-elements.json from
// the JSDoc on the elements (@fires, @slot, @csspart, @cssprop). Storybook's autodocs and editors
// read it; scripts/check-fresh.ts fails `npm test` when it is stale.

/**
 * define.ts modules register with a constant (`customElements.define(programTag, MentorProgram)`);
 * the analyzer records the constant's name, so swap in its string value.
 */
function resolveTagConstants() {
  return {
    name: 'mentorkit-resolve-tag-constants',
    packageLinkPhase({ customElementsManifest }) {
      const constants = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const match =
            declaration.kind === 'variable' &&
            /^(['"`])([a-z][a-z0-9]*-[a-z0-9-]*)\1$/.exec(declaration.default ?? '');
          if (match) constants.set(declaration.name, match[2]);
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.tagName && constants.has(declaration.tagName))
            declaration.tagName = constants.get(declaration.tagName);
        }
        for (const entry of module.exports ?? []) {
          if (entry.kind === 'custom-element-definition' && constants.has(entry.name))
            entry.name = constants.get(entry.name);
        }
      }
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
  plugins: [resolveTagConstants()],
};
