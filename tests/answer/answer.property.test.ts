/**
 * Properties of answer() over a small dossier, for arbitrary questions: a mix of the dossier's own
 * words, English and Dutch question words, typos, punctuation and Slack markup. The contract is
 * src/answer/types.ts: verbatim sentences, best first, full answers before partial ones, a gap when
 * nothing answers exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { cleanQuestion } from '../../src/search/query/cleanQuestion.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const RUNS = { numRuns: 150 };

const ARTICLES: Record<string, string[]> = {
  troepen: [
    'Rusland stuurde troepen naar Kazachstan. Tokajev zei maandag dat er bijna 8.000 mensen zijn gearresteerd.',
    'Zeker 16 doden vielen in Almaty, aldus de politie. De CSTO-lidstaten stuurden ruim tweeduizend militairen.',
  ],
  staatsgreep: [
    'President Tokajev sprak van een poging tot staatsgreep. Volgens hem waren “terroristen” uit het buitenland betrokken.',
    'Oud-president Nazarbajev trad in 2019 af, maar hield veel macht. Hij is 81 jaar oud.',
    'De protesten begonnen op 2 januari in Zjanaozen, waar de gasprijs was verdubbeld.',
  ],
  vliegveld: ['De troepen bezetten gisteren het vliegveld van Almaty. Het vliegveld was dagenlang gesloten.'],
  olie: ['Kazachstan produceert 1,6 miljoen vaten olie per dag.', 'De brandstofprijzen stegen snel, want de regering schrapte een prijsplafond.'],
};
const GLOSSARY = `
troops:
  en: [troops, soldiers]
  nl: [troepen, militairen, soldaten]
airport:
  en: [airport]
  nl: [vliegveld, luchthaven]
arrests:
  en: [arrested, arrests]
  nl: [gearresteerd, arrestaties, opgepakt]
`;

const index = tinyIndex(ARTICLES, GLOSSARY);
const PARAGRAPHS = Object.values(ARTICLES).flat();
const SENTENCES = new Set(index.sentences.map((s) => s.text));

const DOSSIER_WORDS = [...new Set(PARAGRAPHS.join(' ').match(/[\p{L}\p{N}][\p{L}\p{N}.,-]*[\p{L}\p{N}]|\p{L}/gu) ?? [])];
const OTHER_WORDS = ['how', 'many', 'who', 'why', 'when', 'where', 'is', 'the', 'troops', 'soldiers', 'airport', 'arrested', 'killed', 'price', 'hoeveel', 'wie', 'wanneer', 'waarom', 'waar', 'wat', 'welke', 'vaccine', 'football', 'oud', 'jaar', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
const NOISE = ['?', '!', ',', '.', '"', '“', '”', '(', ')', '-', '…', '<@U123|jan>', '<!channel>', '<#C1|desk>', '<https://x.test|link>', 'https://nos.nl/a', ':eyes:', '*', '_', '`', '&amp;', '&lt;', '<', '>', '&'];

/** A dossier word with one slip: the typos "did you mean" and correction exist for. */
const TYPO = fc.tuple(fc.constantFrom(...DOSSIER_WORDS.filter((w) => w.length > 3)), fc.nat()).map(([word, at]) => {
  const i = 1 + (at % (word.length - 2));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
});
const TOKEN = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...DOSSIER_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...OTHER_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NOISE) },
  { weight: 1, arbitrary: TYPO },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
/** Words of one sentence, with a question word and noise: the questions that do find answers. */
const FOCUSED = fc
  .tuple(fc.constantFrom(...SENTENCES), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.constantFrom('', ...OTHER_WORDS), fc.constantFrom('', ...NOISE))
  .map(([sentence, picks, asked, noise]) => {
    const words = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}.,-]*[\p{L}\p{N}]|\p{L}/gu) ?? [];
    return [asked, ...picks.map((i) => words[i % words.length] ?? ''), noise].join(' ');
  });
const QUESTION = fc.oneof(
  { weight: 4, arbitrary: FOCUSED },
  { weight: 6, arbitrary: fc.array(TOKEN, { maxLength: 8 }).chain((tokens) => fc.tuple(...tokens.map(() => fc.constantFrom(' ', ' ', '', '\n'))).map((gaps) => tokens.map((t, i) => t + gaps[i]).join(''))) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);
const PAGE = fc.record({ limit: fc.integer({ min: 0, max: 8 }), offset: fc.integer({ min: 0, max: 3 }) });

describe('answer() (properties)', () => {
  it('never throws; every result is verbatim one of the dossier’s sentences, cited to its article, within the limit', () => {
    fc.assert(
      fc.property(QUESTION, PAGE, (question, { limit, offset }) => {
        const result = answer(question, { index, limit, offset });
        expect(result.query).toBe(cleanQuestion(question));
        expect(result.results.length).toBeLessThanOrEqual(limit);
        expect(result.more).toBeGreaterThanOrEqual(0);
        for (const r of result.results) {
          expect(SENTENCES.has(r.text)).toBe(true);
          expect(PARAGRAPHS.some((p) => p.includes(r.text))).toBe(true);
          expect(index.articles.has(r.citation.articleId)).toBe(true);
          expect(index.sentences.some((s) => s.articleId === r.citation.articleId && s.paragraph === r.citation.paragraph && s.sentence === r.citation.sentence && s.text === r.text)).toBe(true);
        }
        const places = result.results.map((r) => `${r.citation.articleId}:${r.citation.paragraph}:${r.citation.sentence}`);
        expect(new Set(places).size).toBe(places.length);
      }),
      RUNS,
    );
  });

  it('orders results best first: scores never rise, full answers (from 0.5) before partial ones (at most 0.5)', () => {
    fc.assert(
      fc.property(QUESTION, PAGE, (question, { limit, offset }) => {
        const { results } = answer(question, { index, limit, offset });
        const scores = results.map((r) => r.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        const matches = results.map((r) => r.match);
        expect(matches).toEqual([...matches].sort((a, b) => Number(a === 'partial') - Number(b === 'partial')));
        for (const r of results) {
          expect(Number.isFinite(r.score)).toBe(true);
          // Full answers score above 0.5 (rank.ts), rounded to three decimals here.
          if (r.match === 'full') expect(r.score).toBeGreaterThanOrEqual(0.5);
          else expect(r.score).toBeLessThanOrEqual(0.5);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it('sets `gap` exactly when no full answer leads: never beside a full result, always when the first page has none', () => {
    fc.assert(
      fc.property(QUESTION, PAGE, (question, { limit, offset }) => {
        const { results, gap } = answer(question, { index, limit, offset });
        if (results.some((r) => r.match === 'full')) expect(gap).toBeNull();
        if (offset === 0 && !results.some((r) => r.match === 'full')) expect(gap).not.toBeNull();
      }),
      RUNS,
    );
  });

  it('highlights non-empty, disjoint ranges inside each sentence, in order', () => {
    fc.assert(
      fc.property(QUESTION, (question) => {
        for (const r of answer(question, { index, limit: 8 }).results) {
          let previousEnd = -1;
          for (const [start, end] of r.highlights) {
            expect(start).toBeGreaterThan(previousEnd);
            expect(start).toBeLessThan(end);
            expect(end).toBeLessThanOrEqual(r.text.length);
            previousEnd = end;
          }
        }
      }),
      RUNS,
    );
  });

  it('pages consistently: a page at an offset is that slice of a longer first page, and the answer is deterministic', () => {
    fc.assert(
      fc.property(QUESTION, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), (question, offset, limit) => {
        const long = answer(question, { index, limit: offset + limit });
        const page = answer(question, { index, offset, limit });
        expect(page.results).toEqual(long.results.slice(offset));
        expect(answer(question, { index, offset, limit })).toEqual(page);
      }),
      { numRuns: 100 },
    );
  });
});
