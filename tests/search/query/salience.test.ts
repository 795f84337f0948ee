/** How much a question word says, from its general frequency, part of speech and the dossier. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/search/lexicon/lexicon.js';
import type { PartOfSpeech } from '../../../src/search/lexicon/wordNet.js';
import { dossierSpecificity, ESSENTIAL, essentialConcepts, missedEssentials, MIN_COVERAGE, salience, SPARE_COVERAGE, SPARE_FROM, spareable, specificity, TYPE_WEIGHT, typeWeight, type SpareFacts, type WordFacts } from '../../../src/search/query/salience.js';
import { parseQuery } from '../../../src/search/query/parseQuery.js';

/** A lexicon that knows only the frequency ranks given. */
function lexiconOf(en: Record<string, number>, nl: Record<string, number> = {}): Lexicon {
  return {
    rank: (word, language) => (language === 'en' ? en : nl)[word],
    englishLemmas: (word) => [word],
    partOfSpeech: () => undefined,
    dutchPartOfSpeech: () => undefined,
    prepare: () => undefined,
    related: () => [],
    qualifies: () => false,
    namesPeople: () => false,
    communicates: () => false,
    meant: () => undefined,
  };
}

const facts = (folded: string, extra: Partial<WordFacts> = {}): WordFacts => ({ folded, isNumber: false, known: false, isName: false, topical: false, ...extra });

const LEXICON = lexiconOf({ people: 150, happen: 1000, basically: 1000, wife: 1000, ballet: 5000, the: 1, arrested: 3000 }, { mensen: 120, gearresteerd: 4000, troepen: 1000 });

describe('specificity', () => {
  it.each([
    [undefined, 1],
    [1, 0],
    [100, 0],
    [1000, 0.5],
    [10_000, 1],
    [1_000_000, 1],
  ])('rank %s → %f', (rank, value) => {
    expect(specificity(rank)).toBeCloseTo(value, 12);
  });

  it('grows with the rank on a log scale between 0 and 1 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(specificity(low)).toBeGreaterThanOrEqual(0);
        expect(specificity(high)).toBeLessThanOrEqual(1);
        expect(specificity(low)).toBeLessThanOrEqual(specificity(high));
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });
});

describe('salience', () => {
  it('weighs numbers and names fully', () => {
    expect(salience(facts('8000', { isNumber: true }), LEXICON)).toBe(1);
    expect(salience(facts('tokajev', { isName: true, topical: true }), LEXICON)).toBe(1);
  });

  it.each<[string, Partial<WordFacts>, number]>([
    // Unknown to the dossier, no part of speech (Dutch): frequency with a little less confidence.
    ['zwaardvis', {}, 0.8],
    ['troepen', {}, 0.4],
    // Known to the dossier: its rarity there counts for a quarter.
    ['troepen', { known: true, dossierSpecificity: 1 }, 0.625],
    ['troepen', { known: true, dossierSpecificity: 0 }, 0.375],
    ['troepen', { known: true }, 0.5],
    // Verbs and adjectives frame a question, adverbs even more.
    ['happen', { pos: 'v' }, 0.3],
    ['happen', { pos: 'a' }, 0.3],
    ['basically', { pos: 'r' }, 0.2],
    // A light verb says next to nothing beside its noun ("bewijs geleverd", "give the order").
    ['geleverd', {}, 0.8 * 0.4],
    ['given', { pos: 'v' }, 0.6 * 0.4],
    // So does a verb of doing what the noun names ("arrestaties verricht", "zelfmoord gepleegd").
    ['verricht', {}, 0.8 * 0.4],
    ['gepleegd', {}, 0.8 * 0.4],
    // And one of giving out what the noun names ("issue a shoot-to-kill order").
    ['issued', { pos: 'v' }, 0.6 * 0.4],
    // A verb of wanting says next to nothing beside the verb it takes ("hope to prevent", "hoopt te bereiken").
    ['hope', { pos: 'v' }, 0.6 * 0.4],
    ['hoopt', {}, 0.8 * 0.4],
    // A Dutch verb that only takes another ("probeert … te doen alsof"), whatever noun heads its glossary concept.
    ['probeert', { pos: 'n' }, 1 * 0.4],
    // Having and being where no stop word takes them ("te maken hebben gehad").
    ['gehad', {}, 0.8 * 0.4],
    ['geweest', {}, 0.8 * 0.4],
    // Being up to something: what was done is in the sentence ("wat hebben ze uitgespookt").
    ['uitgespookt', {}, 0.8 * 0.4],
    // "carry" alone is carrying (weapons), not "carry out": no light verb.
    ['carried', { pos: 'v' }, 0.6],
    // A noun the dossier lacks names something asked about, however common...
    ['wife', { pos: 'n' }, 0.6],
    ['ballet', { pos: 'n' }, Math.max(0.6, Math.log10(50) / 2)],
    // ... unless it is among the very commonest ("people").
    ['people', { pos: 'n' }, Math.log10(1.5) / 2],
    // A known noun gets no floor.
    ['wife', { pos: 'n', known: true }, 0.5],
    // The dossier's own topic is implied by every sentence.
    ['troepen', { known: true, topical: true }, 0.15],
    // Never below 0.05.
    ['the', { pos: 'r' }, 0.05],
  ])('%s with %j → %f', (word, extra, expected) => {
    expect(salience(facts(word, extra), LEXICON)).toBeCloseTo(expected, 12);
  });

  it('takes the commoner of the English and Dutch rank', () => {
    const lexicon = lexiconOf({ mensen: 5000 }, { mensen: 100 });
    expect(salience(facts('mensen'), lexicon)).toBeCloseTo(0.05, 12);
    expect(salience(facts('mensen'), lexiconOf({ mensen: 10_000 }))).toBeCloseTo(0.8, 12);
  });

  it('stays between 0.05 and 1, and never falls as a word gets rarer (property)', () => {
    const pos = fc.option(fc.constantFrom<PartOfSpeech>('n', 'v', 'a', 'r'), { nil: undefined });
    const extra = fc.record({ known: fc.boolean(), topical: fc.boolean(), dossierSpecificity: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }), pos });
    fc.assert(
      fc.property(extra, fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), ({ known, topical, dossierSpecificity: d, pos: p }, a, b) => {
        const word = facts('woord', { known, topical, ...(d === undefined ? {} : { dossierSpecificity: d }), ...(p === undefined ? {} : { pos: p }) });
        const [common, rare] = a <= b ? [a, b] : [b, a];
        const weightCommon = salience(word, lexiconOf({ woord: common }));
        const weightRare = salience(word, lexiconOf({ woord: rare }));
        expect(weightCommon).toBeGreaterThanOrEqual(0.05);
        expect(weightRare).toBeLessThanOrEqual(1);
        expect(weightCommon).toBeLessThanOrEqual(weightRare + 1e-12);
        expect(salience(word, lexiconOf({}))).toBeGreaterThanOrEqual(weightRare - 1e-12);
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });
});

describe('essentialConcepts', () => {
  it.each([
    [[], []],
    [[0.05], [true]],
    [[0.1, 0.2], [false, true]],
    [[0.9, 0.45, 0.1], [true, true, false]],
    [[ESSENTIAL, ESSENTIAL - 0.01], [true, false]],
    [[0.3, 0.3, 0.1], [true, true, false]],
  ])('%j → %j', (saliences, essential) => {
    expect(essentialConcepts(saliences)).toEqual(essential);
  });

  it('uses the documented thresholds', () => {
    expect(ESSENTIAL).toBe(0.4);
    expect(MIN_COVERAGE).toBe(0.4);
  });
});

describe('spareable', () => {
  const noun = (salience: number, extra: Partial<SpareFacts> = {}): SpareFacts => ({ salience, said: true, pos: 'n', ...extra });
  const long = [noun(1), noun(0.8), noun(0.6), noun(0.5), noun(0.45)];
  const all = long.map(() => true);

  it('from SPARE_FROM essential concepts on, any of middling weight the dossier says elsewhere', () => {
    expect(SPARE_FROM).toBe(5);
    expect(spareable(long, all, false)).toEqual([false, true, true, true, true]);
    expect(spareable(long.slice(0, 4), all.slice(0, 4), false)).toEqual([false, false, false, false]);
  });

  it('never in a yes/no question, never the weightiest, a verb, a word no sentence has, or one with a role', () => {
    expect(spareable(long, all, true).some(Boolean)).toBe(false);
    const varied = [noun(1), noun(0.8, { pos: 'v' }), noun(0.6, { said: false }), noun(0.5, { owner: 'of-next' }), noun(0.45, { claimed: true }), noun(0.95), noun(0.7, { pos: 'a' }), noun(0.6, { placed: true })];
    expect(spareable(varied, varied.map(() => true), false)).toEqual([false, false, false, false, false, false, true, false]);
  });

  it('never the weightiest, even one of middling weight', () => {
    const middling = [noun(0.85), noun(0.8), noun(0.6), noun(0.5), noun(0.45)];
    expect(spareable(middling, middling.map(() => true), false)).toEqual([false, true, true, true, true]);
  });

  it('only among the essential concepts', () => {
    const six = [...long, noun(0.42)];
    expect(spareable(six, [true, true, false, true, true, true], false)).toEqual([false, true, false, true, true, true]);
  });
});

describe('missedEssentials', () => {
  const essential = [true, true, true, false];
  const spare = [false, true, true, false];
  const strongExcept = (...missing: number[]) => (i: number): boolean => !missing.includes(i);

  it('forgives one spareable concept when the rest covers SPARE_COVERAGE of the words', () => {
    expect(missedEssentials(essential, spare, strongExcept(1), SPARE_COVERAGE)).toEqual([]);
    expect(missedEssentials(essential, spare, strongExcept(1), SPARE_COVERAGE - 0.01)).toEqual([1]);
  });

  it('never two, never one that may not be spared, and a non-essential one is never missing', () => {
    expect(missedEssentials(essential, spare, strongExcept(1, 2), 0.9)).toEqual([1, 2]);
    expect(missedEssentials(essential, spare, strongExcept(0), 0.9)).toEqual([0]);
    expect(missedEssentials(essential, spare, strongExcept(3), 0.5)).toEqual([]);
  });
});

describe('typeWeight', () => {
  const weightOf = (question: string): number => typeWeight(parseQuery(question).intents);

  it('weighs a figure, a time, a duration or a cause asked for like a word', () => {
    for (const question of ['how many were arrested', 'wanneer begon het', 'hoe lang blijven de russen', 'why did russia send troops']) expect(weightOf(question), question).toBe(TYPE_WEIGHT);
  });

  it('not a person, a quote or nothing asked: those are named in almost every sentence', () => {
    for (const question of ['wie bedankte Tokajev', 'what did Putin say', 'troops airport', 'who said when the troops leave']) expect(weightOf(question), question).toBe(0);
  });
});

describe('dossierSpecificity', () => {
  it.each([
    [1, 100, 1],
    [0, 100, 1],
    [5, 1, 1],
    [0, 0, 1],
    [100, 100, 0],
    [10, 100, 0.5],
    [2, 4, 0.5],
    [200, 100, 0],
  ])('%d of %d sentences → %f', (matching, total, value) => {
    expect(dossierSpecificity(matching, total)).toBeCloseTo(value, 12);
  });

  it('falls from 1 to 0 as more of the sentences hold it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 100_000 }), fc.nat(), fc.nat(), (total, a, b) => {
        const [fewer, more] = [1 + (a % total), 1 + (b % total)].sort((x, y) => x - y) as [number, number];
        expect(dossierSpecificity(fewer, total)).toBeLessThanOrEqual(1);
        expect(dossierSpecificity(more, total)).toBeGreaterThanOrEqual(0);
        expect(dossierSpecificity(fewer, total)).toBeGreaterThanOrEqual(dossierSpecificity(more, total));
        expect(dossierSpecificity(total, total)).toBe(0);
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });
});
