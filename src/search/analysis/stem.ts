/**
 * Snowball stemmers (compiled to WebAssembly by `multilingual-stemmer`): Dutch is Snowball 3's
 * Kraaij-Pohlmann `dutch`, which joins gearresteerd/arrestaties/arresteren → `arresteer`;
 * English is Porter2. Both take folded, lowercase words.
 */
import { dutch, english } from 'multilingual-stemmer';

export type Language = 'nl' | 'en';

const cache = { nl: new Map<string, string>(), en: new Map<string, string>() };
const stemmers: Record<Language, (word: string) => string> = { nl: dutch, en: english };

export function stem(word: string, language: Language): string {
  const memo = cache[language];
  let stemmed = memo.get(word);
  if (stemmed === undefined) {
    stemmed = stemmers[language](word);
    if (memo.size < 100_000) memo.set(word, stemmed);
  }
  return stemmed;
}
