// Registers <mentor-directory> and its cards (safe to load twice); the profile dialog and the
// filters register when their chunks load (./directory-parts.ts). Import classes from
// ./index.js (or the *.component.js modules) to extend them without registering.
import { MentorDirectory } from './directory.component.js';
import { MentorCard } from './mentor-card.component.js';
import { preloadOperations } from '../../client/http/operation-groups.js';
import { peopleOperations } from '../../client/http/operations/people.js';
import { directoryOperations } from '../../client/http/operations/directory.js';

// The directory's requests arrive with it (see src/core/README.md, "Operations per widget").
preloadOperations({ people: peopleOperations, directory: directoryOperations });

export { MentorDirectory };
export const directoryTag = 'mentor-directory';

const tags: Array<[string, CustomElementConstructor]> = [
  ['mentor-card', MentorCard],
  [directoryTag, MentorDirectory],
];
for (const [tag, element] of tags) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
