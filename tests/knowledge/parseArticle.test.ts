/** One article file's text → an Article with numbered paragraphs, or the reasons it cannot serve. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/parseArticle.js';
import { KNOWLEDGE } from '../helpers/seeds.js';

const parse = (text: string, defaultLanguage = 'nl') => parseArticle({ id: 'kazakhstan/tokajev', dossierId: 'kazakhstan', file: 'knowledge/kazakhstan/tokajev.md', text, defaultLanguage });
const FILE = 'knowledge/kazakhstan/tokajev.md';

const ARTICLE = [
  '---', // 1
  'title: Tokajev spreekt van staatsgreep', // 2
  'source: de Volkskrant', // 3
  'date: 2022-01-10', // 4
  '---', // 5
  'De Kazachse president Tokajev spreekt van een staatsgreep. Hij zei maandag dat de acties gecoördineerd waren.', // 6
  '', // 7
  'Beeld ANP', // 8
  '', // 9
  '‘Terroristen’', // 10
  '', // 11
  'Zijn veiligheidsdiensten meldden maandag dat er bijna 8.000 mensen zijn gearresteerd.', // 12
  'Dat is slechts een klein deel van het aantal tegenstanders.', // 13
].join('\n');

describe('parseArticle', () => {
  it('turns a well-formed file into an article: metadata, numbered body paragraphs, headings and captions apart', () => {
    const { article, problems } = parse(ARTICLE);
    expect(problems).toEqual([]);
    expect(article).toEqual({
      title: 'Tokajev spreekt van staatsgreep',
      titleDerived: false,
      source: 'de Volkskrant',
      date: '2022-01-10',
      language: 'nl',
      id: 'kazakhstan/tokajev',
      dossierId: 'kazakhstan',
      file: FILE,
      paragraphs: [
        { number: 1, line: 6, text: 'De Kazachse president Tokajev spreekt van een staatsgreep. Hij zei maandag dat de acties gecoördineerd waren.', sentences: ['De Kazachse president Tokajev spreekt van een staatsgreep.', 'Hij zei maandag dat de acties gecoördineerd waren.'] },
        {
          number: 2,
          line: 12,
          heading: '‘Terroristen’',
          text: 'Zijn veiligheidsdiensten meldden maandag dat er bijna 8.000 mensen zijn gearresteerd. Dat is slechts een klein deel van het aantal tegenstanders.',
          sentences: ['Zijn veiligheidsdiensten meldden maandag dat er bijna 8.000 mensen zijn gearresteerd.', 'Dat is slechts een klein deel van het aantal tegenstanders.'],
        },
      ],
      headings: [{ text: '‘Terroristen’', line: 10 }],
      captions: [{ text: 'Beeld ANP', line: 8 }],
    });
  });

  it('takes the date from a `date …` prefix glued to the text when the front matter has none', () => {
    const { article, problems } = parse('---\ntitle: Rusland stuurt troepen\ndate: unknown\n---\ndate 2022-01 Rusland heeft troepen gestuurd naar buurland Kazachstan.\n');
    expect(problems).toEqual([]);
    expect(article?.date).toBe('2022-01');
    expect(article?.paragraphs.map((p) => p.text)).toEqual(['Rusland heeft troepen gestuurd naar buurland Kazachstan.']);
  });

  it('lets the front matter date win over a prefix', () => {
    const { article } = parse('---\ntitle: Rusland stuurt troepen\ndate: 2022-01-06\n---\ndatum 1-1-2022 Rusland heeft troepen gestuurd.\n');
    expect(article?.date).toBe('2022-01-06');
  });

  it('serves an article with an unknown key, with a warning at that key’s line', () => {
    const { article, problems } = parse('---\ntitle: Tokajev\nauteur: Jan Smit\n---\nTokajev spreekt van een staatsgreep.\n');
    expect(article?.title).toBe('Tokajev');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line: 3, severity: 'warning' });
    expect(problems[0]?.message).toMatch(/^unknown key 'auteur' ignored/u);
  });

  it('uses the dossier language unless the article names its own', () => {
    expect(parse('---\ntitle: Troops\n---\nRussian troops arrived in Almaty.\n', 'en').article?.language).toBe('en');
    expect(parse('---\ntitle: Troops\nlanguage: en\n---\nRussian troops arrived in Almaty.\n', 'nl').article?.language).toBe('en');
  });

  it.each([
    ['no front matter', 'Rusland heeft troepen gestuurd.\n', 1, /^no front matter/u],
    ['front matter never closed', '---\ntitle: Tokajev\nRusland heeft troepen gestuurd.\n', 1, /^front matter is not closed/u],
    ['a YAML mistake', '---\ntitle: Tokajev\nsource: de Volkskrant: opinie\n---\nTekst.\n', 3, /^front matter is not valid YAML/u],
    ['a bad date', '---\ntitle: Tokajev\nsource: ANP\ndate: 2022-13\n---\nTekst.\n', 4, /^unknown date format '2022-13'/u],
    ['no text after the front matter', '---\ntitle: Tokajev\n---\n\n   \n', 4, /^the article has no text after the front matter$/u],
    ['only a heading and a caption', '---\ntitle: Tokajev\n---\n## Inmenging\n\nBeeld ANP\n', 4, /^no body text found: every line looks like a heading or photo caption$/u],
  ])('leaves the article out for %s, with the line to fix', (_name, text, line, message) => {
    const { article, problems } = parse(text);
    expect(article).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: FILE, line, severity: 'error' });
    expect(problems[0]?.message).toMatch(message);
  });

  it('reports every metadata error at once', () => {
    const { article, problems } = parse('---\nsource: ANP\ndate: 2022-02-30\nurl: www.volkskrant.nl\n---\nTekst.\n');
    expect(article).toBeUndefined();
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [undefined, 'error'],
      [3, 'error'],
      [4, 'error'],
    ]);
    expect(problems[0]).not.toHaveProperty('line');
  });

  // Found by this test and fixed: a date from a `date …`/`datum …` prefix is taken without the check front matter dates get
  // (isValidDate), so an impossible date reaches Article.date. The same date in the front matter is
  // an error. Counterexamples: "date 2022-13 …" → date '2022-13'; "datum 31-2-2022 …" → '2022-02-31'.
  it('never takes an impossible date from a prefix (counterexample: "date 2022-13 Rusland …" → date "2022-13")', () => {
    expect(parse('---\ntitle: Rusland\ndate: unknown\n---\ndate 2022-13 Rusland heeft troepen gestuurd.\n').article?.date).toBeUndefined();
    expect(parse('---\ntitle: Rusland\n---\ndatum 31-2-2022 Rusland heeft troepen gestuurd.\n').article?.date).toBeUndefined();
  });

  describe('on the bundled test dossier', () => {
    const bundled = (name: string) =>
      parseArticle({ id: `kazakhstan/${name}`, dossierId: 'kazakhstan', file: `${name}.md`, text: readFileSync(path.join(KNOWLEDGE, 'kazakhstan', `${name}.md`), 'utf8'), defaultLanguage: 'nl' });

    it('reads the Russian-troops article: derived title, month date, unknown source, credits and headings apart', () => {
      const { article, problems } = bundled('rusland-stuurt-troepen');
      expect(problems).toEqual([]);
      expect(article).toMatchObject({ title: 'Rusland heeft troepen gestuurd naar buurland Kazachstan…', titleDerived: true, date: '2022-01', language: 'nl' });
      expect(article).not.toHaveProperty('source');
      expect(article?.captions.map((c) => c.text)).toEqual(['Beeld Thijs van Dalen', 'Brand in het burgemeesterskantoor van Almaty, gisteren. Beeld Valery Sharifulin/TASS']);
      expect(article?.headings.map((h) => h.text)).toEqual(['In het buitenland getraind', 'Neerslaan van een volksoproer', 'Paratroepers niet toegerust']);
      expect(article?.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });

    it('reads the Tokajev article with `date: unknown` as having no date', () => {
      const { article, problems } = bundled('tokajev-staatsgreep');
      expect(problems).toEqual([]);
      expect(article).not.toHaveProperty('date');
      expect(article?.captions.map((c) => c.text)).toEqual(['Beeld EPA', 'President Kassym-Jomart Tokajev van Kazachstan Beeld AP']);
      expect(article?.headings.map((h) => h.text)).toEqual(['‘Terroristen’', '‘Inmenging’']);
      const arrests = article?.paragraphs.find((p) => p.sentences.some((s) => s.includes('bijna 8.000 mensen')));
      expect(arrests?.heading).toBe('‘Terroristen’');
    });
  });
});
