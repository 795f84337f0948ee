import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeGlossaries, parseGlossary } from '../../src/knowledge/glossaryFile.js';
import { buildGlossaryIndex, contentWords, longestLedPhrase, longestPhrase, lookupGlossary } from '../../src/search/glossaryIndex.js';
import { wholeTermOf } from '../../src/search/analysis/analyzeText.js';
import { KNOWLEDGE } from '../helpers/seeds.js';

describe('glossary files', () => {
  it('parses concepts and reports a broken one by line, keeping the rest', () => {
    const { concepts, problems } = parseGlossary('troops:\n  en: [troops]\n  nl: [troepen]\nempty:\n  en: []\n');
    expect(concepts.map((c) => c.name)).toEqual(['troops']);
    expect(problems).toEqual([{ line: 4, message: expect.stringContaining("concept 'empty' has no words") }]);
  });

  it('reports bad YAML with its line', () => {
    const { problems } = parseGlossary('troops:\n  en: [troops\n  nl: [troepen]\n');
    expect(problems[0]?.message).toMatch(/not valid YAML/u);
  });

  it('lets a dossier extend a base concept and add its own', () => {
    const base = parseGlossary('troops:\n  en: [troops]\n  nl: [troepen]\n').concepts;
    const extra = parseGlossary('troops:\n  nl: [vredesmacht]\ncsto:\n  en: [csto]\n  nl: [csto-lidstaten]\n').concepts;
    const merged = mergeGlossaries(base, extra);
    expect(merged.find((c) => c.name === 'troops')?.terms).toEqual({ en: ['troops'], nl: ['troepen', 'vredesmacht'] });
    expect(merged.map((c) => c.name)).toEqual(['troops', 'csto']);
  });
});

describe('opposites', () => {
  it('hold both ways, whichever concept names the other; an unknown name is left out', () => {
    const concepts = parseGlossary('withdrawal:\n  en: [withdraw]\n  nl: [terugtrekken]\n  opposite: [stay, nowhere]\nstay:\n  en: [stay]\n  nl: [blijven]\n').concepts;
    const glossary = buildGlossaryIndex(concepts, 'nl', { has: () => true });
    const byName = new Map(glossary.concepts.map((c) => [c.name, c]));
    expect(byName.get('withdrawal')?.opposites.map((c) => c.name)).toEqual(['stay']);
    expect(byName.get('stay')?.opposites.map((c) => c.name)).toEqual(['withdrawal']);
  });
});

describe('a phrase that a negation turns round ("niet bekend")', () => {
  const concepts = parseGlossary('unclear:\n  en: [unknown, not known]\n  nl: [onduidelijk, niet bekend]\nknown:\n  en: [known]\n  nl: [bekend]\n').concepts;
  const glossary = buildGlossaryIndex(concepts, 'nl', { has: () => true });

  it('is a negated target of its one word, beside the word\'s own concept', () => {
    const unclear = glossary.concepts.find((c) => c.name === 'unclear');
    expect(unclear?.targets.map((t) => [t.phrase, t.negated ?? false])).toEqual([['onduidelijk', false], ['niet bekend', true]]);
    expect(glossary.concepts.find((c) => c.name === 'known')?.targets.map((t) => t.negated ?? false)).toEqual([false]);
  });

  it('is no key: a question\'s "known" (its negation dropped like any stop word) finds only known', () => {
    expect(lookupGlossary(glossary, ['known'], 0, 1)?.concepts.map((c) => c.concept.name)).toEqual(['known']);
    expect(lookupGlossary(glossary, ['bekend'], 0, 1)?.concepts.map((c) => c.concept.name)).toEqual(['known']);
  });
});

describe('glossary look-up', () => {
  const concepts = parseGlossary(`
security_forces:
  en: [security forces, security services]
  nl: [veiligheidsdiensten, veiligheidsapparaat]
troops:
  en: [troops, forces]
  nl: [troepen, strijdkrachten]
`).concepts;
  const everything = { has: () => true };
  const glossary = buildGlossaryIndex(concepts, 'nl', everything);

  it('matches English words in any inflection through their stems', () => {
    expect(lookupGlossary(glossary, ['troop'], 0, 1)?.concepts.map((c) => c.concept.name)).toEqual(['troops']);
  });
  it('prefers the longest phrase', () => {
    const match = longestPhrase(glossary, ['security', 'forces', 'casualties'], 0);
    expect(match?.length).toBe(2);
    expect(match?.concepts.map((c) => c.concept.name)).toEqual(['security_forces']);
  });
  it('expands to Dutch index terms', () => {
    const target = lookupGlossary(glossary, ['security', 'services'], 0, 2)?.concepts[0]?.concept.targets.map((t) => t.terms);
    expect(target).toEqual([[wholeTermOf('veiligheidsdiensten', 'nl')], [wholeTermOf('veiligheidsapparaat', 'nl')]]);
  });
  it('keeps the particle of an English phrasal verb in its key: "step down" and "step in" are different concepts', () => {
    const phrasal = buildGlossaryIndex(parseGlossary(`
resign:
  en: [resign, step down]
  nl: [aftreden]
intervene:
  en: [intervene, step in]
  nl: [ingrijpen]
measure:
  en: [step, measure]
  nl: [maatregel]
`).concepts, 'nl', everything);
    const names = (words: string[]) => longestPhrase(phrasal, words, 0)?.concepts.map((c) => c.concept.name) ?? lookupGlossary(phrasal, words, 0, 1)?.concepts.map((c) => c.concept.name);
    expect(names(['step', 'down'])).toEqual(['resign']);
    expect(names(['stepped', 'in'])).toEqual(['intervene']);
    expect(names(['step'])).toEqual(['measure']);
  });
  it('finds a Dutch phrasal verb with its particle, and without it: the particle often stands apart ("kwamen er velen om")', () => {
    const dutch = buildGlossaryIndex(parseGlossary(`
died:
  en: [died]
  nl: [omgekomen, kwamen om]
came:
  en: [came]
  nl: [kwamen]
`).concepts, 'nl', everything);
    expect(longestPhrase(dutch, ['kwamen', 'om'], 0)?.concepts.map((c) => c.concept.name)).toEqual(['died']);
    expect(lookupGlossary(dutch, ['kwamen'], 0, 1)?.concepts.map((c) => c.concept.name).sort()).toEqual(['came', 'died']);
  });
  it('records how central a word is to a concept', () => {
    expect(lookupGlossary(glossary, ['forces'], 0, 1)?.concepts.find((c) => c.concept.name === 'troops')?.position).toBe(1);
  });
});

describe('the bundled newsroom glossary', () => {
  const base = parseGlossary(readFileSync(path.join(KNOWLEDGE, 'glossary.yml'), 'utf8'));
  const kazakhstan = parseGlossary(readFileSync(path.join(KNOWLEDGE, 'kazakhstan', 'glossary.yml'), 'utf8'));
  const index = buildGlossaryIndex(mergeGlossaries(base.concepts, kazakhstan.concepts), 'nl', { has: () => true });

  it('loads without problems', () => {
    expect(base.problems).toEqual([]);
    expect(kazakhstan.problems).toEqual([]);
  });

  // A newsroom's everyday English: each must reach Dutch words.
  it.each([
    'protests', 'deaths', 'arrests', 'troops', 'police', 'army', 'oil', 'airport', 'president', 'government', 'prices',
    'internet', 'coup', 'killed', 'injured', 'refugees', 'border', 'election', 'sanctions', 'terrorists', 'riots',
    'curfew', 'state of emergency', 'fuel', 'gas', 'economy', 'journalists', 'security forces', 'interference',
    'ammunition', 'weapons', 'alliance', 'peacekeepers', 'treason', 'spokesman', 'parliament', 'minister', 'court',
    'corruption', 'uprising', 'casualties', 'beheaded', 'suicide', 'evidence', 'rumours', 'palace', 'square', 'vehicles',
  ])('%s', (word) => {
    const words = contentWords(word);
    const match = lookupGlossary(index, words, 0, words.length);
    expect(match?.concepts.some((c) => c.concept.targets.length > 0)).toBe(true);
  });

  it.each([
    ['Putin', 'poetin'],
    ['Belarus', 'wit-rusland'],
    ['Kyrgyzstan', 'kirgizie'],
    ['NATO', 'navo'],
    ['CSTO', 'verdragsorganisatie'],
  ])('%s reaches %s', (english, dutch) => {
    const match = lookupGlossary(index, [english.toLowerCase()], 0, 1);
    const terms = match?.concepts.flatMap((c) => c.concept.targets.flatMap((t) => t.terms)) ?? [];
    expect(terms).toContain(wholeTermOf(dutch, 'nl'));
  });
});

describe('hyphens in glossary phrases', () => {
  const concepts = parseGlossary('vice_chairman:\n  en: [vice-chairmen]\n  nl: [vicevoorzitters]\n').concepts;
  const glossary = buildGlossaryIndex(concepts, 'nl', { has: () => true });
  it.each([[['vice-chairmen']], [['vice', 'chairmen']]])('%j finds the concept written with a hyphen', (words) => {
    expect(lookupGlossary(glossary, words, 0, words.length)?.concepts.map((c) => c.concept.name)).toEqual(['vice_chairman']);
  });
});

describe('phrases a preposition opens', () => {
  const glossary = buildGlossaryIndex(parseGlossary(`
charges:
  en: [charge]
  nl: [beschuldiging]
control:
  en: [in charge of, under control]
  nl: [controle]
`).concepts, 'nl', { has: () => true });
  const names = (match: ReturnType<typeof longestLedPhrase>) => match?.concepts.map((c) => c.concept.name);

  it('are found with the preposition, as a match of the words after it', () => {
    expect(names(longestLedPhrase(glossary, 'in', ['charge', 'kazakhstan'], 0))).toEqual(['control']);
    expect(longestLedPhrase(glossary, 'in', ['charge'], 0)?.length).toBe(1);
    expect(names(longestLedPhrase(glossary, 'under', ['control'], 0))).toEqual(['control']);
  });

  it('are not found with another preposition, nor as the bare word\'s only sense', () => {
    expect(longestLedPhrase(glossary, 'on', ['charge'], 0)).toBeUndefined();
    expect(lookupGlossary(glossary, ['charge'], 0, 1)?.concepts.map((c) => c.concept.name)).toEqual(['charges', 'control']);
  });
});
