/** A question naming a role ("the mayor") reaches the sentences naming its holder. */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/answer/answer.js';
import { addRoleHolders } from '../../../src/search/query/roleHolders.js';
import type { Concept } from '../../../src/search/query/expandQuery.js';
import { tinyIndex } from '../../helpers/tinyDossier.js';

const ARTICLES = {
  a: ['Burgemeester Halsema opende maandag de nieuwe brug over het IJ.', 'Halsema noemde de brug een aanwinst voor de stad.'],
  b: ['De Belgische burgemeester Verhulst kwam ook kijken.', 'Volgens burgemeester Halsema komt er later nog een tweede brug.'],
};

describe('role holders in a question', () => {
  it('a sentence naming the holder answers a question naming the role', () => {
    const index = tinyIndex(ARTICLES);
    const reply = answer('wat vond de burgemeester van de brug', { index });
    const named = reply.results.find((r) => r.text.startsWith('Halsema noemde'));
    expect(named?.match).toBe('full');
  });

  it('the adjective the articles put before the role picks its own holder', () => {
    const index = tinyIndex(ARTICLES);
    const reply = answer('wat deed de belgische burgemeester', { index });
    expect(reply.results[0]?.text).toContain('Verhulst');
    expect(reply.results.find((r) => r.text.startsWith('Halsema noemde'))?.match).not.toBe('full');
  });

  it('in a question asking who did something to the holder, not who holds the role', () => {
    const index = tinyIndex({ a: ['Burgemeester Halsema opende maandag de brug.'], b: ['Haar woordvoerder ontkent dat Halsema is vertrokken.'] });
    const reply = answer('wie ontkent dat de burgemeester is vertrokken', { index });
    expect(reply.results.find((r) => r.text.startsWith('Haar woordvoerder'))?.match).toBe('full');
  });

  it('a word that only loosely reaches an adjective of the role does not pick that adjective\'s holder ("Kazakhstan\'s ex-leader")', () => {
    const index = tinyIndex({ a: ['Oud-president Nazarbajev leidde Kazachstan dertig jaar.', 'De Kazachse president Tokajev sprak maandag.'] });
    const concepts = (kazachs: number): Concept[] => [
      { label: 'kazakhstan', salience: 1, alternatives: [{ terms: ['kazachstan'], weight: 0.8, kind: 'variant' }, { terms: ['kazachs'], weight: kazachs, kind: 'glossary', forms: ['kazachse'] }] },
      { label: 'ex-leader', salience: 1, alternatives: [{ terms: ['oud-president'], weight: 0.85, kind: 'glossary', forms: ['oud-president'] }] },
    ];
    const holders = (kazachs: number): string[] => {
      const asked = concepts(kazachs);
      addRoleHolders(asked, index);
      return (asked[1] as Concept).alternatives.filter((a) => a.kind === 'role').map((a) => a.terms[0] as string);
    };
    // Loosely ("Kazakhstan's"): the role's own holder; said directly ("the Kazakh ex-leader"): that adjective's holder, none here.
    expect(holders(0.33)).toEqual(['nazarbajev']);
    expect(holders(0.85)).toEqual([]);
  });

  it('no holder when the articles give the role to different people', () => {
    const index = tinyIndex({ a: ['Burgemeester Halsema opende de brug.', 'Halsema noemde de brug een aanwinst.'], b: ['Burgemeester Aboutaleb opende een tunnel.'] });
    const reply = answer('wat vond de burgemeester van de brug', { index });
    expect(reply.results.find((r) => r.text.startsWith('Halsema noemde'))?.match).not.toBe('full');
  });
});
