/**
 * Question sets with known answers: a query passes at k when any gold substring occurs in one of
 * its top-k result texts; queries under `none` are out of scope and should get no result.
 */
import { readFile } from 'node:fs/promises';

export interface QuestionSet {
  answerable: Array<{ q: string; gold: string[] }>;
  none: string[];
}

export function parseQuestionSet(json: string): QuestionSet {
  const data = JSON.parse(json) as Partial<QuestionSet>;
  if (!Array.isArray(data.answerable) || !Array.isArray(data.none)) throw new Error('a question set needs "answerable" and "none" lists');
  return { answerable: data.answerable, none: data.none };
}

/** The first readable file of `candidates`, parsed; `undefined` when none exists. */
export async function loadQuestionSet(candidates: readonly string[]): Promise<{ file: string; set: QuestionSet } | undefined> {
  for (const file of candidates) {
    try {
      return { file, set: parseQuestionSet(await readFile(file, 'utf8')) };
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') throw cause;
    }
  }
  return undefined;
}
