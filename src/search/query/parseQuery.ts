/**
 * A reporter's question → its content words and what kind of answer it wants.
 * `how many people were arrested` → words [people, arrested], intents {figure}.
 */
import { fold } from '../analysis/fold.js';
import { isStopword } from '../analysis/stopwords.js';
import { tokenize } from '../analysis/tokenize.js';
import { expandContractions } from './contractions.js';
import { readQuestionWords, type Intent } from './questionWords.js';
import { expandShorthand } from './shorthand.js';

export interface QueryWord {
  /** As typed. */
  surface: string;
  folded: string;
  isNumber: boolean;
}

export interface ParsedQuery {
  text: string;
  intents: Set<Intent>;
  /** Content words in query order; question words and stop words removed. */
  words: QueryWord[];
}

/** Queries are cut to this many content words: beyond it, a "question" is a pasted text. */
export const MAX_QUERY_WORDS = 24;

/** `respell`: what a folded word was meant to be, when it is a slip ("coutnries" → countries); undefined to keep it. */
export function parseQuery(text: string, respell: (folded: string) => string | undefined = () => undefined): ParsedQuery {
  const tokens = tokenize(expandContractions(text));
  const folded = tokens.map((t) => fold(t.surface)).map((word) => respell(word) ?? word);
  const { intents, consumed } = readQuestionWords(folded);
  const words: QueryWord[] = [];
  tokens.forEach((token, i) => {
    const word = folded[i] ?? '';
    if (consumed.has(i)) return;
    if (!token.isNumber && isStopword(word, ['nl', 'en'])) return;
    const expanded = expandShorthand(word);
    words.push({ surface: token.surface, folded: expanded?.word ?? word, isNumber: expanded?.isNumber ?? token.isNumber });
  });
  return { text, intents, words: words.slice(0, MAX_QUERY_WORDS) };
}
