// Pure, deterministic matching shared by the server, the memory API and the widgets. No I/O.
export * from './weights.js';
export * from './timezone.js';
export * from './conflicts.js';
export * from './score.js';
export * from './eligibility.js';
export * from './card.js';
export * from './explain.js';
export * from './directory/index.js';
