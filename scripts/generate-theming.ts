// docs/theming.md, the one description of the theme contract: the `--mentor-*` tokens (names and
// fallbacks from src/core/tokens.styles.ts, descriptions from the elements' @cssprop JSDoc in
// custom-elements.json, or below for the finer ones JSDoc does not list) and every element's own
// custom properties and CSS parts (from custom-elements.json). `npm run generate:theming` writes
// it; `npm run check:fresh` fails when it is stale, and test/unit/theming-contract.test.ts checks
// it against what src/ really uses.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { tokenFallbacks } from '../src/core/tokens.styles.js';

const root = resolve(import.meta.dirname, '..');
export const THEMING_PATH = resolve(root, 'docs/theming.md');

/** Tokens MentorElement's JSDoc does not describe (it lists the ones most pages set). */
const FINER_TOKENS: Record<string, string> = {
  '--mentor-font-size': 'Body text size.',
  '--mentor-font-size-small': 'Small print: hints, counts, meta lines.',
  '--mentor-font-size-large': 'Large text: titles and headline figures.',
  '--mentor-line-height': 'Line height of text.',
  '--mentor-radius-small': 'Corner radius of chips, badges and small controls.',
  '--mentor-radius-pill': 'Corner radius of pills: skill chips, badges, progress bars.',
  '--mentor-space-1': 'Smallest gap (spacing scale step 1 of 6).',
  '--mentor-space-2': 'Spacing scale step 2.',
  '--mentor-space-3': 'Spacing scale step 3.',
  '--mentor-space-5': 'Spacing scale step 5.',
  '--mentor-space-6': 'Largest gap (spacing scale step 6).',
  '--mentor-shadow': 'Shadow of raised surfaces such as the directory cards.',
  '--mentor-control-height': 'Height of buttons and single-line inputs (at least 44px to tap).',
  '--mentor-color-accent-hover': 'Accent colour of hovered buttons and links.',
  '--mentor-color-accent-soft': 'Light accent background: selected items, matched skills.',
  '--mentor-color-danger-soft': 'Background of error boxes.',
  '--mentor-color-success-soft': 'Background of success boxes.',
  '--mentor-color-warning': 'Warnings (at-risk goals, notices).',
  '--mentor-color-skeleton': 'Placeholder blocks while data loads.',
};

interface Described {
  name: string;
  description?: string;
  default?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  cssProperties?: Described[];
  cssParts?: Described[];
}
export interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[] }>;
}

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const code = (text: string) => `\`${text}\``;

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** The widget a module belongs to: dist/components/<folder>/... -> mentor-<folder>. */
const widgetOf = (path: string) => `mentor-${path.split('/')[2]}`;
/** The recipe's main module of a widget: components/<folder>/<folder>.component.js. */
const isMainModule = (path: string) => /components\/([^/]+)\/\1\.component\.js$/.test(path);

export async function renderTheming(manifest: Manifest): Promise<string> {
  const all = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).map((declaration) => ({ module: module.path, declaration })),
  );
  const base = all.find(({ declaration }) => declaration.name === 'MentorElement')?.declaration;
  const shared = new Set(tokenFallbacks.map(([name]) => name));
  const describe = (name: string) => {
    const description =
      base?.cssProperties?.find((property) => property.name === name)?.description ??
      FINER_TOKENS[name];
    if (!description)
      throw new Error(
        `${name} has no description: add it to FINER_TOKENS in ${import.meta.filename}`,
      );
    return description;
  };
  const tokenRows = tokenFallbacks.map(([name, light, dark]) => [
    code(name),
    code(light),
    dark ? code(dark) : 'same',
    cell(describe(name)),
  ]);

  const elements = all
    .filter(({ declaration }) => declaration.cssParts?.length || declaration.cssProperties?.length)
    .filter(({ declaration }) => declaration.name !== 'MentorElement');
  const section = ({ module, declaration }: (typeof elements)[number]) => {
    const title = declaration.tagName ? code(`<${declaration.tagName}>`) : declaration.name;
    const own = (declaration.cssProperties ?? []).filter((property) => !shared.has(property.name));
    const parts = declaration.cssParts ?? [];
    return [
      `### ${title}`,
      isMainModule(module) ? '' : `Inside ${code(`<${widgetOf(module)}>`)}'s shadow root.`,
      own.length
        ? table(
            ['custom property', 'default', 'what it sets'],
            own.map((property) => [
              code(property.name),
              property.default ? code(property.default) : '',
              cell(property.description),
            ]),
          )
        : '',
      parts.length
        ? table(
            ['part', 'what it is'],
            parts.map((part) => [code(part.name), cell(part.description)]),
          )
        : '',
    ]
      .filter(Boolean)
      .join('\n\n');
  };
  const main = elements.filter(({ module }) => isMainModule(module));
  const inner = elements.filter(({ module }) => !isMainModule(module));

  const markdown = `# Theming: the \`--mentor-*\` tokens and CSS parts

<!-- Generated by \`npm run generate:theming\` from src/core/tokens.styles.ts and
custom-elements.json (the elements' @cssprop and @csspart JSDoc). Edit those, then regenerate;
\`npm test\` fails when this file is stale or when src/ uses a token or part it does not list. -->

The widgets inherit the page's font and \`color-scheme\` (a dark page gets dark widgets). A host
page themes them in two ways, both allowed under a strict Content-Security-Policy:

- **Custom properties**: set \`--mentor-*\` anywhere above a widget, in the page's own stylesheet:
  \`mentor-program { --mentor-color-accent: #0f766e; --mentor-radius: 0; }\`. Colours default to
  \`light-dark(light, dark)\`, so one value set here applies to both schemes; set it under a
  \`@media (prefers-color-scheme: dark)\` rule (or your dark-mode class) to differ.
  \`applyTheme('light' | 'dark' | 'branded')\` from \`mentorkit\` adopts a ready-made set; it also
  switches the page's own \`light-dark()\` colours where its bundler lowered them (Vite's Lightning
  CSS: \`--lightningcss-light\` / \`--lightningcss-dark\`), so page and widgets turn dark together.
- **Parts**: \`mentor-directory::part(request-button) { text-transform: uppercase; }\`. Parts of
  the elements nested inside a widget are reachable from the page only where the widget lists
  them among its own parts (it re-exports them).

## Tokens every widget reads

${table(['token', 'light', 'dark', 'what it styles'], tokenRows)}

## Widgets: their own custom properties and parts

Every widget also has the parts \`skeleton\` (loading placeholder), \`error\` and \`retry-button\`
where it loads data.

${main.map(section).join('\n\n')}

## Elements inside the widgets

${inner.map(section).join('\n\n')}
`;
  // Formatted as `npm run lint` (prettier --check) wants it.
  const options = await resolveConfig(THEMING_PATH);
  return format(markdown, { ...options, filepath: THEMING_PATH });
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')) as Manifest;
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(THEMING_PATH, await renderTheming(readManifest()));
  console.log(`wrote ${THEMING_PATH}`);
}
