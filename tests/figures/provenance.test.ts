/** Who says a figure, how firmly, and whether it stands: hand-made Dutch sentences, one per rule. */
import { describe, expect, it } from 'vitest';
import { provenanceOf } from '../../src/figures/provenance.js';

describe('the claimant', () => {
  it.each([
    ['Volgens de autoriteiten zijn 26 agenten omgekomen.', 'de autoriteiten'],
    ['Volgens Tokajev zijn 20.000 bandieten actief.', 'Tokajev'],
    ['Er vielen 26 doden, aldus het ministerie van Binnenlandse Zaken.', 'het ministerie van Binnenlandse Zaken'],
    ['De Kazachse politie zegt dat er tientallen relschoppers zijn gedood.', 'De Kazachse politie'],
    ['Zijn veiligheidsdiensten meldden maandag dat er 8.000 mensen zijn gearresteerd.', 'Zijn veiligheidsdiensten'],
    ['De autoriteiten spraken van 164 doden.', 'De autoriteiten'],
    ['Maandag meldde de politie 30 doden.', 'de politie'],
    ['Dat is een klein deel van wat Tokajev noemde: hij zei vrijdag dat er 20.000 bandieten waren.', 'Tokajev'],
  ])('%s → %s', (sentence, claimant) => {
    expect(provenanceOf(sentence).claimant).toBe(claimant);
  });

  it('is read from the next sentence when Dutch puts it there ("Dat meldde …")', () => {
    expect(provenanceOf('Er zijn 40 doden gevallen.', { next: 'Dat meldde de Kazachse staatstelevisie dinsdag.' }).claimant).toBe('de Kazachse staatstelevisie');
    // A next sentence that does not point back says nothing about this figure.
    expect(provenanceOf('Er zijn 40 doden gevallen.', { next: 'De politie meldde ook branden.' }).claimant).toBeUndefined();
  });

  it('a pronoun stands for the name before it, in the sentence or the one before', () => {
    expect(provenanceOf('Hij zei dat er 50 doden waren.', { previous: 'President Tokajev sprak de natie toe.' }).claimant).toBe('Tokajev');
  });

  it('when the sentence names no one, the claimant of the sentence before is context, not an attribution', () => {
    const found = provenanceOf('Ook zouden er minstens dertien agenten zijn gedood.', { previous: 'De Kazachse politie zegt dat er tientallen relschoppers zijn gedood.' });
    expect(found).toEqual({ nearby: 'De Kazachse politie', hedge: 'zouden' });
    expect(provenanceOf('Volgens het leger zijn 13 agenten gedood.', { previous: 'De politie zegt dat het rustig is.' }).nearby).toBeUndefined();
  });

  it('is absent when the article states the figure itself', () => {
    expect(provenanceOf('CSTO-lidstaten hebben samen ruim tweeduizend militairen naar Kazachstan overgebracht.')).toEqual({});
  });
});

describe('the channel', () => {
  it('says where it was said', () => {
    expect(provenanceOf('De autoriteiten spraken op sociale media van 164 doden.').channel).toBe('op sociale media');
    expect(provenanceOf('De minister noemde in een verklaring 12 doden.').channel).toBe('in een verklaring');
  });
});

describe('the hedge', () => {
  it.each([
    ['Aan de kant van de veiligheidsdiensten zouden 16 doden zijn gevallen.', 'zouden'],
    ['Er zijn naar verluidt 40 doden gevallen.', 'naar verluidt'],
    ['Mogelijk zijn er 30 doden.', 'Mogelijk'],
    ['Er vielen 12 doden, wat niet onafhankelijk te controleren is.', 'niet onafhankelijk te controleren'],
  ])('%s → %s', (sentence, hedge) => expect(provenanceOf(sentence).hedge).toBe(hedge));

  it('is absent from a plain statement', () => {
    expect(provenanceOf('Er zijn 40 doden gevallen.').hedge).toBeUndefined();
  });
});

describe('withdrawal', () => {
  it.each([
    ['De autoriteiten spraken van 164 doden, maar trokken die informatie later in.', 'trokken die informatie later in'],
    ['Het cijfer van 164 doden is ingetrokken.', 'ingetrokken'],
    ['Er zouden 50 doden zijn, maar dat cijfer bleek onjuist.', 'bleek onjuist'],
    ['De politie nam het cijfer van 70 doden later terug.', 'nam het cijfer van 70 doden later terug'],
  ])('%s is retracted', (sentence, text) => expect(provenanceOf(sentence).withdrawal).toEqual({ kind: 'retracted', text }));

  it('a correction is told from a retraction', () => {
    expect(provenanceOf('Het ministerie heeft het dodental gecorrigeerd naar 225.').withdrawal).toEqual({ kind: 'corrected', text: 'gecorrigeerd' });
    expect(provenanceOf('Het dodental werd later herzien.').withdrawal?.kind).toBe('corrected');
  });

  it('is read from the next sentence when it points back', () => {
    expect(provenanceOf('De politie meldde 70 doden.', { next: 'Die informatie werd later ingetrokken.' }).withdrawal?.kind).toBe('retracted');
  });

  it('"in" alone or "trok" without "in" is no retraction', () => {
    expect(provenanceOf('Het leger trok de stad binnen met 300 soldaten.').withdrawal).toBeUndefined();
    expect(provenanceOf('In Almaty vielen 40 doden.').withdrawal).toBeUndefined();
  });
});
