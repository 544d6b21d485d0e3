// Helpers for the directory tests: reach into the shadow roots the way a person would look at
// the screen (visible text, buttons by their names), and wait for searches to settle.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryMentoringApi } from '../../../src/memory/index.js';
import { generateProgram, type ProgramFixture } from '../../../src/fixtures/index.js';
import type { MentorDirectory } from '../../../src/components/directory/directory.component.js';
import type { MentorCardElement } from '../../../src/components/directory/mentor-card.component.js';
import type { MentorDirectoryFilters } from '../../../src/components/directory/directory-filters.component.js';
import '../../../src/components/directory/define.js';
import '../../../src/components/program/define.js';

export type MemoryOptions = NonNullable<ConstructorParameters<typeof MemoryMentoringApi>[0]>;

export const ANA = 'ana-souza';

const programs = new Map<number, Promise<ProgramFixture>>();

/** The generated program for a size, made once per file (each API gets its own copy). */
export function program(mentors: number): Promise<ProgramFixture> {
  let found = programs.get(mentors);
  if (!found) programs.set(mentors, (found = generateProgram({ now: new Date(), mentors })));
  return found;
}

export async function memoryApi(options: Partial<MemoryOptions> = {}): Promise<MemoryMentoringApi> {
  const mentors = options.mentors ?? 60;
  return new MemoryMentoringApi({
    userId: ANA,
    data: await program(mentors),
    ...options,
  } as MemoryOptions);
}

/** A directory on its own `api`, with its first search settled. */
export async function directory(
  api: MemoryMentoringApi,
  attributes: {
    pageSize?: number;
    layout?: 'grid' | 'list';
    filters?: string;
    syncUrl?: boolean;
    hideConflicted?: boolean;
  } = {},
): Promise<MentorDirectory> {
  const el = await fixture<MentorDirectory>(
    html`<mentor-directory
      .api=${api}
      page-size=${attributes.pageSize ?? 10}
      layout=${attributes.layout ?? 'list'}
      filters=${attributes.filters ?? ''}
      ?sync-url=${attributes.syncUrl ?? false}
      ?hide-conflicted=${attributes.hideConflicted ?? false}
    ></mentor-directory>`,
  );
  await settled(el);
  return el;
}

export async function settled(el: MentorDirectory): Promise<void> {
  await el.searchComplete();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${el.localName}>`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Visible text with whitespace collapsed, through nested shadow roots. */
export function textOf(node: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current instanceof Element && current.shadowRoot) walk(current.shadowRoot);
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export function renderedCards(el: MentorDirectory): MentorCardElement[] {
  return $$<MentorCardElement>(el, 'mentor-card');
}

export function cardOf(el: MentorDirectory, mentorId: string): MentorCardElement | undefined {
  return renderedCards(el).find((card) => card.card?.mentor.id === mentorId);
}

/** A button inside `root`'s shadow root whose visible text (or aria-label) contains `name`. */
export function button(root: Element, name: string | RegExp): HTMLButtonElement {
  const match = (text: string) =>
    typeof name === 'string' ? text.includes(name) : name.test(text);
  const found = [...root.shadowRoot!.querySelectorAll('button')].find((candidate) =>
    match(candidate.getAttribute('aria-label') ?? textOf(candidate)),
  );
  if (!found) throw new Error(`No button "${name}" in <${root.localName}>`);
  return found;
}

export function filtersOf(el: MentorDirectory): MentorDirectoryFilters {
  return $<MentorDirectoryFilters>(el, 'mentor-directory-filters');
}

/** Type into the search box and commit with Enter (typing alone commits after the debounce). */
export async function search(
  el: MentorDirectory,
  text: string,
  commit: 'enter' | 'debounce' = 'enter',
) {
  const input = $<HTMLInputElement>(el, '#search');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  if (commit === 'enter')
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  else await waitUntil(() => (el.query.q ?? '') === text.trim(), 'the debounced search never ran');
  await settled(el);
}

/** Tick or untick a filter checkbox by its group and value. */
export async function toggleFilter(el: MentorDirectory, group: string, value: string) {
  const filters = filtersOf(el);
  const box = filters.shadowRoot!.querySelector<HTMLInputElement>(
    `fieldset[data-filter="${group}"] input[value="${CSS.escape(value)}"]`,
  );
  if (!box) throw new Error(`No ${group} filter "${value}"`);
  box.click();
  await settled(el);
}

/** Facet entries as shown: value and count, for one group. */
export function shownFacets(
  el: MentorDirectory,
  group: string,
): Array<{ value: string; count: number }> {
  const filters = filtersOf(el);
  return [
    ...filters.shadowRoot!.querySelectorAll<HTMLLabelElement>(
      `fieldset[data-filter="${group}"] label`,
    ),
  ].map((label) => ({
    value: label.querySelector('input')!.value,
    count: Number(label.querySelector('.count')!.textContent),
  }));
}

/** Load every page through the "Show more mentors" button. */
export async function loadEverything(el: MentorDirectory) {
  for (let guard = 0; guard < 50; guard++) {
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-more"]');
    if (!more) return;
    more.click();
    await settled(el);
  }
  throw new Error('The list never ended');
}
