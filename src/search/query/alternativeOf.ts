import type { Alternative, AlternativeKind } from './expandQuery.js';

/**
 * An alternative with every key there, unset ones undefined: one object shape for all, so the code
 * reading alternatives stays optimised (V8 deoptimises on each new shape it meets).
 */
export function alternativeOf(terms: string[], weight: number, kind: AlternativeKind, forms?: string[], negated?: true): Alternative {
  return { terms, weight, kind, forms, negated };
}
