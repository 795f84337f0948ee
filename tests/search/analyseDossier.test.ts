/** What a sentence refers to beyond its own words: the context analyseDossier gives it. */
import { describe, expect, it } from 'vitest';
import { wholeTermOf } from '../../src/search/analysis/analyzeText.js';
import { answer } from '../../src/answer/answer.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const term = (folded: string): string => wholeTermOf(folded, 'nl');

describe('the context of a paragraph’s first sentence', () => {
  const index = tinyIndex({
    a: [
      'De buitenlandse troepen blijven voorlopig in het land. Volgens de NAVO sturen Armenië samen tweeduizend militairen. Ook Rusland stuurt troepen.',
      'Het is onrustig in de hoofdstad. Daar protesteerden duizenden mensen in Almaty.',
      'Hij zei dat de rust terugkeert. Later sprak Poetin met Tokajev.',
    ],
  });
  const sentence = (start: string) => index.sentences.find((s) => s.text.startsWith(start));

  it('holds the names the rest of the paragraph gives: it often names its topic by a description', () => {
    expect(sentence('De buitenlandse troepen')?.context).toEqual(expect.arrayContaining([term('navo'), term('armenie'), term('rusland')]));
    const [top] = answer('hoe lang blijven de troepen van de navo', { index }).results;
    expect(top?.text).toMatch(/^De buitenlandse troepen/);
    expect(top?.match).toBe('full');
  });

  it('only for the first sentence: a later one is not about names that come after it', () => {
    expect(sentence('De buitenlandse troepen')?.context).toContain(term('rusland'));
    expect(sentence('Volgens de NAVO')?.context).not.toContain(term('rusland'));
    // Nor across paragraphs: the next paragraph's names are its own.
    expect(sentence('Het is onrustig')?.context).toContain(term('almaty'));
    expect(sentence('De buitenlandse troepen')?.context).not.toContain(term('almaty'));
  });

  it('not when it refers back with a pronoun: "Hij zei …" is about the paragraph before', () => {
    expect(sentence('Hij zei')?.context).not.toContain(term('poetin'));
  });
});

describe('the context the paragraph before gives', () => {
  const index = tinyIndex({
    a: [
      'In 2010 vroeg Kirgizië de CSTO om hulp. De CSTO wordt gezien als tegenhanger van de NAVO.',
      'Dat verzoek werd afgewezen. De leden helpen elkaar bij oefeningen. Daarnaast delen ze inlichtingen.',
    ],
  });
  const sentence = (start: string) => index.sentences.find((s) => s.text.startsWith(start));

  it('is the first sentence’s: "Dat verzoek werd afgewezen" still follows on from the sentence before', () => {
    expect(sentence('Dat verzoek')?.context).toContain(term('navo'));
  });

  it('not where the first sentence names its own: "De leden van de CSTO …" is not about the NAVO before it', () => {
    const own = tinyIndex({ a: ['De CSTO wordt gezien als tegenhanger van de NAVO.', 'De leden van de CSTO helpen elkaar bij oefeningen.'] });
    expect(own.sentences.find((s) => s.text.startsWith('De leden'))?.context).not.toContain(term('navo'));
    expect(answer('mogen CSTO-leden lid zijn van de NAVO', { index: own }).results.find((r) => r.text.startsWith('De leden'))?.match).not.toBe('full');
  });

  it('stops there: the rest of the paragraph is about its own names, not the last one before it', () => {
    expect(sentence('De leden helpen')?.context).not.toContain(term('navo'));
    expect(sentence('Daarnaast delen ze')?.context).not.toContain(term('navo'));
  });
});

describe('a sentence opening on what the one before said', () => {
  const glossary = 'russia:\n  en: [russia]\n  nl: [Rusland]\nkyrgyzstan:\n  en: [kyrgyzstan]\n  nl: [Kirgizië]\nhelp:\n  en: [help, aid]\n  nl: [hulp]\nask:\n  en: [ask, asked]\n  nl: [verzocht, verzoek]\n';
  const index = tinyIndex({ a: ['De CSTO is een bondgenootschap. In 2010 verzocht Kirgizië de CSTO om militaire hulp. Dat verzoek werd afgewezen, omdat Rusland vond dat de CSTO daar niet voor bedoeld was.'] }, glossary);
  const sentence = (start: string) => index.sentences.find((s) => s.text.startsWith(start));

  it('refers back to its words, as a pronoun does ("Dat verzoek werd afgewezen" is about the request for help)', () => {
    expect(sentence('Dat verzoek')?.context).toEqual(expect.arrayContaining([term('hulp'), term('militaire')]));
    expect(answer("did the csto come to kyrgyzstan's aid in 2010?", { index }).results.find((r) => r.text.startsWith('Dat verzoek'))?.match).toBe('full');
  });

  it('does not make a name in another of its clauses the doer of what the one before said ("…, omdat Rusland vond")', () => {
    expect(answer('did russia ask kyrgyzstan for military help in 2010', { index }).results.filter((r) => r.match === 'full')).toEqual([]);
    const one = tinyIndex({ a: ['Het verzoek om militaire hulp werd in 2010 afgewezen, omdat Rusland vond dat de CSTO daar niet voor bedoeld was.'] }, glossary);
    expect(answer('did russia ask for military help in 2010', { index: one }).results.filter((r) => r.match === 'full')).toEqual([]);
  });
});

describe('a statement on what the sentence before said ("Dat is slechts een klein deel …")', () => {
  const glossary = `arrest:\n  en: [arrest, arrested]\n  nl: [gearresteerd, arresteerden]\nopponents:\n  en: [opponents, enemies]\n  nl: [tegenstanders]\nsmall:\n  en: [fraction, small part]\n  nl: [klein deel]\n`;
  const index = tinyIndex({ a: ['President Tokajev spreekt van terroristen. Zijn veiligheidsdiensten meldden maandag dat er 8.000 mensen zijn gearresteerd. Dat is slechts een klein deel van de 20.000 tegenstanders in Almaty waar Tokajev over sprak.'] }, glossary);
  const fullOf = (question: string): string[] => answer(question, { index }).results.filter((r) => r.match === 'full').map((r) => r.text);

  it('is about what happened there: the arrests said before are its subject', () => {
    expect(fullOf('were only a fraction of the opponents arrested')).toEqual(['Dat is slechts een klein deel van de 20.000 tegenstanders in Almaty waar Tokajev over sprak.']);
  });

  it('does not count what happened there with its own figure, nor make its names the doers', () => {
    expect(fullOf('how many opponents were arrested in almaty')).toEqual([]);
    expect(fullOf('was tokajev arrested')).toEqual([]);
  });
});

describe('a quote that goes on without naming its speaker', () => {
  const index = tinyIndex({
    a: [
      '“De onrust is een poging tot inmenging”, aldus de Russische president Poetin. “We laten geen kleurenrevoluties toe.” Later sprak hij met Tokajev.',
      'Tokajev sprak met de pers. “Alles is nu rustig” zei een woordvoerder. “De orde is hersteld.”',
    ],
  });
  const sentence = (start: string) => index.sentences.find((s) => s.text.startsWith(start));

  it('refers back to the sentence before it, as a pronoun does: the speaker goes on', () => {
    expect(sentence('“We laten')?.context).toEqual(expect.arrayContaining([term('poetin'), term('inmenging')]));
  });

  it('answers a yes/no question about what that speaker said', () => {
    const [top] = answer('did putin mention kleurenrevoluties', { index }).results;
    expect(top?.text).toBe('“We laten geen kleurenrevoluties toe.”');
    expect(top?.match).toBe('full');
  });

  it('goes on within its paragraph only: a quote opening a paragraph is not credited to the speaker before it', () => {
    expect(sentence('“De orde is hersteld.”')?.context).toContain(term('woordvoerder'));
    const opening = tinyIndex({ a: ['Tokajev sprak met de pers.', '“De buitenlandse troepen blijven.” Dat zei president Poetin dinsdag.'] });
    expect(opening.sentences.find((s) => s.text.startsWith('“De buitenlandse'))?.context).not.toContain(term('pers'));
  });
});
