/**
 * A slip in a question word ("coutnries", "hoevel", "wanner") would lose what the question asks
 * for ("which countries" wants names, "hoeveel" a figure) before typo correction ever sees it:
 * such a word is read back to the question word it is one slip from. Only a word that is no real
 * English or Dutch word and not a word of the dossier, so "volgen" never becomes "volgens".
 */
import { isRealWord } from '../lexicon/lexicon.js';
import type { DossierIndex } from '../sentenceIndex.js';
import { buildSpelling, type Spelling } from '../spelling.js';
import { CUE_WORDS } from './questionWords.js';

/** Shorter words are too often one slip from some question word; a swap of two letters is safe from three ("hwo", "mnay", "waht"). */
const MIN_LENGTH = 5;
const MIN_SWAPPED = 3;

let cues: Spelling | undefined;

export function cueTypo(word: string, index: Pick<DossierIndex, 'words' | 'lexicon'>): string | undefined {
  if (word.length < MIN_SWAPPED || CUE_WORDS.has(word) || index.words.has(word) || isRealWord(word, index.lexicon)) return undefined;
  cues ??= buildSpelling(CUE_WORDS);
  return cues.swapped(word)[0] ?? (word.length >= MIN_LENGTH ? cues.near(word, 1)[0] : undefined);
}
