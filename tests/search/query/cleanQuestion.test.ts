import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../../src/search/query/cleanQuestion.js';

describe('cleanQuestion', () => {
  it.each([
    ['<@U123ABC> wie is Poetin?', 'wie is Poetin?'],
    ['<@U123|jan> wie is Poetin?', 'wie is Poetin?'],
    ['<@U123ABC|jan.de.vries>: hoeveel doden?', 'hoeveel doden?'],
    ['vraag van <@W123> over Tokajev', 'vraag van over Tokajev'],
    ['<@U1><@U2|piet> troops', 'troops'],
  ])('removes user mentions with their ids and names: %j', (input, expected) => {
    expect(cleanQuestion(input)).toBe(expected);
  });

  it.each([
    ['@dossier wie is Nazarbajev?', 'wie is Nazarbajev?'],
    ['@jan.de-vries: hoeveel doden?', ': hoeveel doden?'],
    ['vraag van @piet over Tokajev', 'vraag van over Tokajev'],
    ['mail jan@nrc.nl over Tokajev', 'mail jan@nrc.nl over Tokajev'],
  ])('removes a handle typed as text, not an address: %j', (input, expected) => {
    expect(cleanQuestion(input)).toBe(expected);
  });

  it.each([
    ['<#C123> troops', 'troops'],
    ['zie <#C123|general>, wie is Nazarbajev?', 'zie wie is Nazarbajev?'],
  ])('removes channel references: %j', (input, expected) => {
    expect(cleanQuestion(input)).toBe(expected);
  });

  it.each([
    ['<!channel> troops', 'troops'],
    ['<!here> hoeveel doden', 'hoeveel doden'],
    ['<!everyone> CSTO', 'CSTO'],
    ['<!here|here> CSTO', 'CSTO'],
    ['<!subteam^S123|@editors> wie is Tokajev?', 'wie is Tokajev?'],
    ['<!subteam^S123> wie is Tokajev?', 'wie is Tokajev?'],
    ['<!something|odd> troepen', 'troepen'],
  ])('removes special mentions and user groups: %j', (input, expected) => {
    expect(cleanQuestion(input)).toBe(expected);
  });

  it.each([
    ['wat gebeurde er op <!date^1392734382^{date_short}|Feb 18, 2014>?', 'wat gebeurde er op Feb 18, 2014?'],
    ['<!date^1392734382^{date_long}^https://example.com|18 februari 2014> in Almaty', '18 februari 2014 in Almaty'],
  ])('keeps a date’s fallback label: %j', (input, expected) => {
    expect(cleanQuestion(input)).toBe(expected);
  });

  it.each([
    ['<https://www.volkskrant.nl/x|Rusland stuurt troepen>', 'Rusland stuurt troepen'],
    ['wat zegt <https://example.com/a|the CSTO statement> over troepen?', 'wat zegt the CSTO statement over troepen?'],
    ['<https://nos.nl/artikel/1|Volkskrant>: wie is Tokajev?', 'Volkskrant: wie is Tokajev?'],
    ['<https://example.com> wie is Tokajev?', 'wie is Tokajev?'],
    ['<https://example.com|example.com> wie is Tokajev?', 'wie is Tokajev?'],
    ['<https://nos.nl/a|nos.nl/artikel/1> troepen', 'troepen'],
    ['<https://nos.nl/a|https://nos.nl/a> troepen', 'troepen'],
    ['<http://www.nu.nl|www.nu.nl> troepen', 'troepen'],
    ['<mailto:a@b.nl|a@b.nl> troepen', 'troepen'],
    ['<mailto:jan@nos.nl|Jan de Vries> troepen', 'troepen'],
    ['<tel:+31201234567|+31 20 123 4567> troepen', 'troepen'],
    ['<tel:+31201234567> troepen', 'troepen'],
  ])('keeps a link’s label only when it is words: %j', (input, expected) => {
    expect(cleanQuestion(input)).toBe(expected);
  });

  it.each([
    ['https://nos.nl/artikel/123 hoeveel doden?', 'hoeveel doden?'],
    ['hoeveel doden volgens http://nu.nl/a?b=1&amp;c=2', 'hoeveel doden volgens'],
    ['staat dit in www.volkskrant.nl/x?', 'staat dit in ?'],
    ['(zie https://nos.nl/a) wie is Tokajev', '(zie ) wie is Tokajev'],
  ])('removes bare URLs typed without brackets: %j', (input, expected) => {
    expect(cleanQuestion(input)).toBe(expected);
  });

  it.each([
    ['*troops* :flag-ru:', 'troops'],
    [':smile: wie is Poetin?', 'wie is Poetin?'],
    ['hoeveel troepen :flag-kz::flag-ru:', 'hoeveel troepen'],
    [':+1: :-1: :100: dank', 'dank'],
    ['CSTO :thumbsup::skin-tone-2:', 'CSTO'],
    ['Tokajev:white_check_mark:', 'Tokajev'],
    ['om 10:30 in Almaty', 'om 10:30 in Almaty'],
    ['om 10:30:45 in Almaty', 'om 10:30:45 in Almaty'],
    ['om 10:30:smile:', 'om 10:30'],
    ['verhouding 3:1', 'verhouding 3:1'],
    ['troops: how many', 'troops: how many'],
    ['vraag: wie is Tokajev? antwoord: niemand', 'vraag: wie is Tokajev? antwoord: niemand'],
  ])('removes emoji codes but not times or colons: %j', (input, expected) => {
    expect(cleanQuestion(input)).toBe(expected);
  });

  it.each([
    ['*troops* in Almaty', 'troops in Almaty'],
    ['_wie_ is *Poetin*?', 'wie is Poetin?'],
    ['~Nazarbajev~ Tokajev', 'Nazarbajev Tokajev'],
    ['*_vet en schuin_*', 'vet en schuin'],
    ['wat betekent `CSTO`?', 'wat betekent CSTO?'],
    ['```hoeveel doden```', 'hoeveel doden'],
    ['```\nhoeveel\ndoden\n```', 'hoeveel doden'],
    ['snake_case en 5*3', 'snake_case en 5*3'],
    ['&gt; Rusland stuurt troepen\nklopt dit?', 'Rusland stuurt troepen klopt dit?'],
    ['&gt;&gt;&gt; Rusland stuurt troepen', 'Rusland stuurt troepen'],
    ['vraag\n&gt; citaat', 'vraag citaat'],
  ])('drops formatting marks and keeps their text: %j', (input, expected) => {
    expect(cleanQuestion(input)).toBe(expected);
  });

  it.each([
    ['Rusland &amp; Kazachstan', 'Rusland & Kazachstan'],
    ['meer dan 5 &gt; 3 en 2 &lt; 4', 'meer dan 5 > 3 en 2 < 4'],
    ['&lt;b&gt;vet&lt;/b&gt;', '<b>vet</b>'],
    ['&amp;lt; blijft', '&lt; blijft'],
  ])('decodes Slack’s escapes once, after markup is gone: %j', (input, expected) => {
    expect(cleanQuestion(input)).toBe(expected);
  });

  it.each([
    'wie is Nazarbajev?',
    'hoeveel doden',
    'CSTO-lidstaten',
    'meer dan 8.000 troepen',
    "zo'n 2.500 militairen",
    'Oekraïne en Kazachstan',
    '‘vredestroepen’ of “bezetters”?',
    'a < b en c > d',
    'Tokajev (68) zei: "orde is hersteld"',
  ])('leaves plain text unchanged: %j', (input) => {
    expect(cleanQuestion(input)).toBe(input);
  });

  it.each([
    ['  wie   is\n\tPoetin?  ', 'wie is Poetin?'],
    ['wie\u00a0is Poetin?', 'wie is Poetin?'],
  ])('collapses and trims whitespace: %j', (input, expected) => {
    expect(cleanQuestion(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    '<@U123ABC>',
    '<@U123|jan> <!here> :smile:',
    '<#C123|general> <https://example.com>',
    '*_~~_*',
    '```\n```',
    ':thumbsup::skin-tone-2:',
    'https://nos.nl/a',
  ])('makes a question of only markup empty: %j', (input) => {
    expect(cleanQuestion(input)).toBe('');
  });

  // Found by the property test (seed 1214292225): marks were removed after the markup and emoji
  // passes, so removing them joined `<` `!` into markup that only a second cleaning removed.
  it.each([
    ['<`! ', ''],
    ['<`@U123ABC> wie is Poetin?', 'wie is Poetin?'],
    ['<*!here> troepen', 'troepen'],
    [':*smile*: wie is Tokajev?', 'wie is Tokajev?'],
    // Markup around markup (found by the idempotence property): the inner link's label completes the outer.
    ['<_wie: <https://qzhosta.nl/a?b=1|Rusland> > ', ''],
  ])('removes markup that formatting marks sit inside of, and markup that removing other markup completes: %j', (input, expected) => {
    expect(cleanQuestion(input)).toBe(expected);
    expect(cleanQuestion(expected)).toBe(expected);
  });

  it('never lets a mention, its id or its name through', () => {
    const inputs = [
      '<@U123ABC> wie is Poetin?',
      '<@U123ABC|jan> wie is Poetin?',
      'vraag <@W0ABC99|piet.jansen>: hoeveel doden?',
      '<#C123ABC|general> <!subteam^S123ABC|@editors> troepen',
      '<!here|here><@U123ABC|jan>CSTO',
      '*<@U123ABC|jan>* _<#C0DEF|kazachstan>_',
      '<@U123ABC|jan <https://x.nl|artikel>',
      '<@U123ABC|jan',
      '<<@U123ABC>>',
      '<https://x.nl|<@U123ABC|jan>>',
      '`<@U123ABC|jan>` :smile: <!channel>',
    ];
    for (const input of inputs) {
      const output = cleanQuestion(input);
      for (const forbidden of ['<@', '<#', '<!', 'U123ABC', 'W0ABC99', 'C123ABC', 'C0DEF', 'S123ABC', '|', 'jan', 'piet', 'editors', 'general']) {
        expect(output, `${JSON.stringify(input)} → ${JSON.stringify(output)}`).not.toContain(forbidden);
      }
    }
  });

  it.each([
    ['<', '<'.repeat(50_000)],
    ['<@', '<@'.repeat(50_000)],
    ['<a', '<a'.repeat(50_000)],
    ['<a:', '<a:'.repeat(33_333)],
    [':a', ':a'.repeat(50_000)],
    [':1', ':1'.repeat(50_000)],
    ['*_', '*_'.repeat(50_000)],
    ['a*', 'a*'.repeat(50_000)],
    [': + a', `:${'a'.repeat(100_000)}`],
    ['&gt;', '&gt;'.repeat(25_000)],
    ['http://', 'http://'.repeat(14_285)],
    ['<https://x|a.', `<https://x|${'a.'.repeat(50_000)}>`],
    ['`', '`'.repeat(100_000)],
  ])('cleans a 100,000-character adversarial input (%s) without hanging', (_name, input) => {
    expect(typeof cleanQuestion(input)).toBe('string');
  });
});
