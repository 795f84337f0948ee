/** An answer sentence whose figure was withdrawn or hedged says so next to it. */
import { describe, expect, it } from 'vitest';
import { figureCaveats } from '../../src/figures/figureCaveats.js';
import type { DossierIndex, SentenceRecord } from '../../src/search/sentenceIndex.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const index = tinyIndex({
  a: [
    'De autoriteiten spraken van 164 doden, maar trokken die informatie later in.',
    'Er zouden 16 agenten zijn gedood.',
    'Er zouden agenten zijn gedood.',
    'De politie meldde 30 doden. Die informatie werd later ingetrokken.',
    'De politie meldde 40 doden.',
    'Die informatie werd later ingetrokken.',
    'Het ministerie heeft het dodental gecorrigeerd van 200 naar 225.',
    'Volgens de politie zijn 12 agenten gedood.',
  ],
});

function record(text: string, from: DossierIndex = index): SentenceRecord {
  const found = from.sentences.find((s) => s.text === text);
  if (!found) throw new Error(`no sentence ${text}`);
  return found;
}

describe('figureCaveats', () => {
  it('marks a figure the same sentence withdraws', () => {
    expect(figureCaveats(index, record('De autoriteiten spraken van 164 doden, maar trokken die informatie later in.'))).toEqual(['RETRACTED: “trokken die informatie later in”']);
  });

  it('marks a figure the next sentence of its paragraph withdraws', () => {
    expect(figureCaveats(index, record('De politie meldde 30 doden.'))).toEqual(['RETRACTED: “ingetrokken”']);
  });

  it('does not take a withdrawal from another paragraph', () => {
    expect(figureCaveats(index, record('De politie meldde 40 doden.'))).toEqual([]);
  });

  it('marks a hedged figure with the hedging word', () => {
    expect(figureCaveats(index, record('Er zouden 16 agenten zijn gedood.'))).toEqual(['hedged: “zouden”']);
  });

  it('says nothing about a sentence without a figure, however hedged', () => {
    expect(figureCaveats(index, record('Er zouden agenten zijn gedood.'))).toEqual([]);
    expect(figureCaveats(index, record('Die informatie werd later ingetrokken.'))).toEqual([]);
  });

  it('does not mark a corrected value, which stands', () => {
    expect(figureCaveats(index, record('Het ministerie heeft het dodental gecorrigeerd van 200 naar 225.'))).toEqual([]);
  });

  it('says nothing about an attributed, firm figure', () => {
    expect(figureCaveats(index, record('Volgens de politie zijn 12 agenten gedood.'))).toEqual([]);
  });

  it('hands out a copy: a caller changing it does not change the next answer', () => {
    const r = record('Er zouden 16 agenten zijn gedood.');
    const first = figureCaveats(index, r);
    first.push('changed');
    first[0] = 'changed too';
    expect(figureCaveats(index, r)).toEqual(['hedged: “zouden”']);
  });

  it('agrees for the same sentence in a freshly built index', () => {
    const again = tinyIndex({ b: ['De politie meldde 30 doden. Die informatie werd later ingetrokken.'] });
    expect(figureCaveats(again, record('De politie meldde 30 doden.', again))).toEqual(['RETRACTED: “ingetrokken”']);
  });
});
