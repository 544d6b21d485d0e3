// The built Storybook (`npm run build-storybook`, storybook-static/), served as files and opened
// in Chromium: every story renders without an error (Storybook's error display, a script error or
// a console error) and passes axe (WCAG 2.2 AA rules) in every theme and every locale, and every
// docs page (the autodocs of each element, the guides) renders.
//
// Speed: stories are switched and re-themed through Storybook's own channel, as its sidebar and
// toolbar do, so the preview and axe load once per page; the memory API's simulated latency is
// skipped (stories/support/with-program.ts). Each story runs in every theme and every locale:
// three pairs (each theme with a different locale), rotating from story to story so the suite
// covers all nine combinations. STORYBOOK_TEST_ALL=1 runs all nine per story: about 3x as long
// (4 min 10 s on a shared 2-core machine, against 1 min 40 s), so not the default.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromePath } from '../server/support/demo-server.js';
import { serveFolder, type ServedFolder } from './serve-folder.js';
import { AXE_RUN, SETTLE, SWITCH } from './page-scripts.js';

const root = resolve(import.meta.dirname, '../..');
const built = resolve(root, 'storybook-static');
const axeSource = readFileSync(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

const THEMES = ['light', 'dark', 'branded'] as const;
const LOCALES = ['en', 'es', 'ar'] as const;
const WORKERS = 2;

interface Entry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}
const index = resolve(built, 'index.json');
const entries: Entry[] = existsSync(index)
  ? Object.values(
      (JSON.parse(readFileSync(index, 'utf8')) as { entries: Record<string, Entry> }).entries,
    )
  : [];
const stories = entries.filter((e) => e.type === 'story');

/** Every custom element the package declares, with its description. */
function manifestElements(): { tagName: string; description: string }[] {
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: { tagName?: string; description?: string }[] }[];
  };
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((d) =>
      d.tagName ? [{ tagName: d.tagName, description: d.description ?? '' }] : [],
    ),
  );
}

/** The theme/locale pairs of the story at `position`. */
function combinations(position: number): [string, string][] {
  if (process.env['STORYBOOK_TEST_ALL'])
    return THEMES.flatMap((theme) => LOCALES.map((locale): [string, string] => [theme, locale]));
  return THEMES.map((theme, i) => [theme, LOCALES[(i + position) % LOCALES.length]!]);
}

/** A preview page that stays open: the story and globals it shows, and what went wrong on it. */
interface Preview {
  page: Page;
  shown?: { id: string; theme: string; locale: string };
  errors: string[];
}

describe(
  'Storybook: every story in every theme and locale, and every docs page',
  {
    skip: !chromePath
      ? 'no Chromium (set CHROME_PATH)'
      : entries.length === 0
        ? 'no storybook-static/: run `npm run build-storybook` first (npm run test:storybook does)'
        : false,
    concurrency: WORKERS,
  },
  () => {
    let server: ServedFolder;
    let browser: Browser;
    const idle: Preview[] = [];
    const waiting: ((preview: Preview) => void)[] = [];
    before(async () => {
      server = await serveFolder(built);
      browser = await chromium.launch({ executablePath: chromePath!, args: ['--no-sandbox'] });
      for (let i = 0; i < WORKERS; i++) idle.push(await newPreview());
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    async function newPreview(): Promise<Preview> {
      const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
      const preview: Preview = { page, errors: [] };
      await page.addInitScript(() => {
        (globalThis as { mentorkitStoryTest?: boolean }).mentorkitStoryTest = true;
      });
      page.on('pageerror', (error) => preview.errors.push(`script error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error')
          preview.errors.push(`console error: ${message.text()} (${message.location().url})`);
      });
      return preview;
    }
    const acquire = () =>
      new Promise<Preview>((resolvePreview) => {
        const preview = idle.pop();
        if (preview) resolvePreview(preview);
        else waiting.push(resolvePreview);
      });
    const release = (preview: Preview) => {
      const next = waiting.shift();
      if (next) next(preview);
      else idle.push(preview);
    };

    /** Shows an entry in a theme and locale; resolves with 'shown' or what went wrong. */
    async function show(preview: Preview, entry: Entry, theme: string, locale: string) {
      const { page, shown } = preview;
      let result: string;
      if (!shown) {
        await page.goto(
          `${server.url}/iframe.html?id=${entry.id}&viewMode=${entry.type}&globals=theme:${theme};locale:${locale}`,
        );
        const state = await page.waitForFunction(() => {
          const classes = document.body.classList;
          if (classes.contains('sb-show-errordisplay'))
            return `error: ${document.querySelector('#error-message')?.textContent ?? ''}`;
          return classes.contains('sb-show-main') ? 'shown' : false;
        });
        result = (await state.jsonValue()) as string;
      } else {
        result = 'shown';
        if (shown.id !== entry.id)
          result = await page.evaluate(
            `(${SWITCH})(${JSON.stringify({ kind: 'setCurrentStory', payload: { storyId: entry.id, viewMode: entry.type } })})`,
          );
        if (result === 'shown' && (shown.theme !== theme || shown.locale !== locale))
          result = await page.evaluate(
            `(${SWITCH})(${JSON.stringify({ kind: 'updateGlobals', payload: { globals: { theme, locale } } })})`,
          );
      }
      preview.shown = result === 'shown' ? { id: entry.id, theme, locale } : undefined;
      if (result === 'shown') await page.evaluate(SETTLE);
      return result;
    }

    async function axe(page: Page): Promise<string[]> {
      if (!(await page.evaluate(() => 'axe' in window)))
        await page.addScriptTag({ content: axeSource });
      return (await page.evaluate(AXE_RUN)) as string[];
    }

    for (const [position, entry] of stories.entries()) {
      it(`${entry.title} / ${entry.name}`, async () => {
        const failures: string[] = [];
        const preview = await acquire();
        try {
          for (const [theme, locale] of combinations(position)) {
            const where = `[${theme}, ${locale}]`;
            const shown = await show(preview, entry, theme, locale);
            if (shown !== 'shown') failures.push(`${where} ${shown}`);
            else
              for (const violation of await axe(preview.page))
                failures.push(`${where} axe ${violation}`);
            for (const error of preview.errors.splice(0)) failures.push(`${where} ${error}`);
          }
        } finally {
          release(preview);
        }
        assert.deepEqual(failures, [], `${entry.id}:\n  ${failures.join('\n  ')}`);
      });
    }

    it('every docs page renders, and every element of custom-elements.json has its autodocs', async () => {
      const failures: string[] = [];
      const preview = await newPreview();
      let documented = '';
      for (const entry of entries.filter((e) => e.type === 'docs')) {
        preview.shown = undefined; // a docs page is opened afresh
        const shown = await show(preview, entry, 'light', 'en');
        if (shown !== 'shown') failures.push(`${entry.id}: ${shown}`);
        for (const error of preview.errors.splice(0)) failures.push(`${entry.id}: ${error}`);
        // The page's text (a widget's description) and its tabs (one per sub-element).
        documented += await preview.page.evaluate(
          `[document.querySelector('#storybook-docs').innerText, ...[...document.querySelectorAll('#storybook-docs button')].map((b) => '<tab ' + b.textContent.trim() + '>')].join(' ').replace(/\\s+/g, ' ')`,
        );
      }
      await preview.page.close();
      for (const element of manifestElements()) {
        const opening = element.description.replace(/`/g, '').replace(/\s+/g, ' ').slice(0, 40);
        if (!documented.includes(opening) && !documented.includes(`<tab ${element.tagName}>`))
          failures.push(
            `<${element.tagName}> has no autodocs (no story names it as component or subcomponent)`,
          );
      }
      assert.deepEqual(failures, []);
    });
  },
);
