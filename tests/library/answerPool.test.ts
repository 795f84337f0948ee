import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { answerWorkerCount, startAnswerPool, WORKERS_FROM_SENTENCES, type AnswerPool } from '../../src/library/answerPool.js';
import type { Library } from '../../src/library/loadLibrary.js';
import type { DossierIndex } from '../../src/search/sentenceIndex.js';
import { KNOWLEDGE, kazakhstan } from '../helpers/seeds.js';

let pool: AnswerPool;
beforeAll(async () => {
  pool = await startAnswerPool({ knowledgeDir: KNOWLEDGE, size: 2 });
}, 60_000);
afterAll(async () => {
  await pool.close();
});

describe('startAnswerPool', () => {
  it('answers in a worker exactly as answer() does in-process', async () => {
    const index = await kazakhstan();
    for (const question of ['troops', 'hoeveel doden', 'who did Tokayev thank?', 'Russian ballet']) {
      expect(await pool.answer('kazakhstan', question, { limit: 3, offset: 0 }), question).toEqual(answer(question, { index, limit: 3, offset: 0 }));
    }
    expect(await pool.answer('kazakhstan', 'troops', { limit: 3, offset: 3 })).toEqual(answer('troops', { index, limit: 3, offset: 3 }));
  });

  it('answers many questions at once, each its own', async () => {
    const questions = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 'troops' : 'wie is Nazarbajev?'));
    const answers = await Promise.all(questions.map((q) => pool.answer('kazakhstan', q, { limit: 3, offset: 0 })));
    expect(answers.map((a) => a.query)).toEqual(questions);
    expect(pool.expectedMs()).toBeGreaterThan(0);
  });

  it('fails a question for a dossier the workers do not have, and goes on', async () => {
    await expect(pool.answer('atlantis', 'troops', { limit: 3, offset: 0 })).rejects.toThrow(/no dossier atlantis/u);
    expect((await pool.answer('kazakhstan', 'troops', { limit: 1, offset: 0 })).results).toHaveLength(1);
  });

  it('keeps answering while the workers reload their library', async () => {
    pool.reload();
    expect((await pool.answer('kazakhstan', 'hoeveel gearresteerd', { limit: 3, offset: 0 })).results.length).toBeGreaterThan(0);
  });
});

describe('answerWorkerCount', () => {
  const libraryOf = (sentences: number): Library => ({ dossiers: [{ sentences: { length: sentences } } as unknown as DossierIndex], problems: [], byId: () => undefined, byCommand: () => undefined });

  it('answers small libraries on the main thread and large ones on the spare cores, unless told', () => {
    expect(answerWorkerCount('auto', libraryOf(WORKERS_FROM_SENTENCES - 1), 2)).toBe(0);
    expect(answerWorkerCount('auto', libraryOf(WORKERS_FROM_SENTENCES), 2)).toBe(1);
    expect(answerWorkerCount('auto', libraryOf(100_000), 8)).toBe(7);
    expect(answerWorkerCount('auto', libraryOf(100_000), 1)).toBe(1);
    expect(answerWorkerCount(0, libraryOf(100_000), 8)).toBe(0);
    expect(answerWorkerCount(3, libraryOf(10), 8)).toBe(3);
  });
});
