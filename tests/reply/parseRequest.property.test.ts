/** Properties of request parsing: total over strings, a known kind always, long input refused. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUBCOMMANDS } from '../../src/reply/commands.js';
import { MAX_QUESTION_CHARS, parseRequest } from '../../src/reply/parseRequest.js';
import { cleanQuestion } from '../../src/search/query/cleanQuestion.js';

const RUNS = { numRuns: 300 };

const COMMAND_WORDS = SUBCOMMANDS.flatMap((s) => s.words);
const KINDS = new Set(['help', 'sources', 'digest', 'figures', 'add', 'remove', 'ask', 'too_long']);

const PIECE = fc.oneof(
  fc.constantFrom(...COMMAND_WORDS, ...COMMAND_WORDS.map((w) => w.toUpperCase()), 'wie', 'is', 'Tokajev', 'hoeveel', 'doden', '?', '<@U123|jan>', '<!channel>', ':smile:', '*', '&amp;', '&lt;', '\n', ' '),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const TEXT = fc.oneof(
  fc.array(PIECE, { maxLength: 12 }).map((p) => p.join(' ')),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.tuple(fc.array(PIECE, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 700 })).map(([p, times]) => p.join(' ').repeat(times)),
);

describe('parseRequest (properties)', () => {
  it('never throws, and always answers with one of the known kinds, fully formed', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        const request = parseRequest(text);
        expect(KINDS.has(request.kind)).toBe(true);
        if (request.kind === 'ask') {
          expect(request.query).toBe(cleanQuestion(text));
          expect(request.query.length).toBeGreaterThan(0);
          expect(request.query.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
        }
        if (request.kind === 'too_long') expect(request.length).toBeGreaterThanOrEqual(0);
        if (request.kind === 'figures' && request.topic !== undefined) expect(request.topic.length).toBeGreaterThan(0);
        if (request.kind === 'add' && request.link !== undefined) expect(request.link.length).toBeGreaterThan(0);
        if (request.kind === 'remove' && request.article !== undefined) expect(request.article.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('refuses whatever is more than four times the question limit as typed, before cleaning', () => {
    const pasted = fc.tuple(fc.constantFrom(...COMMAND_WORDS, '', '<@U123>', ':smile:', 'wie is Tokajev?'), fc.string({ unit: fc.constantFrom('a', ' ', '\n', '<', '@', ':', '*'), minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 100 }))
      .map(([head, body, extra]) => `${head} ${body.repeat(Math.ceil((MAX_QUESTION_CHARS * 4 + 1) / body.length))}${'x'.repeat(extra)}`);
    fc.assert(
      fc.property(pasted, (text) => {
        expect(parseRequest(text)).toEqual({ kind: 'too_long', length: text.length });
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a question longer than the limit once cleaned, and accepts one within it', () => {
    const question = fc.tuple(fc.array(fc.constantFrom('wie', 'is', 'Tokajev', 'hoeveel', 'doden', 'CSTO-lidstaten'), { minLength: 1, maxLength: 150 }), fc.constantFrom('', '<@U123|jan> ', '*'))
      .map(([words, prefix]) => `${prefix}${words.join(' ')}`);
    fc.assert(
      fc.property(question, (text) => {
        const cleaned = cleanQuestion(text);
        fc.pre(!COMMAND_WORDS.includes(cleaned.split(' ')[0]!.toLowerCase()));
        expect(parseRequest(text)).toEqual(cleaned.length > MAX_QUESTION_CHARS ? { kind: 'too_long', length: cleaned.length } : { kind: 'ask', query: cleaned });
      }),
      RUNS,
    );
  });

  it('reads a command word alone as that command, in any case and around any markup', () => {
    const command = fc.tuple(fc.constantFrom(...SUBCOMMANDS.filter((s) => s.words.length > 0)), fc.nat(), fc.boolean(), fc.constantFrom('', '<@U123> ', ' :wave: ', '*', '\n'));
    fc.assert(
      fc.property(command, ([subcommand, at, upper, noise]) => {
        const word = subcommand.words[at % subcommand.words.length]!;
        expect(parseRequest(`${noise}${upper ? word.toUpperCase() : word}${noise.trim() === '*' ? '*' : ''}`)).toEqual({ kind: subcommand.kind });
      }),
      RUNS,
    );
  });

  // BUG (src/reply/parseRequest.ts): MAX_QUESTION_CHARS says a longer text "is a pasted text, not a
  // question: refused", but the figures subcommand returns before the length check, so
  // `figures ` + 'x '.repeat(900) (1,808 characters) is { kind: 'figures', topic: <1,799 characters> }, not too_long.
  it('refuses any cleaned request longer than MAX_QUESTION_CHARS, subcommand or not', () => {
    fc.assert(
      fc.property(fc.oneof(TEXT, fc.tuple(fc.constantFrom(...COMMAND_WORDS), TEXT).map(([word, rest]) => `${word} ${rest}`)), (text) => {
        if (cleanQuestion(text).length > MAX_QUESTION_CHARS) expect(parseRequest(text).kind).toBe('too_long');
      }),
      RUNS,
    );
  });

  // BUG (src/reply/parseRequest.ts): the pre-check refuses on the raw length (> 2,000) but reports the
  // trimmed length, so a short question with trailing whitespace is refused as too long with a length
  // under the limit: 'wie is Tokajev?' + ' '.repeat(2000) → { kind: 'too_long', length: 15 }, and the
  // reply reads "That question is 15 characters long; please ask in at most 500". ' '.repeat(2001) gives length 0.
  it('reports a too_long request with a length over the limit', () => {
    const padded = fc.tuple(fc.constantFrom('', 'help', 'wie is Tokajev?'), fc.constantFrom(' ', '\n', '\t'), fc.integer({ min: 1_990, max: 2_100 })).map(([q, space, n]) => q + space.repeat(n));
    fc.assert(
      fc.property(fc.oneof(padded, TEXT), (text) => {
        const request = parseRequest(text);
        if (request.kind === 'too_long') expect(request.length).toBeGreaterThan(MAX_QUESTION_CHARS);
      }),
      RUNS,
    );
  });
});
