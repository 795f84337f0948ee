/**
 * Snowball stemmers (compiled to WebAssembly by `multilingual-stemmer`): Dutch is Snowball 3's
 * Kraaij-Pohlmann `dutch`, which joins gearresteerd/arrestaties/arresteren → `arresteer`;
 * English is Porter2. Both take folded, lowercase words.
 */
import { dutch, english } from 'multilingual-stemmer';

/** Longer than any Dutch or English word: such a token is not analysed further (see decompound.ts). */
export const MAX_WORD_LENGTH = 64;

export type Language = 'nl' | 'en';

const cache = { nl: new Map<string, string>(), en: new Map<string, string>() };
const stemmers: Record<Language, (word: string) => string> = { nl: dutch, en: english };

export function stem(word: string, language: Language): string {
  // A "word" longer than any word is no language: kept as it is, never fed to the stemmer.
  if (word.length > MAX_WORD_LENGTH) return word;
  const memo = cache[language];
  let stemmed = memo.get(word);
  if (stemmed === undefined) {
    stemmed = stemmers[language](word);
    if (memo.size < 100_000) memo.set(word, stemmed);
  }
  return stemmed;
}
