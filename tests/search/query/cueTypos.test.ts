/** A slip in a question word is read back to it, so the question keeps asking what it asked. */
import { describe, expect, it } from 'vitest';
import { cueTypo } from '../../../src/search/query/cueTypos.js';
import { parseQuery } from '../../../src/search/query/parseQuery.js';
import { loadLexicon } from '../../../src/search/lexicon/loadLexicon.js';

const index = { words: new Set(['landen', 'doden', 'volgen']), lexicon: loadLexicon() };
const read = (question: string) => parseQuery(question, (word) => cueTypo(word, index));

describe('cueTypo', () => {
  it.each([
    ['which coutnries sent troops', 'who'],
    ['welke lannden stuurden troepen', 'who'],
    ['hoevel doden', 'figure'],
    ['waneer begon het', 'when'],
  ])('%j still asks for %j', (question, intent) => {
    expect([...read(question).intents]).toEqual([intent]);
  });

  it('leaves real words and the dossier’s words alone, however close to a question word', () => {
    expect(cueTypo('volgen', index)).toBeUndefined();
    expect(cueTypo('there', index)).toBeUndefined();
    expect(cueTypo('counts', index)).toBeUndefined();
    expect([...read('wie volgen de protesten').intents]).toEqual(['who']);
  });

  it('reads a short word back only from a swap of two letters, not from any one slip', () => {
    expect(cueTypo('wehn', index)).toBe('when');
    expect([...read('how mnay barrels a day').intents]).toEqual(['figure']);
    expect(cueTypo('whe', index)).toBeUndefined();
    expect(cueTypo('wen', index)).toBeUndefined();
    // One swap from two question words (how, who): no reading.
    expect(cueTypo('hwo', index)).toBeUndefined();
  });
});

describe('a slip in a long filler', () => {
  it('is read as the filler, so the question drops it instead of searching it ("eigenljk")', () => {
    expect(cueTypo('eigenljk', index)).toBe('eigenlijk');
    expect(read('waarom stuurt rusland eigenljk soldaten').words.map((w) => w.folded)).toEqual(['stuurt', 'rusland', 'soldaten']);
  });

  it('not a short word, a real word, or one as near to two fillers', () => {
    expect(cueTypo('doden', index)).toBeUndefined();
    expect(cueTypo('enkel', index)).toBeUndefined();
  });
});
