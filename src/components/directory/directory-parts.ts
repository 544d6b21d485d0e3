// The directory's parts that its first paint does not need, each in its own chunk (see
// src/core/lazy.ts and src/core/README.md): its schemas (zod, needed before the first search) and
// its results list with the cards (needed with the first results), both loaded at connect,
// alongside the operations; the profile dialog (opened from a card), the filters (on screen at
// once on wide layouts, a drawer on narrow ones) and the virtualizer (only when there are more
// cards than fit on screen).
import { defineElement } from '../../core/define.js';
import { lazyElement, once } from '../../core/lazy.js';

export const loadProfileDialog = lazyElement(
  'mentor-profile-dialog',
  async () => (await import('./mentor-profile-dialog.component.js')).MentorProfileDialog,
);

export const loadFilters = lazyElement(
  'mentor-directory-filters',
  async () => (await import('./directory-filters.component.js')).MentorDirectoryFilters,
);

type SchemasModule = typeof import('./directory-schemas.js');
let schemas: SchemasModule | undefined;
export const loadSchemas = once(async () => (schemas = await import('./directory-schemas.js')));
/** The schemas, once loaded (one chunk per page, shared by every directory on it). */
export const loadedSchemas = (): SchemasModule | undefined => schemas;

type ResultsPart = typeof import('./directory-results-part.js');
let results: ResultsPart | undefined;
export const loadResultsPart = once(async () => {
  const part = await import('./directory-results-part.js');
  defineElement('mentor-card', part.MentorCard);
  return (results = part);
});
/** The results list and its registered cards, once loaded. */
export const loadedResultsPart = (): ResultsPart | undefined => results;

export const loadVirtualizer = once(async () => {
  const [virtualizer, { provideResizeObserver }, { FrameResizeObserver }] = await Promise.all([
    import('@lit-labs/virtualizer/virtualize.js'),
    import('@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js'),
    import('../../core/frame-resize-observer.js'),
  ]);
  // The virtualizer sizes rows a frame after they resize, not in the same frame: no
  // "ResizeObserver loop" error in the page's error monitoring (its constructor is page-wide).
  provideResizeObserver(FrameResizeObserver);
  return virtualizer;
});
export type VirtualizerModule = Awaited<ReturnType<typeof loadVirtualizer>>;
