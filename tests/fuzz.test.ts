/**
 * Fuzzing with a seeded generator: random Unicode (right-to-left, zero-width, lone surrogates,
 * control characters), Slack markup, huge numbers, regex metacharacters and long tokens, through
 * answer(), the Slack and terminal renderers and the article loader. No exception, every highlight
 * inside its sentence, and every message within Block Kit's limits. (Time per input is measured in
 * `npm run bench`, not here.)
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../src/answer/answer.js';
import { renderReply } from '../src/console/renderReply.js';
import { parseArticle } from '../src/knowledge/parseArticle.js';
import { replyToText } from '../src/reply/replyTo.js';
import { replyMessage } from '../src/slack/blocks/replyMessage.js';
import { MAX_BLOCKS, MAX_SECTION_TEXT } from '../src/slack/blocks/limits.js';
import { seededRandom } from './helpers/seededRandom.js';
import { tinyIndex } from './helpers/tinyDossier.js';

const PIECES = [
  'troepen', 'Tokajev', 'hoeveel', 'doden', 'why', 'CSTO-lidstaten', '8.000', '99999999999999999999999', '1e308', '-0', 'NaN',
  '\u202Eرأس المال\u202C', '\u200B', '\u200D', '\uFEFF', '\uD800', '\uDFFF', '\u0000', '\u0007', '\t', '\r\n', '😀', 'é', 'ß', 'İ',
  '<@U123|jan>', '<!channel>', '<#C123|desk>', '<https://x.test|link>', ':eyes:', '*bold*', '_it_', '~s~', '`code`', '&amp;', '<', '>', '&',
  '.*', '(?:', '[a-', '\\', '$1', '^$', '|', '+++', '{{}}', 'a'.repeat(70), 'troepen'.repeat(50), '--', '...', '?', '!', '"', '‘', '’', '“', '”',
];

function input(next: () => number): string {
  const length = 1 + Math.floor(next() * 12);
  return Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)] as string).join(next() < 0.5 ? ' ' : '');
}

const index = tinyIndex({
  a: ['Rusland stuurde troepen naar Kazachstan. Tokajev zei maandag dat er bijna 8.000 mensen zijn gearresteerd.', 'Zeker 16 doden vielen in Almaty, aldus de politie.'],
  b: ['De CSTO-lidstaten stuurden ruim tweeduizend militairen.'],
});

describe('fuzzing the question path', () => {
  it('answers 500 random inputs without an exception, every highlight inside its sentence, every message within Block Kit limits', () => {
    const next = seededRandom(20221129);
    for (let i = 0; i < 500; i++) {
      const text = input(next);
      const result = answer(text, { index });
      for (const r of result.results) {
        for (const [start, end] of r.highlights) {
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(r.text.length);
          expect(start).toBeLessThan(end);
        }
      }
      const reply = replyToText(text, index);
      expect(typeof renderReply(reply)).toBe('string');
      const message = replyMessage(reply, { surface: 'ephemeral' });
      expect(message.text.length).toBeGreaterThan(0);
      expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
      for (const block of message.blocks) expect(((block as { text?: { text?: string } }).text?.text ?? '').length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    }
  });
});

describe('fuzzing the loader', () => {
  it('parses 300 random article files without an exception: an article, or problems naming the file', () => {
    const next = seededRandom(11);
    for (let i = 0; i < 300; i++) {
      const front = next() < 0.3 ? input(next) : `title: ${input(next)}\nsource: ${input(next)}\ndate: ${next() < 0.5 ? '2022-01-06' : input(next)}`;
      const text = `${next() < 0.9 ? '---\n' : ''}${front}\n---\n${Array.from({ length: 1 + Math.floor(next() * 4) }, () => input(next)).join('\n\n')}\n`;
      const parsed = parseArticle({ id: `fuzz/a${i}`, dossierId: 'fuzz', file: `a${i}.md`, text, defaultLanguage: 'nl' });
      expect(parsed.article !== undefined || parsed.problems.length > 0).toBe(true);
      for (const problem of parsed.problems) expect(problem.file).toBe(`a${i}.md`);
    }
  });
});
