// Registers <mentor-directory> (safe to load twice); its cards, the profile dialog and the
// filters register when their chunks load (./directory-parts.ts). Import classes from
// ./index.js (or the *.component.js modules) to extend them without registering.
import { MentorDirectory } from './directory.component.js';
import { preloadOperations } from '../../client/http/operation-groups.js';
import { defineElement } from '../../core/define.js';

// The directory's requests and their schemas download while it paints its skeleton (src/core/README.md).
preloadOperations('people', 'directory');

export { MentorDirectory };
export const directoryTag = 'mentor-directory';

defineElement(directoryTag, MentorDirectory);
