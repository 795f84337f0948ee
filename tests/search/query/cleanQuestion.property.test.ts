/** Properties of question cleaning: Slack markup never survives, plain questions pass, output is bounded. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../../src/search/query/cleanQuestion.js';

const RUNS = { numRuns: 300 };

// Ids and names carry the marker `qz`/`zz`, which no filler contains, so any survivor is detectable.
const ID = fc.stringMatching(/^[A-Z0-9]{2,10}$/u).map((s) => `QZ${s}`);
const SECRET = fc.stringMatching(/^[a-z]{1,8}(?:[._][a-z]{1,6})?$/u).map((s) => `zz${s}`);
const LABEL = fc.array(fc.constantFrom('Rusland', 'stuurt', 'troepen', 'het', 'artikel', 'CSTO', 'verklaring'), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const HOST = fc.stringMatching(/^[a-z]{1,8}$/u).map((s) => `qzhost${s}.nl`);

interface Piece {
  text: string;
  /** Substrings that must not be in the cleaned question. */
  secrets: string[];
}

const MARKUP: fc.Arbitrary<Piece> = fc.oneof(
  ID.map((id) => ({ text: `<@${id}>`, secrets: [id] })),
  fc.tuple(ID, SECRET).map(([id, name]) => ({ text: `<@${id}|${name}>`, secrets: [id, name] })),
  fc.tuple(ID, SECRET).map(([id, name]) => ({ text: `<#${id}|${name}>`, secrets: [id, name] })),
  ID.map((id) => ({ text: `<#${id}>`, secrets: [id] })),
  fc.constantFrom('<!channel>', '<!here>', '<!everyone>', '<!here|here>').map((text) => ({ text, secrets: ['channel', 'here', 'everyone'] })),
  fc.tuple(ID, SECRET).map(([id, name]) => ({ text: `<!subteam^${id}|@${name}>`, secrets: [id, name] })),
  fc.tuple(HOST, LABEL).map(([host, label]) => ({ text: `<https://${host}/a?b=1|${label}>`, secrets: [host] })),
  HOST.map((host) => ({ text: `<https://${host}/x>`, secrets: [host] })),
  HOST.map((host) => ({ text: `<http://www.${host}|www.${host}>`, secrets: [host] })),
  fc.tuple(SECRET, HOST, LABEL).map(([name, host, label]) => ({ text: `<mailto:${name}@${host}|${label}>`, secrets: [name, host] })),
  // A bare URL typed after a space (glued to `_`, see the skipped property below, it survives).
  fc.tuple(fc.constantFrom('https://', 'http://', 'www.'), HOST).map(([scheme, host]) => ({ text: ` ${scheme}${host}/pad?x=1`, secrets: [host] })),
  // Cut off before its `>` (a truncated payload), without spaces in the name.
  fc.tuple(ID, SECRET).map(([id, name]) => ({ text: `<@${id}|${name}`, secrets: [id, name] })),
);

const WORDS = ['wie', 'is', 'Tokajev', 'hoeveel', 'doden', 'CSTO-lidstaten', '8.000', "zo'n", '10:30', 'Oekraïne', 'troops', 'why'];
const FILLER = fc.constantFrom(...WORDS, '?', '!', '.', ',', ':', ';', '(', ')', '"', '“', '”', '<', '>', 'a < b', '*', '_', '~', '`', '```', ':smile:', ':+1:', '*vet*', '_schuin_', '\n', '\t', ' ', '  ', '\u00a0');
const SEPARATOR = fc.constantFrom(' ', '', '\n', ', ', ': ', '*', '_', '`', '(', ') ');

/** A Slack message: fillers and markup joined by separators (no `&`: see the idempotence property). */
const MESSAGE = fc.array(fc.tuple(fc.oneof({ weight: 2, arbitrary: FILLER.map((text): Piece => ({ text, secrets: [] })) }, { weight: 1, arbitrary: MARKUP }), SEPARATOR), { maxLength: 12 }).map((parts) => ({
  text: parts.map(([piece, separator]) => piece.text + separator).join(''),
  secrets: parts.flatMap(([piece]) => piece.secrets),
}));

/** What Slack's composer sends: words, markup, emoji codes and formatted words, between whitespace. */
const SLACK_SHAPED = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS, '?', '!', ',', '.', ':', '(', ')', '“bezetters”', ':smile:', ':+1:', ':flag-kz:', '```'),
      MARKUP.map((piece) => piece.text),
      fc.tuple(fc.constantFrom('*', '_', '~', '`', '*_'), fc.constantFrom(...WORDS, 'vet en schuin')).map(([mark, word]) => mark + word + [...mark].reverse().join('')),
    ),
    { maxLength: 12 },
  )
  .chain((pieces) => fc.tuple(...pieces.map(() => fc.constantFrom(' ', '\n', '  ', '\t'))).map((spaces) => pieces.map((p, i) => p + spaces[i]).join('')));

const WITH_ENTITIES = fc.oneof(
  MESSAGE.map((m) => m.text),
  fc.array(fc.constantFrom('&amp;', '&lt;', '&gt;', '&', 'lt;', '<@QZ1>', ' ', 'x'), { maxLength: 12 }).map((p) => p.join('')),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe('cleanQuestion (properties)', () => {
  it('lets no mention, channel, special mention or link address through, nor the ids and names they carry', () => {
    fc.assert(
      fc.property(MESSAGE, ({ text, secrets }) => {
        const cleaned = cleanQuestion(text);
        for (const forbidden of ['QZ', 'zz', 'qzhost', 'https://', 'mailto:', ...secrets]) expect(cleaned).not.toContain(forbidden);
      }),
      RUNS,
    );
  });

  it('leaves no bracket or bar of Slack markup in a Slack-shaped message (Slack escapes a typed <, > and &)', () => {
    fc.assert(
      fc.property(SLACK_SHAPED, (text) => {
        expect(cleanQuestion(text)).not.toMatch(/[<>|]|QZ|zz|qzhost/u);
      }),
      RUNS,
    );
  });

  it('keeps the words of a link label, and those around the markup', () => {
    fc.assert(
      fc.property(HOST, LABEL, fc.constantFrom(...WORDS.filter((w) => w !== '10:30')), (host, label, word) => {
        expect(cleanQuestion(`${word} <https://${host}/a|${label}> ${word}`)).toBe(`${word} ${label} ${word}`);
      }),
      RUNS,
    );
  });

  it('never makes the question longer, and leaves it trimmed with single spaces', () => {
    fc.assert(
      fc.property(WITH_ENTITIES, (text) => {
        const cleaned = cleanQuestion(text);
        expect(cleaned.length).toBeLessThanOrEqual(text.length);
        expect(cleaned).toBe(cleaned.trim());
        expect(cleaned).not.toMatch(/\s\s|[^\S ]/u);
      }),
      RUNS,
    );
  });

  it('leaves a plain question (words, numbers, ordinary punctuation, single spaces) unchanged', () => {
    const plain = fc.array(fc.constantFrom(...WORDS, 'wie?', 'doden,', '(68)', '“bezetters”', 'a < b', '5 > 3', 'snake_case', '5*3'), { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(plain, (text) => {
        expect(cleanQuestion(text)).toBe(text);
      }),
      RUNS,
    );
  });

  // Decoding `&lt;` `&gt;` `&amp;` is deliberately last and single-pass (a typed `&lt;@U1&gt;` is text,
  // not a mention), so cleaning decoded text again may remove more: idempotence holds without `&`.
  // Formatting here wraps whole words, as Slack's composer writes it (see the skipped property below).
  it('is idempotent on Slack-shaped text without entities: cleaning a cleaned question changes nothing', () => {
    fc.assert(
      fc.property(SLACK_SHAPED, (text) => {
        const once = cleanQuestion(text);
        expect(cleanQuestion(once)).toBe(once);
      }),
      RUNS,
    );
  });

  // BUG (src/search/query/cleanQuestion.ts): formatting marks and backticks are removed *after* the
  // URL, markup and emoji passes, so removing them can join text into what those passes remove. The
  // case a person types: an italic URL. `_https://nos.nl/a_ wie is Tokajev?` → `https://nos.nl/a wie
  // is Tokajev?` (the URL survives: `_` is a word character, so BARE_URL's `\b` does not match after
  // it), and cleaning that again gives `wie is Tokajev?`. Likewise `wie is _www.nos.nl_?` keeps the
  // address, and, in hand-typed console text, `:*smile*:` → `:smile:` and `<\`@U123>` → `<@U123>`.
  it('removes a URL wrapped in formatting marks, and is idempotent when marks touch markup', () => {
    const wrapped = fc.tuple(fc.constantFrom('_', '*', '~', '`'), fc.constantFrom('https://', 'www.'), HOST).map(([mark, scheme, host]) => `wie is ${mark}${scheme}${host}/a${mark}?`);
    fc.assert(
      fc.property(fc.oneof(wrapped, MESSAGE.map((m) => m.text)), (text) => {
        const once = cleanQuestion(text);
        expect(once).not.toMatch(/qzhost|https?:|www\./u);
        expect(cleanQuestion(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it('stays bounded on huge pasted input', () => {
    const huge = fc.tuple(MESSAGE, fc.integer({ min: 500, max: 5_000 })).map(([m, times]) => `${m.text} `.repeat(times).slice(0, 100_000));
    fc.assert(
      fc.property(huge, (text) => {
        expect(cleanQuestion(text).length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 10 },
    );
  });
});
