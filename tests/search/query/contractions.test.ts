import { describe, expect, it } from 'vitest';
import { expandContractions } from '../../../src/search/query/contractions.js';
import { parseQuery } from '../../../src/search/query/parseQuery.js';

describe('expandContractions', () => {
  it.each([
    ["what's keeping the economy afloat", 'what is keeping the economy afloat'],
    ['who’s behind it', 'who is behind it'],
    ["why can't reporters verify", 'why can not reporters verify'],
    ["they won't leave", 'they will not leave'],
    ["isn't he in charge", 'is not he in charge'],
    ["they're staying, we've heard, they'll go", 'they are staying, we have heard, they will go'],
    // Chat leaves the apostrophe out; a word that merely starts so stays.
    ['whats the risk', 'what is the risk'],
    ['wheres nazarbayev', 'where is nazarbayev'],
    ['whatsapp groups', 'whatsapp groups'],
  ])('%s → %s', (typed, read) => expect(expandContractions(typed)).toBe(read));

  it('drops the possessive, straight or curly', () => {
    expect(expandContractions("the ex-leader's top aide")).toBe('the ex-leader top aide');
    expect(expandContractions('putin’s theory')).toBe('putin theory');
  });

  it("writes out Dutch spoken forms (z'n, m'n, d'r, 't, 'n), not zo'n", () => {
    expect(expandContractions("heeft Poetin z'n beschuldigingen onderbouwd")).toBe('heeft Poetin zijn beschuldigingen onderbouwd');
    expect(expandContractions("wat is ’t doel van m'n vraag")).toBe('wat is het doel van mijn vraag');
    expect(expandContractions("zo'n 1,6 miljoen vaten")).toBe("zo'n 1,6 miljoen vaten");
    expect(expandContractions("d'r zijn veel doden")).toBe('er zijn veel doden');
  });

  it("leaves Dutch apostrophes alone where they are not a clitic ('s nachts)", () => {
    expect(expandContractions("'s nachts werd er geschoten")).toBe("'s nachts werd er geschoten");
    expect(expandContractions('geen telefoon')).toBe('geen telefoon');
  });
});

describe('a question with clitics', () => {
  const words = (q: string): string[] => parseQuery(q).words.map((w) => w.folded);
  it('keeps its question word and loses no content word to an apostrophe', () => {
    expect([...parseQuery("who's behind the attacks").intents]).toContain('who');
    expect(words("what's keeping the country's economy afloat")).toEqual(['keeping', 'country', 'economy', 'afloat']);
    expect(words("why can't reporters verify it")).toEqual(['reporters', 'verify']);
  });
});
