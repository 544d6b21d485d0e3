// Registers <mentor-directory> and its cards (safe to load twice); the profile dialog and the
// filters register when their chunks load (./directory-parts.ts). Import classes from
// ./index.js (or the *.component.js modules) to extend them without registering.
import { MentorDirectory } from './directory.component.js';
import { MentorCard } from './mentor-card.component.js';
import { preloadOperations } from '../../client/http/operation-groups.js';
import { defineElement } from '../../core/define.js';

// The directory's requests and their schemas download while it paints its skeleton (src/core/README.md).
preloadOperations('people', 'directory');

export { MentorDirectory };
export const directoryTag = 'mentor-directory';

const tags: Array<[string, CustomElementConstructor]> = [
  ['mentor-card', MentorCard],
  [directoryTag, MentorDirectory],
];
for (const [tag, element] of tags) {
  defineElement(tag, element);
}
