/**
 * Answers a few questions per dossier before the app takes requests: the first reporters after a
 * deploy would otherwise pay, all at once, for the JIT compiling the analysis and ranking code.
 * Bounded in time, so a big library starts as fast as a small one.
 */
import { answer } from '../answer/answer.js';
import type { Library } from './loadLibrary.js';
import { mapped } from '../lists/loops.js';

/** Every kind of question (figure, who, when, why, keywords), in both languages. */
const GENERAL = ['how many people died', 'who is', 'wanneer begon het', 'waarom', 'what happened', 'hoeveel gearresteerd'];

export interface WarmUpOptions {
  rounds?: number;
  budgetMs?: number;
  now?: () => number;
}

/** Returns how many questions were answered. */
export function warmUp(library: Library, { rounds = 20, budgetMs = 500, now = () => performance.now() }: WarmUpOptions = {}): number {
  // Language data read at the first question needing it is read first, outside the budget: it is
  // needed whatever the library's size, and the first Dutch question would otherwise pay for it.
  for (const lexicon of new Set(mapped(library.dossiers, (index) => index.lexicon))) lexicon.prepare();
  const until = now() + budgetMs;
  let answered = 0;
  for (let round = 0; round < rounds; round++) {
    for (const index of library.dossiers) {
      for (const question of [...index.dossier.examples, index.dossier.title, ...GENERAL]) {
        if (now() >= until) return answered;
        answer(question, { index, limit: 3 });
        answered++;
      }
    }
  }
  return answered;
}
