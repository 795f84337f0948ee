import { COMBINING_MARKS } from '../../text/letterClasses.js';

/** Case and diacritic folding: `Armenië` → `armenie`, `gecoördineerd` → `gecoordineerd`. */
export function fold(word: string): string {
  // Plain lowercase ASCII letters fold to themselves: most words of a Dutch text, at no cost.
  if (PLAIN.test(word)) return word;
  let folded = remembered.get(word);
  if (folded === undefined) {
    folded = word
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .toLowerCase()
      .replace(/[’‘`´]/gu, "'")
      .replace(/[‐‑–]/gu, '-');
    // Words repeat (Zipf): remembered, within a bound, since analysing a large dossier folds millions.
    if (remembered.size >= REMEMBERED) remembered.clear();
    remembered.set(word, folded);
  }
  return folded;
}

const PLAIN = /^[a-z0-9]*$/u;
const REMEMBERED = 50_000;
const remembered = new Map<string, string>();
