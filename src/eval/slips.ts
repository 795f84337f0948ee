/**
 * One slip of the keyboard per question, as reporters make them in Slack: a letter dropped,
 * two neighbours swapped, or a letter doubled, in the question's longest word (most often the
 * one that carries it), never its first letter. Seeded by the question itself, so every run and
 * every machine slips the same way: eval's "slip R@3" says how much one typo costs. Pure.
 */
import type { QuestionSet } from './questionSet.js';
import { mapped } from '../lists/loops.js';

/** Words shorter than this are left alone: a slip there often makes another real word. */
const MIN_LENGTH = 5;

/** A small, stable hash of the question (FNV-1a): the same slip every run. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function slipped(question: string): string {
  const words = question.split(' ');
  let at = -1;
  words.forEach((word, i) => {
    if (/^\p{L}+$/u.test(word) && word.length >= MIN_LENGTH && (at < 0 || word.length > (words[at] as string).length)) at = i;
  });
  if (at < 0) return question;
  const word = words[at] as string;
  const h = hash(question);
  // Between the first and the last letter: a slip rarely hits the first one.
  const k = 1 + (h % (word.length - 2));
  const kind = (h >>> 8) % 3;
  const changed =
    kind === 0 ? word.slice(0, k) + word.slice(k + 1)
    : kind === 1 ? word.slice(0, k) + (word[k + 1] as string) + (word[k] as string) + word.slice(k + 2)
    : word.slice(0, k + 1) + word.slice(k);
  // Swapping two equal letters changes nothing: drop one instead.
  const slip = changed === word ? word.slice(0, k) + word.slice(k + 1) : changed;
  return [...words.slice(0, at), slip, ...words.slice(at + 1)].join(' ');
}

/** The set with one slip in every answerable question. */
export function withSlips(set: QuestionSet): QuestionSet {
  return { ...set, answerable: mapped(set.answerable, (item) => ({ ...item, q: slipped(item.q) })) };
}
