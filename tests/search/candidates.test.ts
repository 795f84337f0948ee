import { describe, expect, it } from 'vitest';
import { Candidates } from '../../src/search/candidates.js';
import type { Alternative } from '../../src/search/query/expandQuery.js';

const alternative = (...terms: string[]): Alternative => ({ terms, weight: 1, kind: 'exact' });

describe('Candidates', () => {
  // Two concepts: [troep], [stuur, stuurd+rusland]; 40 alternatives in all, so the bits span two words.
  const alternatives = [alternative('troep'), alternative('stuur'), alternative('stuurd', 'rusland'), ...Array.from({ length: 37 }, (_, i) => alternative(`x${i}`))];

  it('keeps the best score per concept, strength once found, and the matched alternatives per sentence', () => {
    const candidates = new Candidates([3, 8, 12], 2, alternatives);
    const strongFor = (id: number): boolean => id === 8;
    candidates.match(1, 0, 0, 0.5, strongFor);
    candidates.match(1, 1, 2, 0.2, () => false);
    candidates.match(1, 1, 1, 0.7, () => false);
    candidates.match(2, 1, 39, 0.1, () => false);
    expect(candidates.size).toBe(3);
    expect(candidates.id(1)).toBe(8);
    expect([candidates.score(1, 0), candidates.score(1, 1)]).toEqual([0.5, 0.7]);
    expect([candidates.strong(1, 0), candidates.strong(1, 1)]).toEqual([true, false]);
    expect([candidates.matchedAny(0), candidates.matchedAny(1), candidates.matchedAny(2)]).toEqual([false, true, true]);
    // In the order of the alternatives, not the order found.
    expect([...candidates.matchedTerms(1)]).toEqual(['troep', 'stuur', 'stuurd', 'rusland']);
    expect(candidates.matchedTerm(1, 'rusland')).toBe(true);
    expect(candidates.matchedTerm(2, 'x36')).toBe(true);
    expect(candidates.matchedTerm(2, 'troep')).toBe(false);
  });

  it('a concept referred back to counts as strong with its small value', () => {
    const candidates = new Candidates([5], 2, alternatives);
    candidates.match(0, 0, 0, 1, () => true);
    candidates.referTo(0, 1, 0.05);
    expect([candidates.score(0, 1), candidates.strong(0, 1)]).toEqual([0.05, true]);
  });
});
