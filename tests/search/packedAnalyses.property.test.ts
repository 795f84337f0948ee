/** Packing the analyses loses nothing: every sentence unpacks to the terms, forms and offsets it had. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertCopiesLikeAdding } from '../helpers/packerCopy.js';
import type { AnalyzedText, Term } from '../../src/search/analysis/analyzeText.js';
import { AnalysesPacker } from '../../src/search/packedAnalyses.js';
import { packAnalyses } from '../helpers/pack.js';

const term: fc.Arbitrary<Term> = fc.record({ term: fc.string({ maxLength: 8 }), form: fc.string({ maxLength: 8 }), start: fc.nat(100_000), end: fc.nat(100_000) });
const analysis: fc.Arbitrary<AnalyzedText> = fc.record({ words: fc.array(term, { maxLength: 8 }), parts: fc.array(term, { maxLength: 4 }) });

describe('packAnalyses (properties)', () => {
  it('round-trips every sentence’s analysis', () => {
    fc.assert(
      fc.property(fc.array(analysis, { maxLength: 40 }), (analyses) => {
        const packed = packAnalyses(analyses);
        for (const [id, a] of analyses.entries()) expect(packed.analysis(id)).toEqual(a);
      }),
    );
  });
});

describe('AnalysesPacker.copy (properties)', () => {
  it('appends sentences of other packed analyses exactly as adding their analyses would', () => {
    assertCopiesLikeAdding(analysis, () => new AnalysesPacker(), packAnalyses, { before: 10, other: 20 });
  });
});
