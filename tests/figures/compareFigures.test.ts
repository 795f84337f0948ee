import { describe, expect, it } from 'vitest';
import { compareFigures, MAX_PAIRS, rangeOf, type Comparable } from '../../src/figures/compareFigures.js';

const figure = (value: number, extra: Partial<Comparable> = {}): Comparable & { name: string } => ({ value, articleId: 'a', name: `${extra.qualifier ?? ''}${value}`, ...extra });

describe('the values a figure allows', () => {
  it.each([
    [{ value: 13, qualifier: 'minstens' }, [13, Infinity]],
    [{ value: 8000, qualifier: 'bijna' }, [6400, 8000]],
    [{ value: 16 }, [16, 16]],
    [{ atLeast: 20 }, [20, 99]],
  ])('%o → %o', (written, range) => expect(rangeOf(written)).toEqual(range));

  it('every qualifier still allows the number itself, give or take a fifth', () => {
    for (const qualifier of ['bijna', 'ruim', 'minstens', "zo'n", 'circa', 'maximaal', 'meer dan', 'about', undefined]) {
      const [lo, hi] = rangeOf({ value: 100, ...(qualifier ? { qualifier } : {}) }) as [number, number];
      expect(lo).toBeLessThanOrEqual(101);
      expect(hi).toBeGreaterThanOrEqual(99);
    }
  });
});

describe('like with like', () => {
  it('"minstens dertien" and "16" agree; "16" and "26" from two articles differ', () => {
    expect(compareFigures([figure(13, { qualifier: 'minstens', articleId: 'a' }), figure(16, { articleId: 'b' })]).disagreements).toEqual([]);
    expect(compareFigures([figure(16, { articleId: 'a' }), figure(26, { articleId: 'b' })]).disagreements).toHaveLength(1);
  });

  it('a later figure from the same claimant is an update, not a disagreement', () => {
    const monday = figure(16, { claimant: 'de politie', from: '2022-01-10', to: '2022-01-10' });
    const friday = figure(26, { claimant: 'De politie', articleId: 'b', from: '2022-01-14', to: '2022-01-14' });
    const result = compareFigures([friday, monday]);
    expect(result.disagreements).toEqual([]);
    expect(result.updates).toEqual([{ from: monday, to: friday }]);
  });

  it('different claimants on different known days are a timeline: neither update nor dispute', () => {
    const result = compareFigures([figure(16, { claimant: 'de politie', from: '2022-01-10' }), figure(26, { claimant: 'het ministerie', articleId: 'b', from: '2022-01-14' })]);
    expect(result).toEqual({ disagreements: [], updates: [] });
  });

  it('within one article only two named claimants are two sources', () => {
    expect(compareFigures([figure(16), figure(26)]).disagreements).toEqual([]);
    expect(compareFigures([figure(16, { claimant: 'de politie' }), figure(60, { claimant: 'de oppositie' })]).disagreements).toHaveLength(1);
  });

  it('an unknown period may be the same period: counts that cannot both be true differ', () => {
    expect(compareFigures([figure(16, { from: '2022-01-10' }), figure(60, { articleId: 'b' })]).disagreements).toHaveLength(1);
  });

  it('keeps at most MAX_PAIRS pairs, however many figures disagree', () => {
    const many = Array.from({ length: 300 }, (_, i) => figure(i * 10 + 1, { articleId: `a${i}` }));
    const result = compareFigures(many);
    expect(result.disagreements).toHaveLength(MAX_PAIRS);
  });
});
