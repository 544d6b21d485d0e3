// The list of results and its cards, loaded on demand (./directory-parts.ts) at connect, with the
// directory's schemas: the first paint is a skeleton, and the cards render with the first results.
export { renderResults } from './directory-results.js';
export { MentorCard } from './mentor-card.component.js';
