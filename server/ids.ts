import { randomUUID } from 'node:crypto';

/** Opaque ids that satisfy the contract's Id pattern, with a readable prefix. */
export const newId = (prefix: string) => `${prefix}-${randomUUID()}`;
