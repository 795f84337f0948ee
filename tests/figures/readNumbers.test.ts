import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../src/figures/readNumbers.js';
import { dutchNumberValue } from '../../src/text/numberWords.js';

describe('Dutch number words', () => {
  it.each([
    ['dertien', 13],
    ['tweeduizend', 2000],
    ['vijfentwintig', 25],
    ['driehonderdvijftig', 350],
    ['twaalfhonderd', 1200],
    ['eenentwintig', 21],
    ['honderd', 100],
    ['tweehonderdduizend', 200_000],
  ])('%s = %i', (word, value) => expect(dutchNumberValue(word)).toBe(value));
  it.each(['tientallen', 'twintigste', 'enkele', 'tweede', 'eentje'])('%s is not a number word', (word) => expect(dutchNumberValue(word)).toBeUndefined());
});

describe('figures in the seeds’ sentences', () => {
  it.each([
    ['De autoriteiten spraken afgelopen weekeinde op sociale media van 164 doden onder de bevolking, maar trokken die informatie later in.', '164', 164, undefined],
    ['Aan de kant van de veiligheidsdiensten zouden 16 doden zijn gevallen.', '16', 16, undefined],
    ['Zijn veiligheidsdiensten meldden maandag dat er bijna 8.000 mensen zijn gearresteerd.', 'bijna 8.000', 8000, 'bijna'],
    ['hij zei vrijdag dat alleen Almaty al onder vuur lag van ‘20.000 bandieten’, onder wie in het buitenland getrainde strijders.', '20.000', 20000, undefined],
    ['CSTO-lidstaten Rusland, Armenië, Belarus, Tadzjikistan en Kirgizië hebben samen ruim tweeduizend militairen en honderden militaire voertuigen naar Kazachstan overgebracht.', 'ruim tweeduizend', 2000, 'ruim'],
    ['Ook zouden er minstens dertien leden van het veiligheidsapparaat zijn gedood bij onlusten - twee van hen zouden zijn onthoofd.', 'minstens dertien', 13, 'minstens'],
    ["Kazachstan is grotendeels afhankelijk van de olie-industrie, het land produceert gemiddeld zo'n 1,6 miljoen vaten olie per dag.", "zo'n 1,6 miljoen", 1_600_000, "zo'n"],
  ])('%s → %s', (sentence, text, value, qualifier) => {
    const mention = readNumbers(sentence)[0];
    expect(mention?.text).toBe(text);
    expect(mention?.value).toBe(value);
    expect(mention?.qualifier).toBe(qualifier);
  });

  it('reads indefinite amounts with their least value', () => {
    const [mention] = readNumbers('De Kazachse politie zegt dat het al tientallen ‘relschoppers’ heeft gedood in Almaty.');
    expect(mention).toMatchObject({ text: 'tientallen', atLeast: 20 });
    expect(mention?.value).toBeUndefined();
  });

  it('reads a word that names what every object has as a word ("5 constructor", "constructor")', () => {
    expect(readNumbers('Er zijn 5 constructor gewond en constructor mensen.').map((m) => [m.text, m.value, m.atLeast])).toEqual([['5', 5, undefined]]);
  });

  it('does not take years for figures', () => {
    expect(readNumbers('In 2010 verzocht Kirgizië de CSTO om militaire hulp.')).toEqual([]);
    expect(readNumbers('de volksopstand in Oekraïne van 2013 en 2014 – een opstand').map((m) => m.text)).toEqual([]);
  });
});
