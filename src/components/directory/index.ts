// The directory's classes and helpers, without registering any tag (see ./define.js).
export { MentorDirectory } from './directory.component.js';
export { OfflineError } from '../../core/connectivity.js';
export { MentorCard } from './mentor-card.component.js';
export { MentorProfileDialog } from './mentor-profile-dialog.component.js';
export { MentorDirectoryFilters } from './directory-filters.component.js';
export type {
  DirectoryQuery,
  DirectoryFilterOptions,
  DirectoryWeights,
  FilterName,
} from './directory-query.js';
export type { RequestFormLike } from './request-form.js';
