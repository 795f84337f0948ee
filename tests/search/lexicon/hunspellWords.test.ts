/** Dutch parts of speech from a Hunspell dictionary: stems by the rules they take, forms by the rule that built them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mainPartOfSpeech, readHunspellWords } from '../../../src/search/lexicon/hunspellWords.js';

// A few of OpenTaal's rules, as its affix file writes them (long flags, morphological tags).
const AFF = `FLAG long
FORBIDDENWORD Fw
SFX Zb Y 1
SFX Zb 0 en/CaCbCp [^eo]		ts:NN2
SFX Vp Y 2
SFX Vp 0 de .		ts:VBh1
SFX Vp 0 den .		ts:VBh
SFX Aa Y 2
SFX Aa 0 e [^e]		ts:AJe
SFX Aa 0 ë e		ts:AJe
PFX Pr Y 1
PFX Pr 0 mee .
PFX Pm Y 1
PFX Pm 0 over s
SFX Ca Y 1
SFX Ca 0 s .
`;
const DIC = `8
tuin/Zb
stuur/PrPmVp
zet/PmVp
groen/Aa
moe/Aa
land/Zb
landen/Pr
nieuws/Ca
kapot/Fw
`;
const words = readHunspellWords(AFF, DIC);
const pos = (word: string) => mainPartOfSpeech(words.partsOfSpeech(word));

describe('readHunspellWords', () => {
  it('tells a stem by the rules it takes: a plural makes a noun, a past tense a verb, an inflection an adjective', () => {
    expect(pos('tuin')).toBe('n');
    expect(pos('stuur')).toBe('v');
    expect(pos('groen')).toBe('a');
  });

  it('tells a form by the tag of the rule that built it, within the rule condition', () => {
    expect(pos('tuinen')).toBe('n');
    expect(pos('stuurden')).toBe('v');
    expect(pos('groene')).toBe('a');
    expect(pos('moeë')).toBe('a');
    // "moee" would need the first rule, whose condition excludes a stem ending in e.
    expect(pos('moee')).toBeUndefined();
  });

  it('reads a verb particle in front as a verb carrying that particle', () => {
    expect(pos('meestuurde')).toBe('v');
    expect(pos('meetuinen')).toBeUndefined();
    // Within the prefix rule's condition on the rest's start: "over" only before an s here.
    expect(pos('overstuurde')).toBe('v');
    expect(pos('overzet')).toBeUndefined();
  });

  it('prefers a noun where a form can be one, and keeps a word listed bare out of a shorter stem plus suffix', () => {
    expect(words.partsOfSpeech('landen')).toEqual(new Set(['n', 'v']));
    expect(pos('landen')).toBe('n');
    expect(pos('nieuws')).toBeUndefined();
  });

  it('skips forbidden words and knows nothing of unlisted ones', () => {
    expect(pos('kapot')).toBeUndefined();
    expect(pos('fiets')).toBeUndefined();
  });

  it('never throws and only ever answers n, v, a or nothing, whatever the word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (word) => {
        const found = pos(word);
        expect(found === undefined || ['n', 'v', 'a'].includes(found)).toBe(true);
      }),
    );
  });
});
