/** Glossary files: concept → words per language, with line-numbered problems; dossier additions merged in. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeGlossaries, parseGlossary, type GlossaryConcept } from '../../src/knowledge/glossaryFile.js';

describe('parseGlossary', () => {
  it('reads concepts with their words per language, lowercased and trimmed', () => {
    const text = ['csto:', '  en: [CSTO, Collective Security Treaty Organization]', '  nl: [" CSTO ", Verdragsorganisatie voor Collectieve Veiligheid]', 'arrest:', '  en: [arrest, arrests]', '  nl: [arrestatie, gearresteerd]'].join('\n');
    expect(parseGlossary(text)).toEqual({
      concepts: [
        { name: 'csto', terms: { en: ['csto', 'collective security treaty organization'], nl: ['csto', 'verdragsorganisatie voor collectieve veiligheid'] } },
        { name: 'arrest', terms: { en: ['arrest', 'arrests'], nl: ['arrestatie', 'gearresteerd'] } },
      ],
      problems: [],
    });
  });

  it('takes a single word for a list, numbers as words, and drops what is no word', () => {
    expect(parseGlossary('arrest:\n  en: arrest\n  nl: [arrestatie, 8000, true, null, [x], "  "]\n').concepts).toEqual([{ name: 'arrest', terms: { en: ['arrest'], nl: ['arrestatie', '8000'] } }]);
  });

  it('keeps any language code and a concept named by a number', () => {
    expect(parseGlossary('troepen:\n  en: [troops]\n  de: [Truppen]\n8000:\n  nl: [achtduizend]\n').concepts).toEqual([
      { name: 'troepen', terms: { en: ['troops'], de: ['truppen'] } },
      { name: '8000', terms: { nl: ['achtduizend'] } },
    ]);
  });

  it('ignores a concept without words, at the line of its name, and keeps the others', () => {
    const text = ['leeg:', '  en: []', '  nl: []', 'almaty:', '  nl: [Almaty, Alma-Ata]', 'csto: CSTO', 'geen:'].join('\n');
    const { concepts, problems } = parseGlossary(text);
    expect(concepts).toEqual([{ name: 'almaty', terms: { nl: ['almaty', 'alma-ata'] } }]);
    expect(problems).toEqual([
      { line: 1, message: "concept 'leeg' has no words (expected en: [...] and nl: [...]); ignored" },
      { line: 6, message: "concept 'csto' has no words (expected en: [...] and nl: [...]); ignored" },
      { line: 7, message: "concept 'geen' has no words (expected en: [...] and nl: [...]); ignored" },
    ]);
  });

  it.each([
    ['a repeated concept', 3, 'troepen:\n  en: [troops]\ntroepen:\n  en: [soldiers]\n', /^not valid YAML: Map keys must be unique$/u],
    ['an unclosed list', 3, 'troepen:\n  en: [troops\nalmaty:\n  nl: [Almaty]\n', /^not valid YAML: /u],
    ['a list instead of concepts', 1, '- troepen\n- almaty\n', /^a glossary is a list of concepts: `name:`/u],
    ['nesting far too deep', 1, `troepen: ${'['.repeat(70)}${']'.repeat(70)}\n`, /^YAML nested too deeply \(at most 64 levels\)$/u],
  ])('refuses %s as a whole, at line %d', (_name, line, text, message) => {
    const { concepts, problems } = parseGlossary(text);
    expect(concepts).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(line);
    expect(problems[0]?.message).toMatch(message);
  });

  it('refuses an alias bomb', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]'].join('\n');
    const { concepts, problems } = parseGlossary(bomb);
    expect(concepts).toEqual([]);
    expect(problems).toEqual([{ line: 1, message: expect.stringMatching(/^too many YAML aliases/u) }]);
  });

  it('reads an empty file or one with only comments as an empty glossary', () => {
    expect(parseGlossary('')).toEqual({ concepts: [], problems: [] });
    expect(parseGlossary('# nog geen begrippen\n')).toEqual({ concepts: [], problems: [] });
  });

  // Found by this test and fixed: values are read per concept with `toJSON()` without the document context, so an alias is not
  // resolved. `soldaten: *t` becomes a concept with the words { source: ['t'] }; `en: *l` silently
  // becomes an empty list. Counterexample below (the document itself is valid YAML with two aliases).
  it('resolves YAML aliases like any other value (counterexample: "soldaten: *t" → terms { source: ["t"] })', () => {
    const text = ['troepen: &t', '  en: &l [troops, soldiers]', '  nl: [troepen]', 'soldaten: *t', 'militairen:', '  en: *l', '  nl: [militairen]'].join('\n');
    expect(parseGlossary(text).concepts).toEqual([
      { name: 'troepen', terms: { en: ['troops', 'soldiers'], nl: ['troepen'] } },
      { name: 'soldaten', terms: { en: ['troops', 'soldiers'], nl: ['troepen'] } },
      { name: 'militairen', terms: { en: ['troops', 'soldiers'], nl: ['militairen'] } },
    ]);
  });
});

describe('stands_for', () => {
  it('reads what a concept stands for apart from its words, and merges it', () => {
    const base = parseGlossary('moscow:\n  en: [Moscow]\n  nl: [Moskou]\n  stands_for: [Russia]\n').concepts;
    expect(base).toEqual([{ name: 'moscow', terms: { en: ['moscow'], nl: ['moskou'] }, standsFor: ['russia'] }]);
    const extra = parseGlossary('moscow:\n  stands_for: [russian_government]\n').concepts;
    expect(mergeGlossaries(base, extra)[0]?.standsFor).toEqual(['russia', 'russian_government']);
  });
});

describe('opposite', () => {
  it('reads the opposites apart from the words, and merges them', () => {
    const base = parseGlossary('withdrawal:\n  en: [withdraw]\n  nl: [terugtrekken]\n  opposite: [stay]\n').concepts;
    expect(base).toEqual([{ name: 'withdrawal', terms: { en: ['withdraw'], nl: ['terugtrekken'] }, opposites: ['stay'] }]);
    const extra = parseGlossary('withdrawal:\n  opposite: [remain]\n').concepts;
    expect(mergeGlossaries(base, extra)[0]?.opposites).toEqual(['stay', 'remain']);
  });
});

describe('the', () => {
  it('reads what a concept names with a determiner apart from its words, even alone in a dossier glossary, and merges it', () => {
    const base = parseGlossary('alliance:\n  en: [alliance]\n  nl: [bondgenootschap]\n').concepts;
    const dossier = parseGlossary('alliance:\n  the: [CSTO]\n').concepts;
    expect(dossier).toEqual([{ name: 'alliance', terms: {}, definite: ['csto'] }]);
    expect(mergeGlossaries(base, dossier)).toEqual([{ name: 'alliance', terms: { en: ['alliance'], nl: ['bondgenootschap'] }, definite: ['csto'] }]);
  });
});

describe('mergeGlossaries', () => {
  const base: GlossaryConcept[] = [
    { name: 'arrest', terms: { en: ['arrest'], nl: ['arrestatie', 'gearresteerd'] } },
    { name: 'troops', terms: { en: ['troops'], nl: ['troepen'] } },
  ];
  const dossier: GlossaryConcept[] = [
    { name: 'troops', terms: { nl: ['troepen', 'troepenmacht'], de: ['truppen'] } },
    { name: 'csto', terms: { en: ['csto'], nl: ['csto'] } },
  ];

  it('adds a dossier’s words to a base concept of the same name, and its new concepts after the base', () => {
    expect(mergeGlossaries(base, dossier)).toEqual([
      { name: 'arrest', terms: { en: ['arrest'], nl: ['arrestatie', 'gearresteerd'] } },
      { name: 'troops', terms: { en: ['troops'], nl: ['troepen', 'troepenmacht'], de: ['truppen'] } },
      { name: 'csto', terms: { en: ['csto'], nl: ['csto'] } },
    ]);
  });

  it('leaves the glossaries it merges untouched', () => {
    const before = structuredClone([base, dossier]);
    const merged = mergeGlossaries(base, dossier);
    merged[0]?.terms.en?.push('detained');
    expect([base, dossier]).toEqual(before);
  });

  it('merges nothing into nothing', () => {
    expect(mergeGlossaries()).toEqual([]);
    expect(mergeGlossaries([], [])).toEqual([]);
  });

  it('keeps every word of every concept once, under its name and language, and nothing else (property)', () => {
    const concept = fc.record({
      name: fc.constantFrom('arrest', 'troops', 'csto', 'almaty'),
      terms: fc.dictionary(fc.constantFrom('en', 'nl', 'de'), fc.uniqueArray(fc.constantFrom('troepen', 'csto', 'arrest', 'almaty', 'militairen'), { maxLength: 3 }), { minKeys: 1, maxKeys: 3 }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(concept, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), (glossaries) => {
        const merged = mergeGlossaries(...glossaries);
        const all = glossaries.flat();
        expect(merged.length).toBeGreaterThan(0);
        expect(merged.map((c) => c.name)).toEqual([...new Set(all.map((c) => c.name))]);
        for (const { name, terms } of merged) {
          const sources = all.filter((c) => c.name === name);
          const languages = new Set(sources.flatMap((c) => Object.keys(c.terms)));
          expect(languages.size).toBeGreaterThan(0);
          expect(Object.keys(terms).sort()).toEqual([...languages].sort());
          for (const language of languages) {
            expect(new Set(terms[language])).toEqual(new Set(sources.flatMap((c) => c.terms[language] ?? [])));
            expect(new Set(terms[language]).size).toBe(terms[language]?.length);
          }
        }
      }),
      { seed: 20220106, numRuns: 200 },
    );
  });
});
