// Helpers for the directory tests: render it in a program, wait for searches to settle, and use
// its search box and filters as a person does. Generic helpers live in ../support/.
import { html, waitUntil } from '@open-wc/testing';
import type { MemoryMentoringApi } from '../../../src/memory/index.js';
import { renderInProgram } from '../support/render.js';
import { $, $$ } from '../support/dom.js';
import type { MentorDirectory } from '../../../src/components/directory/directory.component.js';
import type { MentorCard } from '../../../src/components/directory/mentor-card.component.js';
import type { MentorDirectoryFilters } from '../../../src/components/directory/directory-filters.component.js';
import '../../../src/components/directory/define.js';
import '../../../src/components/program/define.js';

/** A directory inside a <mentor-program> that provides `api`, with its first search settled. */
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
  const el = await renderInProgram<MentorDirectory>(
    html`<mentor-directory
      page-size=${attributes.pageSize ?? 10}
      layout=${attributes.layout ?? 'list'}
      filters=${attributes.filters ?? ''}
      ?sync-url=${attributes.syncUrl ?? false}
      ?hide-conflicted=${attributes.hideConflicted ?? false}
    ></mentor-directory>`,
    { api },
  );
  await settled(el);
  return el;
}

export async function settled(el: MentorDirectory): Promise<void> {
  await el.searchComplete();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

export function renderedCards(el: MentorDirectory): MentorCard[] {
  return $$<MentorCard>(el, 'mentor-card');
}

export function cardOf(el: MentorDirectory, mentorId: string): MentorCard | undefined {
  return renderedCards(el).find((card) => card.card?.mentor.id === mentorId);
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
