/** Metadata glued to the front of raw article text (`date 2022-01 Rusland heeft…`). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMetadataPrefix } from '../../src/text/metadataPrefix.js';

describe('splitMetadataPrefix', () => {
  it.each([
    ['date 2022-01 Rusland heeft troepen gestuurd.', '2022-01', 'Rusland heeft troepen gestuurd.'],
    ['Date: 2022-01-06 Tokajev spreekt van een staatsgreep.', '2022-01-06', 'Tokajev spreekt van een staatsgreep.'],
    ['datum 6-1-2022 Bijna 8.000 arrestaties.', '2022-01-06', 'Bijna 8.000 arrestaties.'],
    ['DATUM: 06-01-2022 Almaty', '2022-01-06', 'Almaty'],
    ['datum 10-11-2021 Almaty', '2021-11-10', 'Almaty'],
    ['date 2022-01\tTekst', '2022-01', 'Tekst'],
    ['date 2022-01', '2022-01', ''],
  ])('%j → date %s, text %j', (raw, date, text) => {
    expect(splitMetadataPrefix(raw)).toEqual({ metadata: { date }, text });
  });

  it('takes the prefix after leading blank lines, and keeps the line break after it', () => {
    expect(splitMetadataPrefix('\n\n  date 2022-01\nRusland heeft troepen gestuurd.')).toEqual({ metadata: { date: '2022-01' }, text: '\nRusland heeft troepen gestuurd.' });
  });

  it.each([
    ['Datum en plaats zijn onbekend.'],
    ['Rusland date 2022-01 troepen'],
    // A timestamp is not a date on its own.
    ['date 2022-01-06T10:00 Tokajev'],
    // A year alone is no date.
    ['date 2022 Tokajev'],
    ['dated 2022-01 Tokajev'],
    ['De datum 6-1-2022 was een donderdag.'],
  ])('leaves %j alone', (raw) => {
    expect(splitMetadataPrefix(raw)).toEqual({ metadata: {}, text: raw });
  });

  it('returns text that is the input with exactly the prefix taken off (property)', () => {
    const prefix = fc.oneof(
      fc.constant(''),
      fc.tuple(fc.constantFrom('date ', 'Date: ', 'datum ', 'DATUM : '), fc.constantFrom('2022-01', '2022-01-06', '6-1-2022', '31-12-2021'), fc.constantFrom(' ', '\t', '\n')).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(prefix, fc.string({ maxLength: 40 }), (front, rest) => {
        const raw = `${front}${rest}`;
        const split = splitMetadataPrefix(raw);
        expect(raw.endsWith(split.text)).toBe(true);
        if (split.metadata.date === undefined) expect(split.text).toBe(raw);
        else expect(split.metadata.date).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/u);
        if (front !== '') expect(split.metadata.date).toBeDefined();
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });
});
