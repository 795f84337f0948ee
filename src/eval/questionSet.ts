/**
 * Question sets with known answers. An answerable question passes at k when any gold substring
 * occurs in one of its top-k result texts; questions under `none` are out of scope: the right
 * answer has no full result. `lang` ("en" | "nl") and `kind` tags are optional; a `frozen` set is a
 * blind measure: its misses are never printed, so nobody tunes on it by accident.
 */
import { readFile } from 'node:fs/promises';
import { mapped } from '../lists/loops.js';

export type QuestionLanguage = 'en' | 'nl';

export interface AnswerableQuestion {
  q: string;
  gold: string[];
  lang?: QuestionLanguage;
  kind?: string[];
}

export interface OutOfScopeQuestion {
  q: string;
  lang?: QuestionLanguage;
}

export interface QuestionSet {
  answerable: AnswerableQuestion[];
  none: OutOfScopeQuestion[];
  frozen: boolean;
}

const isLanguage = (value: unknown): value is QuestionLanguage => value === 'en' || value === 'nl';

function answerableOf(item: unknown, at: number): AnswerableQuestion {
  const { q, gold, lang, kind } = (item ?? {}) as Record<string, unknown>;
  if (typeof q !== 'string' || !Array.isArray(gold) || gold.length === 0 || !gold.every((g) => typeof g === 'string' && g !== '')) {
    throw new Error(`answerable[${at}] needs "q" and a non-empty "gold" list of strings`);
  }
  return {
    q,
    gold: gold as string[],
    ...(isLanguage(lang) ? { lang } : {}),
    ...(Array.isArray(kind) ? { kind: kind.filter((k): k is string => typeof k === 'string') } : {}),
  };
}

function outOfScopeOf(item: unknown, at: number): OutOfScopeQuestion {
  if (typeof item === 'string') return { q: item };
  const { q, lang } = (item ?? {}) as Record<string, unknown>;
  if (typeof q !== 'string') throw new Error(`none[${at}] needs "q"`);
  return { q, ...(isLanguage(lang) ? { lang } : {}) };
}

export function parseQuestionSet(json: string): QuestionSet {
  const data = JSON.parse(json) as Record<string, unknown>;
  if (!Array.isArray(data.answerable) || !Array.isArray(data.none)) throw new Error('a question set needs "answerable" and "none" lists');
  return {
    answerable: mapped(data.answerable, answerableOf),
    none: mapped(data.none, outOfScopeOf),
    frozen: data.frozen === true,
  };
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
