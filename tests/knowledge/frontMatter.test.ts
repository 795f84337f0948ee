/** `---`-delimited YAML front matter: split from the body, with mistakes reported by file line. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineOfFrontMatterKey, splitFrontMatter, type FrontMatter, type FrontMatterResult } from '../../src/knowledge/frontMatter.js';

function ok(result: FrontMatterResult): FrontMatter {
  if (!result.ok) throw new Error(`expected front matter, got line ${result.line}: ${result.message}`);
  return result.value;
}

const ARTICLE = ['---', 'title: Tokajev spreekt van staatsgreep', 'source: de Volkskrant', 'date: 2022-01-10', '---', 'De Kazachse president Tokajev spreekt van een staatsgreep.', '', 'Beeld ANP'].join('\n');

describe('splitFrontMatter', () => {
  it('splits the YAML from the body and says where each starts', () => {
    const front = ok(splitFrontMatter(ARTICLE));
    expect(front.firstLine).toBe(2);
    expect(front.bodyLine).toBe(6);
    expect(front.body).toBe('De Kazachse president Tokajev spreekt van een staatsgreep.\n\nBeeld ANP');
    expect(front.document.toJS()).toEqual({ title: 'Tokajev spreekt van staatsgreep', source: 'de Volkskrant', date: '2022-01-10' });
  });

  it('reads Windows line ends and delimiters with spaces around them', () => {
    const front = ok(splitFrontMatter('  ---  \r\ntitle: Almaty\r\n---\t\r\nEerste zin.\r\nTweede zin.'));
    expect(front.document.toJS()).toEqual({ title: 'Almaty' });
    expect(front.body).toBe('Eerste zin.\nTweede zin.');
    expect(front.bodyLine).toBe(4);
  });

  it('ends the front matter at the first closing line; later `---` lines are body', () => {
    const front = ok(splitFrontMatter('---\ntitle: CSTO\n---\nEerste deel.\n---\nTweede deel.'));
    expect(front.body).toBe('Eerste deel.\n---\nTweede deel.');
  });

  it('accepts empty front matter (what is missing is for the metadata check to say)', () => {
    const front = ok(splitFrontMatter('---\n---\nTekst.'));
    expect(front.document.contents).toBeNull();
    expect(front.bodyLine).toBe(3);
  });

  it.each([
    ['Rusland heeft troepen gestuurd.', 1, /^no front matter: the file must start with a '---' line/u],
    ['\n---\ntitle: x\n---\nTekst.', 1, /^no front matter/u],
    ['title: Tokajev\n---\nTekst.', 1, /^no front matter/u],
    ['---\ntitle: Tokajev\nTekst zonder einde van de front matter.', 1, /^front matter is not closed: no second '---' line$/u],
    ['---\ntitle: Tokajev\ntitle: Poetin\n---\nTekst.', 3, /^front matter is not valid YAML: Map keys must be unique$/u],
    ['---\ntitle: Tokajev\nsource: de Volkskrant: opinie\n---\nTekst.', 3, /^front matter is not valid YAML: Nested mappings/u],
    ['---\ntitle: "Tokajev\n---\nTekst.', 2, /^front matter is not valid YAML: Missing closing "quote$/u],
    ['---\ntitle: Tokajev\nsource: ANP\ndate: [2022\n---\nTekst.', 4, /^front matter is not valid YAML: /u],
    [`---\ntitle: ${'['.repeat(65)}\n---\nTekst.`, 2, /^front matter: YAML nested too deeply \(at most 64 levels\)$/u],
  ])('refuses %j at line %d', (text, line, message) => {
    const result = splitFrontMatter(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(line);
    expect(result.message).toMatch(message);
  });

  it('gives back the body exactly as written, and its first line (property)', () => {
    const line = fc.oneof(fc.string({ maxLength: 30 }).filter((s) => !/[\r\n]/u.test(s)), fc.constantFrom('---', '', 'Beeld ANP', '# Kop', 'title: x'));
    fc.assert(
      fc.property(fc.subarray(['title: Tokajev', 'source: ANP', 'date: 2022-01', '# opmerking']), fc.array(line, { maxLength: 8 }), (yaml, bodyLines) => {
        const front = ok(splitFrontMatter(['---', ...yaml, '---', ...bodyLines].join('\n')));
        expect(front.body).toBe(bodyLines.join('\n'));
        expect(front.bodyLine).toBe(yaml.length + 3);
      }),
      { seed: 20220106, numRuns: 200 },
    );
  });
});

describe('lineOfFrontMatterKey', () => {
  it('gives the file line where a key is written', () => {
    const front = ok(splitFrontMatter(ARTICLE));
    expect(lineOfFrontMatterKey(front, 'title')).toBe(2);
    expect(lineOfFrontMatterKey(front, 'date')).toBe(4);
  });

  it('counts comment lines, and finds a value written on the next line there', () => {
    const front = ok(splitFrontMatter('---\n# geen kop geleverd\ntitle_derived: true\ntitle:\n  Rusland stuurt troepen\n---\nTekst.'));
    expect(lineOfFrontMatterKey(front, 'title_derived')).toBe(3);
    expect(lineOfFrontMatterKey(front, 'title')).toBe(5);
  });

  it('is undefined for a key that is not there', () => {
    expect(lineOfFrontMatterKey(ok(splitFrontMatter(ARTICLE)), 'url')).toBeUndefined();
  });
});
