/** The typed postings say what a naive look through every sentence's analysis says. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnalyzedText, Term } from '../../src/search/analysis/analyzeText.js';
import { buildPostings } from '../helpers/pack.js';

const TERMS = ['troep', 'rusland', 'arresteer', 'csto', '8000'];
const FORMS = ['troepen', 'troep', 'rusland', 'gearresteerd', 'arrestaties', 'csto', '8.000'];
const term: fc.Arbitrary<Term> = fc.record({ term: fc.constantFrom(...TERMS), form: fc.constantFrom(...FORMS), start: fc.nat(200), end: fc.nat(200) });
const analysis: fc.Arbitrary<AnalyzedText> = fc.record({ words: fc.array(term, { maxLength: 6 }), parts: fc.array(term, { maxLength: 3 }) });
const dossier = fc.array(analysis, { maxLength: 30 });

const naiveCount = (a: AnalyzedText, t: string): number => a.words.filter((w) => w.term === t).length + 0.5 * a.parts.filter((p) => p.term === t).length;

describe('buildPostings (properties)', () => {
  it('lists exactly the sentences holding a term, in order, with the count a sentence gives it', () => {
    fc.assert(
      fc.property(dossier, fc.constantFrom(...TERMS, 'onbekend'), (analyses, t) => {
        const postings = buildPostings(analyses);
        const holding = analyses.flatMap((a, id) => (naiveCount(a, t) > 0 ? [id] : []));
        expect([...postings.ids(t)]).toEqual(holding);
        expect(postings.frequency(t)).toBe(holding.length);
        for (const [id, a] of analyses.entries()) expect(postings.count(t, id)).toBe(naiveCount(a, t));
      }),
    );
  });

  it('tells the sentences holding a term in an accepted form, as a look at their terms would', () => {
    fc.assert(
      fc.property(dossier, fc.constantFrom(...TERMS), fc.subarray(FORMS), (analyses, t, accepted) => {
        const inForm = buildPostings(analyses).inForm(t, (form) => accepted.includes(form));
        analyses.forEach((a, id) => {
          if (naiveCount(a, t) === 0) return;
          expect(inForm(id)).toBe([...a.words, ...a.parts].some((x) => x.term === t && accepted.includes(x.form)));
        });
      }),
    );
  });

  it('counts every term once per sentence in terms()', () => {
    fc.assert(
      fc.property(dossier, (analyses) => {
        const terms = new Map(buildPostings(analyses).terms());
        for (const t of TERMS) {
          const n = analyses.filter((a) => naiveCount(a, t) > 0).length;
          expect(terms.get(t)).toBe(n === 0 ? undefined : n);
        }
      }),
    );
  });

  it('lists the terms, and each term’s forms, in order of first appearance (a sentence’s words, then its parts): the layout a snapshot keeps', () => {
    fc.assert(
      fc.property(dossier, (analyses) => {
        const { data } = buildPostings(analyses);
        const seen = analyses.flatMap((a) => [...a.words, ...a.parts]);
        expect(data.terms).toEqual([...new Set(seen.map((t) => t.term))]);
        data.terms.forEach((term, t) => {
          expect(data.forms.slice(data.formsStart[t], data.formsStart[t + 1])).toEqual([...new Set(seen.filter((x) => x.term === term).map((x) => x.form))]);
        });
      }),
    );
  });
});
