/**
 * A slip in a question word ("coutnries", "hoevel", "wanner") would lose what the question asks
 * for ("which countries" wants names, "hoeveel" a figure) before typo correction ever sees it:
 * such a word is read back to the question word it is one slip from. Only a word that is no real
 * English or Dutch word and not a word of the dossier, so "volgen" never becomes "volgens". A slip
 * in a long filler ("eigenljk") is read as the filler, so that it is dropped, not searched.
 */
import { isRealWord } from '../lexicon/lexicon.js';
import type { DossierIndex } from '../sentenceIndex.js';
import { buildSpelling, type Spelling } from '../spelling.js';
import { kept, remembered } from '../../lists/remembered.js';
import { CUE_WORDS } from './questionWords.js';
import { DUTCH_STOPWORDS, ENGLISH_STOPWORDS } from '../analysis/stopwords.js';

/** Shorter words are too often one slip from some question word; a swap of two letters is safe from three ("mnay", "waht", "wehn"). */
const MIN_LENGTH = 5;
const MIN_CUE_SWAP = 3;
/** A slip in a long filler ("eigenljk", "actualy") is read as the filler, which the question then drops; short ones are too near other words. */
const MIN_FILLER = 6;
const FILLERS: readonly string[] = [...DUTCH_STOPWORDS, ...ENGLISH_STOPWORDS].filter((word) => word.length >= MIN_FILLER);

let cues: Spelling | undefined;
let fillers: Spelling | undefined;

/** Per dossier vocabulary, each word's reading (undefined: none), bounded: every word of every question is looked at. */
const MEMO_LIMIT = 20_000;
const memos = new WeakMap<object, Map<string, string | undefined>>();

export function cueTypo(word: string, index: Pick<DossierIndex, 'words' | 'lexicon'>): string | undefined {
  const memo = kept(memos, index.words, () => new Map());
  return remembered(memo, word, MEMO_LIMIT, () => readAs(word, index));
}

function readAs(word: string, index: Pick<DossierIndex, 'words' | 'lexicon'>): string | undefined {
  if (word.length < MIN_CUE_SWAP || CUE_WORDS.has(word) || index.words.has(word) || isRealWord(word, index.lexicon)) return undefined;
  cues ??= buildSpelling(CUE_WORDS);
  // Two question words one swap away ("hwo": how, or who with its first letters swapped) is no reading at all.
  const swapped = cues.swapped(word);
  const firstSwapped = `${word[1] ?? ''}${word[0] ?? ''}${word.slice(2)}`;
  if (swapped.length > 0) return swapped.length === 1 && !CUE_WORDS.has(firstSwapped) ? swapped[0] : undefined;
  const cue = word.length >= MIN_LENGTH ? cues.near(word, 1)[0] : undefined;
  if (cue !== undefined || word.length < MIN_FILLER) return cue;
  fillers ??= buildSpelling(FILLERS);
  const filler = fillers.near(word, 1);
  return filler.length === 1 ? filler[0] : undefined;
}
