export { DirectoryIndex, type DirectoryResult, type DirectorySearch } from './directory-index.js';
export type { DirectoryEntry } from './mentor-slot.js';
