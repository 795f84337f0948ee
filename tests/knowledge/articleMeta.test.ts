import { describe, expect, it } from 'vitest';
import { parseArticleMeta, type MetaResult } from '../../src/knowledge/articleMeta.js';
import { splitFrontMatter } from '../../src/knowledge/frontMatter.js';

/** The metadata of a file whose front matter is `lines` (file line 2 is the first of them). */
function meta(lines: string[], defaultLanguage = 'nl'): MetaResult {
  const split = splitFrontMatter(`---\n${lines.join('\n')}\n---\nTokajev spreekt van een staatsgreep.\n`);
  if (!split.ok) throw new Error(split.message);
  return parseArticleMeta(split.value, defaultLanguage);
}

function errorsOf(result: MetaResult): Array<{ line?: number; message: string }> {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parseArticleMeta', () => {
  it('reads a complete front matter', () => {
    const result = meta(['title: Tokajev spreekt van staatsgreep', 'source: de Volkskrant', 'date: 2022-01-10', 'url: https://www.volkskrant.nl/a', 'language: nl']);
    expect(result).toEqual({
      ok: true,
      warnings: [],
      meta: { title: 'Tokajev spreekt van staatsgreep', titleDerived: false, source: 'de Volkskrant', date: '2022-01-10', url: 'https://www.volkskrant.nl/a', language: 'nl' },
    });
  });

  it('keeps unknown unknown: `unknown`, `onbekend` and empty values leave the field out', () => {
    const result = meta(['title: Bijna 8.000 arrestaties', 'source: Onbekend', 'date: unknown', 'url: UNKNOWN', "language: ''"]);
    expect(result).toEqual({ ok: true, warnings: [], meta: { title: 'Bijna 8.000 arrestaties', titleDerived: false, language: 'nl' } });
  });

  it('uses the dossier language when the article names none', () => {
    const result = meta(['title: Russian troops in Almaty'], 'en');
    expect(result.ok && result.meta.language).toBe('en');
  });

  it('reads title_derived and numbers written as values', () => {
    const result = meta(['title: 2022', 'title_derived: true', 'source: 164']);
    expect(result.ok && result.meta).toEqual({ title: '2022', titleDerived: true, source: '164', language: 'nl' });
  });

  it.each([
    [['source: de Volkskrant'], undefined],
    [['title:', 'source: de Volkskrant'], 2],
    [['source: de Volkskrant', 'title: onbekend'], 3],
    [['source: ANP', 'title: [Tokajev]'], 3],
  ])('reports a missing title (%j) at line %s', (lines, line) => {
    const [error, ...others] = errorsOf(meta(lines));
    expect(others).toEqual([]);
    expect(error?.message).toMatch(/missing 'title'.*title_derived: true/u);
    expect(error?.line).toBe(line);
  });

  it('reports every mistake at the file line of its key, and serves nothing', () => {
    const errors = errorsOf(meta(['title: Tokajev', 'date: 2022-02-30', 'url: ftp://example.org/a', 'language: EN', 'title_derived: ja', 'source: [ANP]']));
    expect(errors).toEqual([
      { line: 7, message: "'source' must be text, e.g. de Volkskrant" },
      { line: 3, message: "unknown date format '2022-02-30': use YYYY-MM-DD or YYYY-MM (or 'unknown')" },
      { line: 4, message: "'url' must be an http(s) link, got 'ftp://example.org/a'" },
      { line: 5, message: "'language' must be a two-letter code such as nl or en" },
      { line: 6, message: "'title_derived' must be true or false" },
    ]);
  });

  it('reads a bare year as a number and refuses it as a date', () => {
    expect(errorsOf(meta(['title: Tokajev', 'date: 2022']))).toEqual([{ line: 3, message: "unknown date format '2022': use YYYY-MM-DD or YYYY-MM (or 'unknown')" }]);
  });

  it('warns about an unknown key at its line, and still serves the article', () => {
    const result = meta(['title: Tokajev', 'auteur: Jan Smit', 'date: 2022-01']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.meta.date).toBe('2022-01');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ line: 3 });
    expect(result.warnings[0]?.message).toMatch(/^unknown key 'auteur' ignored \(known: title, title_derived, source, date, url, language\)$/u);
  });

  it('refuses front matter that is not key: value lines, at its first line', () => {
    expect(errorsOf(meta(['- Tokajev', '- Almaty']))).toEqual([{ line: 2, message: 'front matter must be key: value lines (title, source, date, …)' }]);
    expect(errorsOf(meta(['# only a comment']))).toEqual([{ line: 2, message: 'front matter must be key: value lines (title, source, date, …)' }]);
  });

  it('refuses an alias bomb at the first front matter line', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'title: Tokajev'];
    const errors = errorsOf(meta(bomb));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(2);
    expect(errors[0]?.message).toMatch(/^too many YAML aliases/u);
  });
});
