import { describe, expect, it } from 'vitest';
import { stripMention } from '../../src/reply/stripMention.js';

describe('stripMention', () => {
  it.each([
    ['<@UBOT> wie is Nazarbajev?', 'UBOT', 'wie is Nazarbajev?'],
    ['<@UBOT|dossierbot> troops', 'UBOT', 'troops'],
    ['troops <@UBOT>', 'UBOT', 'troops'],
    ['<@UBOT> vraag over <@U123>', 'UBOT', 'vraag over <@U123>'],
    ['<@UBOT> troops', undefined, 'troops'],
  ])('%j → %j', (text, bot, expected) => expect(stripMention(text, bot)).toBe(expected));
});
