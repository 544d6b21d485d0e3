import type { MatchReasonKind } from '../contract/index.js';

/** Points per criterion; any total works, scores are normalised to 0-100. */
export type MatchWeights = Record<MatchReasonKind, number>;

/** Program defaults (see DOMAIN.md): stated criteria only, never age, gender or similar. */
export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  skills: 35,
  interests: 20,
  languages: 15,
  timezone: 10,
  location: 5,
  responsiveness: 10,
  capacity: 5,
});

/** Defaults overridden by valid (finite, non-negative) program or viewer weights. */
export function resolveWeights(overrides?: Partial<Record<string, number>>): MatchWeights {
  const weights = { ...DEFAULT_WEIGHTS };
  for (const kind of Object.keys(weights) as MatchReasonKind[]) {
    const value = overrides?.[kind];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) weights[kind] = value;
  }
  return weights;
}
