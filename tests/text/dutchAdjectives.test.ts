import { describe, expect, it } from 'vitest';
import { isPeopleAdjective, looksAttributive } from '../../src/text/dutchAdjectives.js';

describe('Dutch adjectives by their endings', () => {
  it.each(['andere', 'hoge', 'militaire', 'kazachse', 'gewapende', 'russische'])('%s looks attributive', (word) => expect(looksAttributive(word)).toBe(true));
  it.each(['politie', 'oppositie', 'zee', 'officieren', 'mensen', 'leger'])('%s does not', (word) => expect(looksAttributive(word)).toBe(false));
  it('tells adjectives of a people from names', () => {
    expect(['kazachse', 'russische'].map(isPeopleAdjective)).toEqual([true, true]);
    expect(['tokajev', 'almaty', 'kirgizie'].map(isPeopleAdjective)).toEqual([false, false, false]);
  });
});
