/** What a stand-alone line of newsroom text is: body, heading or photo caption/credit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyLine, headingText, isCaption, isHeading } from '../../src/text/classifyLine.js';

describe('isCaption', () => {
  it.each([
    ['Beeld ANP'],
    ['Beeld: AFP'],
    ['Foto: Reuters'],
    ["Foto's ANP / Robin van Lonkhuijsen"],
    ['Beeld AP/Vladimir Tretyakov'],
    ['Beeld ANP & AFP'],
    ['Beeld Jan-Willem de Vries'],
    ['Illustratie Jan Smit'],
    ['Photo: AP Photo/Vladimir Tretyakov'],
    ['Credit: Reuters'],
    // A caption sentence with its credit at the end is a caption as a whole.
    ['Betogers op het centrale plein van Almaty. Foto EPA'],
    ['Beeld ANP.'],
  ])('%s is a credit', (line) => {
    expect(isCaption(line)).toBe(true);
  });

  it.each([
    // Lowercase "beeld" is an ordinary word, and the credit word is case-sensitive.
    ['beeld anp'],
    ['Het beeld van de stad is veranderd'],
    // "stad" is no name: a credit is made of capitalised tokens.
    ['Beeld van de stad'],
    ['Beeld'],
    // Nine tokens with the credit word: longer than any credit.
    ['Beeld Anna Maria van der Berg De Jong Van Ommen Smit Peters'],
    ['Tokajev zegt dat de orde is hersteld.'],
  ])('%s is not a credit', (line) => {
    expect(isCaption(line)).toBe(false);
  });

  it('allows a credit of eight tokens including the credit word, not nine', () => {
    expect(isCaption('Beeld A B C D E F G')).toBe(true);
    expect(isCaption('Beeld A B C D E F G H')).toBe(false);
  });

  // Found by this test and fixed: a comma glued to a credit name ("ANP,") is not accepted, although the credit pattern lists
  // "," as a token; "Beeld Reuters, AFP" is classified as a heading (and, inside a paragraph,
  // merged into the next body sentence). Only "Beeld Reuters , AFP" is recognised.
  it('a credit naming two agencies separated by a comma is a caption (counterexample: "Beeld Reuters, AFP")', () => {
    expect(isCaption('Beeld Reuters, AFP')).toBe(true);
    expect(classifyLine('Foto Valery Sharifulin, TASS')).toBe('caption');
  });
});

describe('isHeading', () => {
  it.each([
    ['Paratroepers niet toegerust', true],
    ['‘Terroristen’', true],
    ['Neerslaan van een volksoproer', true],
    ['## Een Markdown-kop', true],
    // A Markdown marker makes a heading of any length.
    ['# Rusland stuurt troepen naar Kazachstan op verzoek van president Tokajev, die de orde wil herstellen.', true],
    ['Wie is Tokajev?', false],
    ['Tokajev: de orde is hersteld.', false],
    ['Bijna 8.000 arrestaties…', false],
    ['“De orde is hersteld.”', false],
    ['', false],
    ['   ', false],
  ])('%j → %s', (line, expected) => {
    expect(isHeading(line)).toBe(expected);
  });

  it('takes at most eight words', () => {
    expect(isHeading('Een twee drie vier vijf zes zeven acht')).toBe(true);
    expect(isHeading('Een twee drie vier vijf zes zeven acht negen')).toBe(false);
  });

  it('takes at most seventy characters', () => {
    const word = 'Veiligheidsdiensten';
    const seventy = `${word} ${word} ${word} ${'x'.repeat(70 - 3 * word.length - 3)}`;
    expect(seventy).toHaveLength(70);
    expect(isHeading(seventy)).toBe(true);
    expect(isHeading(`${seventy}x`)).toBe(false);
  });

  it('is a short unpunctuated line exactly: at most 8 words and 70 characters (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zëï]{1,14}$/u);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const line = words.join(' ');
        expect(isHeading(line)).toBe(words.length <= 8 && line.length <= 70);
      }),
      { seed: 20220106, numRuns: 200 },
    );
  });
});

describe('classifyLine', () => {
  it.each([
    // A short credit would pass as a heading too: the caption wins.
    ['Beeld ANP', 'caption'],
    ['Foto: Reuters', 'caption'],
    ['In het buitenland getraind', 'heading'],
    ['### Inmenging', 'heading'],
    ['Er zijn bijna 8.000 mensen gearresteerd.', 'body'],
    ['De Kazachse president Kassym-Jomart Tokajev heeft het geweld van de afgelopen dagen omschreven als een poging tot een staatsgreep', 'body'],
    ['', 'body'],
  ] as const)('%j → %s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });
});

describe('headingText', () => {
  it.each([
    ['## Een kop', 'Een kop'],
    ['#Kop', 'Kop'],
    ['  ### ‘Terroristen’  ', '‘Terroristen’'],
    ['Kop zonder markering', 'Kop zonder markering'],
    // Only leading markers go: a number sign inside the heading stays.
    ['Deel #2', 'Deel #2'],
  ])('%j → %j', (line, text) => {
    expect(headingText(line)).toBe(text);
  });
});
