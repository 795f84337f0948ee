/** Packing the features loses nothing a question asks of them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertCopiesLikeAdding } from '../helpers/packerCopy.js';
import { answersType, factsOf, mayAnswer } from '../../src/search/answerType.js';
import { FeaturesPacker, unpackedFrom } from '../../src/search/packedFeatures.js';
import { packFeatures } from '../helpers/pack.js';
import type { Intent } from '../../src/search/query/questionWords.js';
import type { SentenceFeatures } from '../../src/search/sentenceFeatures.js';
import type { SentenceRecord } from '../../src/search/sentenceIndex.js';

const INTENTS: Intent[] = ['figure', 'age', 'duration', 'who', 'name', 'quote', 'when', 'date', 'where', 'why', 'which', 'source', 'condition', 'owner', 'interval', 'clock'];
/** The types whose check reads the sentence itself, after mayAnswer. */
const READS_SENTENCE: ReadonlySet<Intent> = new Set(['who', 'owner', 'name', 'quote', 'where']);
const terms = fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 });
const features: fc.Arbitrary<SentenceFeatures> = fc.record({
  counts: fc.array(terms, { maxLength: 3 }),
  ages: fc.array(terms, { maxLength: 2 }),
  time: fc.boolean(),
  dated: fc.boolean(),
  duration: fc.boolean(),
  cause: fc.boolean(),
  statement: fc.boolean(),
  reason: fc.boolean(),
  condition: fc.boolean(),
  term: fc.boolean(),
  interval: fc.boolean(),
  clock: fc.boolean(),
  saying: fc.boolean(),
  names: terms,
  listed: terms,
  years: terms,
  // As sentenceFeatures gives them: in the order of the sentence's words, once each or not.
  unknown: fc.array(fc.constantFrom(...INTENTS), { maxLength: 3 }),
  apposed: terms,
  besideRole: terms,
  someone: terms,
  besideName: terms,
  timed: terms,
  datedTerms: terms,
  vague: terms,
  requested: terms,
  reasoned: terms,
  places: terms,
  sources: terms,
  reported: terms,
});

const canonical = (f: SentenceFeatures): SentenceFeatures => ({ ...f, unknown: INTENTS.filter((i) => f.unknown.includes(i)) });

describe('packFeatures (properties)', () => {
  it('round-trips every sentence’s features (the unknown kinds as a set), also through the data a snapshot keeps', () => {
    fc.assert(
      fc.property(fc.array(features, { maxLength: 30 }), (all) => {
        const packed = packFeatures(all);
        const reloaded = unpackedFrom(structuredClone(packed.data));
        for (const [id, f] of all.entries()) {
          expect(packed.features(id)).toEqual(canonical(f));
          expect(reloaded.features(id)).toEqual(canonical(f));
        }
      }),
    );
  });

  it('answers type questions from the packed arrays as from the features themselves', () => {
    // Who, owner, name, quote and where checks read the sentence itself, after mayAnswer: not compared here.
    const sentences: readonly SentenceRecord[] = [];
    fc.assert(
      fc.property(fc.array(features, { minLength: 1, maxLength: 10 }), terms, terms, (all, matchedTerms, essentialTerms) => {
        const packed = unpackedFrom(structuredClone(packFeatures(all).data));
        const matched = new Set(matchedTerms);
        const essential = new Set(essentialTerms.filter((t) => matched.has(t)));
        for (const [id, f] of all.entries()) {
          const unpacked = factsOf({} as SentenceRecord, f);
          for (const intent of INTENTS) {
            expect(mayAnswer(packed.facts(id, sentences), intent, matched)).toBe(mayAnswer(unpacked, intent, matched));
            if (!READS_SENTENCE.has(intent)) expect(answersType(packed.facts(id, sentences), intent, matched, essential)).toBe(answersType(unpacked, intent, matched, essential));
          }
        }
      }),
    );
  });
});

describe('FeaturesPacker.copy (properties)', () => {
  it('appends sentences of other packed features exactly as adding their features would', () => {
    assertCopiesLikeAdding(features, () => new FeaturesPacker(), packFeatures, { before: 8, other: 15 });
  });
});
