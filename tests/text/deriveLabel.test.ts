/** A label for an article without a headline: its own first words, never a made-up title. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/parseArticle.js';
import { deriveLabel } from '../../src/text/deriveLabel.js';
import { KNOWLEDGE } from '../helpers/seeds.js';

describe('deriveLabel', () => {
  it.each([
    // The bundled articles' derived titles.
    ['Rusland heeft troepen gestuurd naar buurland Kazachstan in een poging om de regering van president Tokajev overeind te houden.', 'Rusland heeft troepen gestuurd naar buurland Kazachstan…'],
    ['De Kazachse president Kassym-Jomart Tokajev heeft het geweld van de afgelopen dagen omschreven als een poging tot een staatsgreep.', 'De Kazachse president Kassym-Jomart Tokajev heeft het geweld…'],
    // A clause-ending comma before the cut is dropped, the ellipsis added.
    ['Almaty, de stad waar de zwaarste gevechten plaatsvonden, voor het eerst in dagen weer internet.', 'Almaty, de stad waar de zwaarste gevechten plaatsvonden…'],
    ['Russian troops arrived in Almaty on Thursday at the request of President Tokayev.', 'Russian troops arrived in Almaty on Thursday…'],
  ])('%j → %j', (sentence, label) => {
    expect(deriveLabel(sentence)).toBe(label);
  });

  it('keeps a short sentence whole, without its final full stop and without an ellipsis', () => {
    expect(deriveLabel('Tokajev spreekt van een staatsgreep.')).toBe('Tokajev spreekt van een staatsgreep');
    expect(deriveLabel('Een twee drie vier vijf zes zeven acht')).toBe('Een twee drie vier vijf zes zeven acht');
    expect(deriveLabel('Wie is Tokajev?')).toBe('Wie is Tokajev?');
  });

  it('cuts at eight words', () => {
    expect(deriveLabel('Een twee drie vier vijf zes zeven acht negen')).toBe('Een twee drie vier vijf zes zeven acht…');
  });

  it('never ends on a short lowercase word, and marks that it left words out', () => {
    expect(deriveLabel('Poetin stuurt parachutisten naar Almaty op verzoek van Tokajev')).toBe('Poetin stuurt parachutisten naar Almaty op verzoek…');
    expect(deriveLabel('Tokajev vraagt de CSTO om hulp en zo in de stad')).toBe('Tokajev vraagt de CSTO om hulp…');
    expect(deriveLabel('Tokajev zei: het')).toBe('Tokajev zei…');
    // Uppercase abbreviations are no function words.
    expect(deriveLabel('Hulp kwam van de EU')).toBe('Hulp kwam van de EU');
  });

  it('keeps at least one word', () => {
    expect(deriveLabel('de en in of')).toBe('de…');
  });

  it('collapses any whitespace between words to one space', () => {
    expect(deriveLabel('  Rusland  stuurt\ttroepen\nnaar Kazachstan ')).toBe('Rusland stuurt troepen naar Kazachstan');
  });

  it('gives an empty label for empty text', () => {
    expect(deriveLabel('')).toBe('');
    expect(deriveLabel(' \n ')).toBe('');
  });

  it('is the sentence’s own first words, at most eight, with an ellipsis whenever words were left out (property)', () => {
    const word = fc.oneof(
      fc.constantFrom('de', 'in', 'het', 'van', 'Tokajev', 'Almaty', 'CSTO', '8.000', 'arrestaties,', 'troepen.', 'zei:', 'Beeld'),
      fc.stringMatching(/^[a-zA-Z]{1,10}$/u),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 16 }), (words) => {
        const label = deriveLabel(words.join(' '));
        const core = label.replace(/…$/u, '');
        expect(words.join(' ').startsWith(core)).toBe(true);
        expect(core.split(' ').length).toBeLessThanOrEqual(8);
        if (words.length > 8) expect(label.endsWith('…')).toBe(true);
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });

  it.each(['rusland-stuurt-troepen', 'tokajev-staatsgreep'])('reproduces the derived title of the bundled article %s from its first sentence', (name) => {
    const { article } = parseArticle({ id: `kazakhstan/${name}`, dossierId: 'kazakhstan', file: `${name}.md`, text: readFileSync(path.join(KNOWLEDGE, 'kazakhstan', `${name}.md`), 'utf8'), defaultLanguage: 'nl' });
    expect(article?.titleDerived).toBe(true);
    const first = article?.paragraphs[0]?.sentences[0];
    expect(first).toBeDefined();
    expect(deriveLabel(first!)).toBe(article?.title);
  });
});
