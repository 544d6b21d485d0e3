// Registers <mentor-directory> and its parts (safe to load twice). Import classes from
// ./index.js (or the *.component.js modules) to extend them without registering.
import { MentorDirectory } from './directory.component.js';
import { MentorCardElement } from './mentor-card.component.js';
import { MentorProfileDialog } from './mentor-profile-dialog.component.js';
import { MentorDirectoryFilters } from './directory-filters.component.js';

export { MentorDirectory };
export const directoryTag = 'mentor-directory';

const tags: Array<[string, CustomElementConstructor]> = [
  ['mentor-card', MentorCardElement],
  ['mentor-profile-dialog', MentorProfileDialog],
  ['mentor-directory-filters', MentorDirectoryFilters],
  [directoryTag, MentorDirectory],
];
for (const [tag, element] of tags) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
