/** The measures a dossier tracks (its topics), as index terms: always essential, and their words counting alike. */
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { isMeasure, measureSiblings, measuresOf } from '../../src/search/measures.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const opponents = { name: 'opponents', label: 'Tegenstanders', words: ['bandieten', 'terroristen', 'tegenstanders'], groups: [] };

describe('measures', () => {
  const index = tinyIndex({ a: ['Almaty lag onder vuur van 20.000 bandieten, zei de president.'] }, '', { topics: [opponents] });

  it('reads each topic as the terms its words are indexed under', () => {
    const [measure] = measuresOf([opponents], index.analyzer);
    expect(measure?.size).toBe(3);
    for (const term of measure ?? []) expect(isMeasure(index.measures, term)).toBe(true);
    expect(isMeasure(index.measures, 'almaty')).toBe(false);
  });

  it('lets one word of a measure stand for the others, and nothing else', () => {
    const [measure] = measuresOf([opponents], index.analyzer);
    const [bandits, terrorists] = [...(measure ?? [])];
    const siblings = measureSiblings(index.measures, [terrorists as string, 'almaty']);
    expect(siblings(new Set([terrorists as string])).has(bandits as string)).toBe(true);
    expect(siblings(new Set([terrorists as string])).has('almaty')).toBe(false);
    expect(siblings(new Set(['almaty'])).has(bandits as string)).toBe(false);
    // A question asking about no measure word reads matched terms as they are.
    const plain = new Set(['almaty']);
    expect(measureSiblings(index.measures, ['almaty'])(plain)).toBe(plain);
  });

  it('answers "how many opponents" with the figure counting bandits, when the topic lists both', () => {
    const glossary = 'opponents:\n  en: [opponents]\n  nl: [tegenstanders]\nbandits:\n  en: [bandits]\n  nl: [bandieten]\n';
    const sentence = 'De president sprak over tegenstanders: Almaty lag onder vuur van 20.000 bandieten.';
    const tracked = answer('how many opponents', { index: tinyIndex({ a: [sentence] }, glossary, { topics: [opponents] }) });
    expect(tracked.results.map((r) => [r.text, r.match])).toEqual([[sentence, 'full']]);
    // Without the topic, 20.000 counts bandits, not opponents.
    const untracked = answer('how many opponents', { index: tinyIndex({ a: [sentence] }, glossary) });
    expect(untracked.results.map((r) => r.match)).toEqual(['partial']);
  });
});
