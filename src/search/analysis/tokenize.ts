/**
 * Word tokens with their character offsets in the original text (for highlighting).
 * Numbers keep their Dutch separators (`8.000`, `1,6`); hyphenated words and `zo'n` stay one token.
 */

export interface Token {
  /** The text exactly as written. */
  surface: string;
  start: number;
  end: number;
  /** True for a number such as `164`, `8.000`, `1,6`. */
  isNumber: boolean;
}

// A number with thousands/decimal separators, or a word whose parts are joined by - or '.
const TOKEN = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}\p{M}]+(?:['’‐‑-][\p{L}\p{N}\p{M}]+)*/gu;
const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;

/** The last text tokenized: indexing reads each sentence's tokens twice in a row (its terms, then its features). */
let last: { text: string; tokens: readonly Token[] } | undefined;

/** The text's tokens, in order (shared with the next caller asking for the same text: never change them). */
export function tokenize(text: string): readonly Token[] {
  if (last?.text === text) return last.tokens;
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const surface = match[0];
    const start = match.index;
    tokens.push({ surface, start, end: start + surface.length, isNumber: NUMBER.test(surface) });
  }
  last = { text, tokens };
  return tokens;
}

/** The parts of a hyphenated or elided word: `CSTO-lidstaten` → `CSTO`, `lidstaten`. */
export function wordParts(word: string): string[] {
  return word.split(/['’‐‑-]/u).filter((part) => part !== '');
}
