/** "Did you mean": the dossier's own words spelled close to query words that matched nothing. */
import { describe, expect, it } from 'vitest';
import type { Concept } from '../../src/search/query/expandQuery.js';
import { suggest } from '../../src/search/suggest.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const index = tinyIndex(
  {
    opstand: ['Nazarbajev trad af nadat de opstand begon in Zjanaozen.', 'De politie heeft in Almaty bijna 8.000 mensen gearresteerd.'],
    hulp: ['De Kazachse president Tokajev vroeg de CSTO om hulp.', 'Tokajev sprak van terroristen en van terrorisme.'],
    plaatsen: ['Tokajev bezocht Kasel, Kasal, Kasil, Kasol, Kasul en Kaspel.'],
  },
  'arrest:\n  en: [arrests, detained]\n  nl: [gearresteerd]\nballet:\n  en: [ballerina]\n  nl: [ballerina]\n',
);

/** A query concept that matched nothing in the dossier. */
const unmatched = (label: string): Concept => ({ label, alternatives: [], salience: 1 });

describe('suggest', () => {
  it.each([
    ['Nazarbajv', ['nazarbajev']],
    ['tokjev', ['tokajev']],
    ['Almty', ['almaty']],
    ['zjanaozn', ['zjanaozen']],
    ['politei', ['politie']],
    ['terrorissme', ['terrorisme']],
    // Three or four letters: one edit (a swap counts as one).
    ['csot', ['csto']],
    ['begn', ['begon']],
  ])('suggests %j → %j', (typed, expected) => {
    expect(suggest(index, [unmatched(typed)])).toEqual(expected);
  });

  it('allows two edits from five letters on, one below', () => {
    expect(suggest(index, [unmatched('Almty')])).toEqual(['almaty']);
    expect(suggest(index, [unmatched('Amty')])).toEqual([]);
  });

  it('suggests glossary words that lead into the dossier, not those that lead nowhere', () => {
    expect(suggest(index, [unmatched('arrsts')])).toEqual(['arrests']);
    expect(suggest(index, [unmatched('balerina')])).toEqual([]);
  });

  it('does not correct a real word the dossier lacks', () => {
    // "begon" is one edit from "begin", but "begin" is an ordinary word, not a typo.
    expect(suggest(index, [unmatched('begin')])).toEqual([]);
    expect(suggest(index, [unmatched('begn')])).toEqual(['begon']);
  });

  it('looks only at concepts that matched nothing', () => {
    const matched: Concept = { label: 'tokjev', alternatives: [{ terms: ['tokajev'], weight: 0.6, kind: 'typo' }], salience: 1 };
    expect(suggest(index, [matched])).toEqual([]);
    expect(suggest(index, [matched, unmatched('Almty')])).toEqual(['almaty']);
  });

  it('gives the closest first, without repeats, and at most five', () => {
    // Kasel, Kasal, Kasil, Kasol, Kasul are one edit from "kasxl"; Kaspel two.
    expect(suggest(index, [unmatched('kasxl')])).toEqual(['kasal', 'kasel', 'kasil', 'kasol', 'kasul']);
    expect(suggest(index, [unmatched('kasxl'), unmatched('kasyl'), unmatched('tokjev')])).toEqual(['kasal', 'kasel', 'kasil', 'kasol', 'kasul']);
    expect(suggest(index, [unmatched('tokjev'), unmatched('tokjev'), unmatched('Almty')])).toEqual(['tokajev', 'almaty']);
  });

  it('suggests nothing without unmatched concepts', () => {
    expect(suggest(index, [])).toEqual([]);
  });
});
