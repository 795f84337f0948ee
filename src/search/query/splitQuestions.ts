/**
 * Two questions typed as one message ("how many arrested and how many dead so far?", "waar is
 * Nazarbajev nu en hoe oud is hij?"): each is asked on its own, or the words of one would count as
 * missing from every sentence answering the other. A part that refers back with a pronoun ("hoe oud
 * is hij") carries the content words of the part before it. Pure.
 */
import { isStopword } from '../analysis/stopwords.js';
import { opensCheck, QUESTION_WORDS } from './questionWords.js';
import { mapped } from '../../lists/loops.js';

/** Where a second question may start: a conjunction, a semicolon, or a question mark with more after it. */
const JOINT = /\s+(?:and|en|&|\+)\s+|\s*;\s*|\?\s+/giu;
/** Pronouns a second question refers back with ("en hoe oud is hij"). */
const BACK = new Set(['he', 'she', 'it', 'they', 'him', 'them', 'his', 'their', 'hij', 'zij', 'ze', 'hem', 'hun']);
/** Words carried from the part before that ask, not say what it is about. */
const NOT_CARRIED = new Set(['many', 'much', 'long', 'lang', 'veel']);
/** More parts than this is a list, not questions. */
const MAX_PARTS = 3;
/** Longer than any question a surface takes (500 characters): a pasted text, read as one, in time linear in its length. */
const MAX_SPLIT_CHARS = 1000;

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
const hasContent = (words: readonly string[]): boolean => words.some((w) => !QUESTION_WORDS.has(w) && !isStopword(w, ['nl', 'en']));
/** Question words, and those Dutch writes as one word with their adverb ("hoelang"). */
const ASKING = new Set([...QUESTION_WORDS, 'hoelang']);
/** A part before the conjunction asks on its own: a question word, or two content words of its own ("arrest figure + who put it out"). */
const asksOnItsOwn = (words: readonly string[]): boolean =>
  hasContent(words) && (words.some((w) => ASKING.has(w)) || words.filter((w) => !isStopword(w, ['nl', 'en'])).length >= 2);
/** What a question of its own opens with: a question word, or a fact-checker's opening ("…, en klopt het dat …"). */
const opensQuestion = (words: readonly string[]): boolean => ASKING.has(words[0] ?? '') || opensCheck(words);

export function splitQuestions(question: string): string[] {
  if (question.length > MAX_SPLIT_CHARS) return [question];
  const parts: string[] = [];
  let from = 0;
  for (const m of question.matchAll(JOINT)) {
    const at = m.index ?? 0;
    const before = question.slice(from, at);
    const after = wordsOf(question.slice(at + m[0].length));
    // Both sides must ask something of their own: not "where and when did it start", not a lone
    // subject before "and which others" ("did russia and which other countries send troops").
    const first = wordsOf(before);
    if (!opensQuestion(after) || !asksOnItsOwn(first) || !hasContent(after.slice(1))) continue;
    parts.push(`${before}${m[0].includes('?') ? '?' : ''}`.trim());
    from = at + m[0].length;
    if (parts.length === MAX_PARTS - 1) break;
  }
  if (parts.length === 0) return [question];
  parts.push(question.slice(from).trim());
  // "… en hoe oud is hij": the part before says who.
  return mapped(parts, (part, i) => {
    const previous = parts[i - 1];
    const words = wordsOf(part);
    // A check ("… and is it true that …") states its own claim.
    if (previous === undefined || opensCheck(words) || !words.some((w) => BACK.has(w))) return part;
    const carried = wordsOf(previous).filter((w) => !ASKING.has(w) && !NOT_CARRIED.has(w) && !isStopword(w, ['nl', 'en']));
    // Carried inside the question, before its mark: words after a question's end would be a sentence of their own.
    const mark = /\?\s*$/u.test(part) ? '?' : '';
    return `${part.replace(/\?\s*$/u, '')} ${carried.join(' ')}${mark}`;
  });
}
