/** Which dossier words name people as a group or a kind, read from the glossary through WordNet. */
import { describe, expect, it } from 'vitest';
import { agentsOf, peopleTerms } from '../../src/search/agents.js';
import type { IndexedConcept } from '../../src/search/glossaryIndex.js';
import { loadLexicon } from '../../src/search/lexicon/loadLexicon.js';

const concept = (english: string[], ...terms: string[][]): IndexedConcept => ({ name: english[0] ?? '', english, targets: terms.map((t) => ({ terms: t, phrase: t.join(' '), forms: t })), topical: false, standsFor: [], opposites: [], definite: [] });

describe('peopleTerms', () => {
  const lexicon = loadLexicon();

  it('takes the one-word targets of concepts whose English headword names people', () => {
    const terms = peopleTerms([concept(['police', 'police officers'], ['politie'], ['agent'], ['oproerpolitie', 'eenheid']), concept(['international community'], ['gemeenschap']), concept(['oil'], ['olie'])], lexicon).agents;
    expect([...terms].sort()).toEqual(['agent', 'politie']);
  });

  it('reads the headword, the first one-word English term, not a later synonym', () => {
    expect(peopleTerms([concept(['arrest', 'detainees'], ['arrestatie'])], lexicon).agents.size).toBe(0);
  });

  it('counts a stem shared with something else as people only when a figure counts it ("tweeduizend militairen")', () => {
    const terms = peopleTerms([concept(['soldiers'], ['militair']), concept(['armed'], ['militair'])], lexicon);
    expect([...terms.agents]).toEqual([]);
    expect([...terms.counted]).toEqual(['militair']);
  });
});

describe('agentsOf', () => {
  it('says which sentences hold an agent term, from the postings', () => {
    const postings: Record<string, number[]> = { politie: [1, 3], leger: [3] };
    const agents = agentsOf(new Set(['politie', 'leger']), 5, (term) => postings[term] ?? []);
    expect([0, 1, 2, 3, 4].map((id) => agents.inSentence(id))).toEqual([false, true, false, true, false]);
    expect(agents.has('politie')).toBe(true);
    expect(agents.has('olie')).toBe(false);
  });
});
