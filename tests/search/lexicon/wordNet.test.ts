/** WordNet read in place: lemmas by binary search over sorted index bytes, synsets at their byte offsets. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openWordNet, PARTS_OF_SPEECH, type PartOfSpeech, type WordNetFiles } from '../../../src/search/lexicon/wordNet.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const EMPTY = encode('');
const LICENCE = '  1 This software and database is being provided to you, the LICENSEE, by\n  2 Princeton University under the following license.\n';

interface SynsetSpec {
  id: string;
  type: string;
  /** Lemmas as WordNet writes them (`Collective_Security_Treaty_Organization`, `big(a)`). */
  words: string[];
  /** Pointer symbol, target synset id, target part of speech (`n`, `v`, `a`, `s`, `r`), source/target word numbers. */
  pointers?: Array<[string, string, string, string]>;
  /** Its lexicographer file (03 noun.Tops unless given). */
  lexFile?: number;
}

/** A synset line; every offset is written with eight digits, so its length does not depend on them. */
function synsetLine(s: SynsetSpec, offsetOf: (id: string) => number): string {
  const pad = (n: number): string => String(n).padStart(8, '0');
  const words = s.words.map((w) => `${w} 0`).join(' ');
  const pointers = (s.pointers ?? []).map(([symbol, target, pos, st]) => `${symbol} ${pad(offsetOf(target))} ${pos} ${st}`).join(' ');
  return `${pad(offsetOf(s.id))} ${String(s.lexFile ?? 3).padStart(2, '0')} ${s.type} ${s.words.length.toString(16).padStart(2, '0')} ${words} ${String(s.pointers?.length ?? 0).padStart(3, '0')}${pointers ? ` ${pointers}` : ''} | a gloss; "an example"\n`;
}

/** Where each synset of a data file starts, after the licence lines. */
function layout(synsets: readonly SynsetSpec[]): Record<string, number> {
  const offsets: Record<string, number> = {};
  let at = LICENCE.length;
  for (const s of synsets) {
    offsets[s.id] = at;
    at += synsetLine(s, () => 0).length;
  }
  return offsets;
}

/** A data file; pointers may lead into other files, so offsets come from all of them. */
const dataFile = (synsets: readonly SynsetSpec[], offsets: Record<string, number>): Uint8Array => encode(LICENCE + synsets.map((s) => synsetLine(s, (id) => offsets[id] ?? 0)).join(''));

/** An index file, sorted as WordNet's are: licence lines first, then lemma lines in byte order. */
function indexFile(entries: Array<{ lemma: string; pos: string; pointers?: string[]; tagged: number; offsets: number[] }>): Uint8Array {
  const lines = entries
    .map((e) => [e.lemma, e.pos, e.offsets.length, e.pointers?.length ?? 0, ...(e.pointers ?? []), e.offsets.length, e.tagged, ...e.offsets.map((o) => String(o).padStart(8, '0'))].join(' '))
    .sort((a, b) => (a.split(' ')[0]! < b.split(' ')[0]! ? -1 : 1));
  return encode(`${LICENCE}${lines.join('  \n')}  \n`);
}

const files = (parts: Partial<Record<PartOfSpeech, { index: Uint8Array; data: Uint8Array }>>): WordNetFiles => ({
  index: { n: parts.n?.index ?? EMPTY, v: parts.v?.index ?? EMPTY, a: parts.a?.index ?? EMPTY, r: parts.r?.index ?? EMPTY },
  data: { n: parts.n?.data ?? EMPTY, v: parts.v?.data ?? EMPTY, a: parts.a?.data ?? EMPTY, r: parts.r?.data ?? EMPTY },
});

const NOUNS: SynsetSpec[] = [
  { id: 'arrest', type: 'n', words: ['arrest', 'apprehension', 'catch'], pointers: [['@', 'capture', 'n', '0000'], ['+', 'arrestV', 'v', '0101'], ['!', 'capture', 'n', '0000']] },
  { id: 'capture', type: 'n', words: ['capture', 'gaining_control'], pointers: [['~', 'arrest', 'n', '0000']] },
  { id: 'csto', type: 'n', words: ['Collective_Security_Treaty_Organization', 'CSTO'], pointers: [['@i', 'alliance', 'n', '0000']] },
  { id: 'alliance', type: 'n', words: ['alliance', 'bloc'], lexFile: 14 },
];
const VERBS: SynsetSpec[] = [{ id: 'arrestV', type: 'v', words: ['arrest', 'collar', 'nail', 'apprehend', 'pick_up', 'nab', 'cop'], pointers: [['+', 'arrest', 'n', '0101'], ['@', 'seize', 'v', '0000']] }, { id: 'seize', type: 'v', words: ['seize'] }];
const ADJECTIVES: SynsetSpec[] = [{ id: 'big', type: 's', words: ['big(a)', 'large'], pointers: [['&', 'big', 's', '0000'], ['+', 'capture', 'n', '0201']] }];
const OFFSETS = { ...layout(NOUNS), ...layout(VERBS), ...layout(ADJECTIVES) };
const nouns = { bytes: dataFile(NOUNS, OFFSETS), offsets: layout(NOUNS) };
const verbs = { bytes: dataFile(VERBS, OFFSETS), offsets: layout(VERBS) };
const adjectives = { bytes: dataFile(ADJECTIVES, OFFSETS), offsets: layout(ADJECTIVES) };

const wordNet = openWordNet(
  files({
    n: {
      data: nouns.bytes,
      index: indexFile([
        { lemma: 'alliance', pos: 'n', pointers: ['@', '~'], tagged: 5, offsets: [nouns.offsets.alliance!] },
        { lemma: 'arrest', pos: 'n', pointers: ['@', '+'], tagged: 3, offsets: [nouns.offsets.arrest!, nouns.offsets.capture!] },
        { lemma: 'bloc', pos: 'n', tagged: 0, offsets: [nouns.offsets.alliance!] },
        { lemma: 'collective_security_treaty_organization', pos: 'n', pointers: ['@i'], tagged: 0, offsets: [nouns.offsets.csto!] },
        { lemma: 'csto', pos: 'n', tagged: 0, offsets: [nouns.offsets.csto!] },
      ]),
    },
    v: { data: verbs.bytes, index: indexFile([{ lemma: 'arrest', pos: 'v', pointers: ['+', '@'], tagged: 11, offsets: [verbs.offsets.arrestV!] }, { lemma: 'seize', pos: 'v', tagged: 2, offsets: [verbs.offsets.seize!] }]) },
    a: { data: adjectives.bytes, index: indexFile([{ lemma: 'big', pos: 'a', tagged: 40, offsets: [adjectives.offsets.big!] }]) },
  }),
);

describe('openWordNet: lookup', () => {
  it('finds a lemma in every part of speech, in the order n, v, a, r', () => {
    expect(PARTS_OF_SPEECH).toEqual(['n', 'v', 'a', 'r']);
    expect(wordNet.lookup('arrest')).toEqual([
      { pos: 'n', synsets: [nouns.offsets.arrest, nouns.offsets.capture], taggedSenses: 3 },
      { pos: 'v', synsets: [verbs.offsets.arrestV], taggedSenses: 11 },
    ]);
  });

  it('skips the pointer symbols of an index line to find the tagged count and offsets', () => {
    expect(wordNet.lookup('alliance')).toEqual([{ pos: 'n', synsets: [nouns.offsets.alliance], taggedSenses: 5 }]);
    expect(wordNet.lookup('bloc')).toEqual([{ pos: 'n', synsets: [nouns.offsets.alliance], taggedSenses: 0 }]);
  });

  it('looks up multi-word lemmas with spaces, and any case', () => {
    expect(wordNet.lookup('Collective Security Treaty Organization')).toEqual([{ pos: 'n', synsets: [nouns.offsets.csto], taggedSenses: 0 }]);
    expect(wordNet.lookup('CSTO')).toHaveLength(1);
  });

  it('finds nothing for a lemma that is not there, a prefix of one, or an empty word', () => {
    expect(wordNet.lookup('allian')).toEqual([]);
    expect(wordNet.lookup('arrests')).toEqual([]);
    expect(wordNet.lookup('aardvark')).toEqual([]);
    expect(wordNet.lookup('zzz')).toEqual([]);
    expect(wordNet.lookup('')).toEqual([]);
  });

  it('finds exactly the lemmas of any sorted index (property)', () => {
    const lemma = fc.stringMatching(/^[a-z][a-z_]{0,7}$/u);
    fc.assert(
      fc.property(fc.uniqueArray(lemma, { minLength: 1, maxLength: 60 }), fc.array(lemma, { maxLength: 10 }), (lemmas, probes) => {
        const index = indexFile(lemmas.map((l, i) => ({ lemma: l, pos: 'n', tagged: i, offsets: [1000 + i] })));
        const found = openWordNet(files({ n: { index, data: EMPTY } }));
        expect(lemmas.map((l) => found.lookup(l))).toEqual(lemmas.map((_, i) => [{ pos: 'n', synsets: [1000 + i], taggedSenses: i }]));
        // Neighbours of real lemmas (one letter more or less) and a word longer than any lemma are not there.
        const absent = [...probes, ...lemmas.map((l) => `${l}a`), ...lemmas.map((l) => l.slice(0, -1)), 'zzzzzzzzzz'].filter((p) => !lemmas.includes(p));
        expect(absent.length).toBeGreaterThan(0);
        expect(absent.flatMap((p) => found.lookup(p))).toEqual([]);
      }),
      { seed: 20220106, numRuns: 200 },
    );
  });
});

describe('openWordNet: synset', () => {
  it('reads a synset’s words lowercased, with spaces for underscores', () => {
    expect(wordNet.synset('n', nouns.offsets.csto!)?.words).toEqual(['collective security treaty organization', 'csto']);
    expect(wordNet.synset('n', nouns.offsets.capture!)?.words).toEqual(['capture', 'gaining control']);
  });

  it('reads the lexicographer file: what kind of thing a synset is (noun.group)', () => {
    expect(wordNet.synset('n', nouns.offsets.alliance!)?.lexFile).toBe(14);
    expect(wordNet.synset('n', nouns.offsets.arrest!)?.lexFile).toBe(3);
  });

  it('strips the adjective position marker from a lemma', () => {
    expect(wordNet.synset('a', adjectives.offsets.big!)?.words).toEqual(['big', 'large']);
  });

  it('keeps hypernyms (also of instances) and derivations, with the source and target word, and drops other pointers', () => {
    expect(wordNet.synset('n', nouns.offsets.arrest!)).toEqual({
      words: ['arrest', 'apprehension', 'catch'],
      lexFile: 3,
      pointers: [
        { relation: 'hypernym', pos: 'n', offset: nouns.offsets.capture, sourceWord: 0, targetWord: 0 },
        { relation: 'derivation', pos: 'v', offset: verbs.offsets.arrestV, sourceWord: 1, targetWord: 1 },
      ],
    });
    expect(wordNet.synset('n', nouns.offsets.csto!)?.pointers).toEqual([{ relation: 'hypernym', pos: 'n', offset: nouns.offsets.alliance, sourceWord: 0, targetWord: 0 }]);
    expect(wordNet.synset('n', nouns.offsets.capture!)?.pointers).toEqual([]);
  });

  it('reads an adjective satellite pointer as an adjective', () => {
    expect(wordNet.synset('a', adjectives.offsets.big!)?.pointers).toEqual([{ relation: 'derivation', pos: 'n', offset: nouns.offsets.capture, sourceWord: 2, targetWord: 1 }]);
  });

  it('is undefined for an offset that is not the start of a synset line', () => {
    const offset = nouns.offsets.arrest!;
    expect(wordNet.synset('n', offset + 1)).toBeUndefined();
    expect(wordNet.synset('n', 0)).toBeUndefined();
    expect(wordNet.synset('n', nouns.bytes.length + 10)).toBeUndefined();
    expect(wordNet.synset('r', offset)).toBeUndefined();
    expect(wordNet.synset('n', offset)).toBeDefined();
  });

  it('reads each synset once and remembers it', () => {
    const first = wordNet.synset('v', verbs.offsets.seize!);
    expect(first?.words).toEqual(['seize']);
    expect(wordNet.synset('v', verbs.offsets.seize!)).toBe(first);
  });
});
