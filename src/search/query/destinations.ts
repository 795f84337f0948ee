/**
 * Where something went: "did Russia send troops to Belarus", "heeft Kazachstan troepen naar
 * Rusland gestuurd". A name the question puts after a preposition of direction is the destination,
 * and a sentence that names it elsewhere ("Rusland heeft troepen gestuurd naar buurland
 * Kazachstan") says something else about it: the roles are swapped. Pure.
 */
import { stem } from '../analysis/stem.js';
import type { Term } from '../analysis/analyzeText.js';
import { remembered } from '../../lists/remembered.js';

/** Prepositions that always point to where something goes. */
const TOWARD = new Set(['naar', 'into', 'richting', 'towards', 'toward']);
/** "to" does too, but only after a verb of sending or moving ("send troops to"; not "an answer to NATO"). */
const TO = 'to';
const MOVING = new Set(['send', 'sent', 'deploy', 'dispatch', 'export', 'ship', 'fli', 'flew', 'flown', 'move', 'bring', 'brought', 'transfer', 'march', 'travel', 'flee', 'fled', 'go', 'went', 'gone', 'return', 'airlift', 'rush']);
/** How far after its preposition a destination may stand ("naar buurland Kazachstan", "naar de olie-installaties"). */
const WINDOW = 3;

/** Whether a folded stop word may mark the next word as a destination ("naar", "to"): worth keeping beside it. */
export function marksDirection(word: string): boolean {
  return TOWARD.has(word) || word === TO;
}

/**
 * Whether the question word after `preposition` (the stop word right before it, folded) is a
 * destination, given the question's words before it (folded).
 */
export function isDestination(preposition: string | undefined, before: readonly string[]): boolean {
  if (preposition === undefined) return false;
  if (TOWARD.has(preposition)) return true;
  return preposition === TO && before.some((word) => MOVING.has(stem(word, 'en')));
}

/** Any of those words in a text, read before its words are unpacked. */
const DIRECTION = new RegExp(`(?:^|[^\\p{L}])(?:${[...TOWARD, TO].join('|')})(?![\\p{L}])`, 'iu');

/** Sentences tested, bounded: a question asks it of each sentence it looks at closely. */
const TESTED_LIMIT = 50_000;
const tested = new Map<string, boolean>();

/** Whether a sentence has a preposition of direction at all: a test on its text, before its words are unpacked. */
export function mayHaveDestination(text: string): boolean {
  return remembered(tested, text, TESTED_LIMIT, () => DIRECTION.test(text));
}

/** Whether `term` stands in the sentence as a destination: within a few words after a preposition of direction. */
export function standsAsDestination(text: string, words: readonly Term[], term: string): boolean {
  return words.some((word, i) => {
    if (word.term !== term) return false;
    const from = i > 0 ? (words[Math.max(0, i - WINDOW)] as Term).start : 0;
    const lead = text.slice(from, word.start).toLowerCase().split(/[^\p{L}]+/u);
    return lead.some(marksDirection);
  });
}
