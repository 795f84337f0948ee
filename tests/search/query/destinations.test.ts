/** Where something went: a name after a preposition of direction, in the question and in the sentence. */
import { describe, expect, it } from 'vitest';
import { analyzeText, wholeTermOf, type AnalyzerContext } from '../../../src/search/analysis/analyzeText.js';
import { isDestination, standsAsDestination } from '../../../src/search/query/destinations.js';
import { answer } from '../../../src/answer/answer.js';
import { expandQuery } from '../../../src/search/query/expandQuery.js';
import { parseQuery } from '../../../src/search/query/parseQuery.js';
import { tinyIndex } from '../../helpers/tinyDossier.js';

const CONTEXT: AnalyzerContext = { language: 'nl', vocabulary: new Set(), compoundParts: { isWord: () => false, hasStem: () => false }, properNouns: new Set() };

describe('isDestination', () => {
  it.each([
    ['naar', [], true],
    ['into', ['moscow', 'soldiers'], true],
    // "to" only after a verb of sending or moving.
    ['to', ['russia', 'send', 'troops'], true],
    ['to', ['csto', 'russia', 'answer'], false],
    ['in', ['troops'], false],
    [undefined, ['send'], false],
  ] as const)('after %j, with %j before it → %s', (preposition, before, expected) => {
    expect(isDestination(preposition, before)).toBe(expected);
  });
});

describe('standsAsDestination', () => {
  const at = (text: string, name: string): boolean => standsAsDestination(text, analyzeText(text, CONTEXT).words, wholeTermOf(name, 'nl'));

  it('finds a name a few words after "naar"', () => {
    expect(at('Rusland heeft troepen gestuurd naar buurland Kazachstan.', 'kazachstan')).toBe(true);
  });
  it('not the one who sent, nor a name far from any preposition of direction', () => {
    expect(at('Rusland heeft troepen gestuurd naar buurland Kazachstan.', 'rusland')).toBe(false);
    expect(at('Armenië, Belarus en Rusland hebben samen tweeduizend militairen naar Kazachstan overgebracht.', 'belarus')).toBe(false);
  });
});

describe('a destination in the question', () => {
  const index = tinyIndex(
    {
      a: ['Rusland heeft troepen gestuurd naar buurland Kazachstan om de regering te steunen.', 'Het is onrustig in de hoofdstad van Kazachstan, zegt Rusland.'],
    },
    `
russia:
  en: [russia]
  nl: [rusland]
kazakhstan:
  en: [kazakhstan]
  nl: [kazachstan]
troops:
  en: [troops]
  nl: [troepen]
send:
  en: [send, sent]
  nl: [sturen, gestuurd]
`,
  );

  it('is answered in full where the sentence has it as the destination', () => {
    // An English name is a destination through the way the dossier writes it (Kazachstan).
    expect(expandQuery(parseQuery('did russia send troops to kazakhstan'), index).find((c) => c.label === 'kazakhstan')?.destination).toBe(true);
    const [top] = answer('did russia send troops to kazakhstan', { index }).results;
    expect(top?.match).toBe('full');
  });
  it('is not, where the sentence has the roles the other way round, in English too', () => {
    expect(answer('did kazakhstan send troops to russia', { index }).results.every((r) => r.match === 'partial')).toBe(true);
  });
  it('is not, where the sentence has the roles the other way round', () => {
    const result = answer('heeft kazachstan troepen naar rusland gestuurd', { index });
    expect(result.results[0]?.text).toMatch(/^Rusland heeft troepen gestuurd/);
    expect(result.results.every((r) => r.match === 'partial')).toBe(true);
  });
});
