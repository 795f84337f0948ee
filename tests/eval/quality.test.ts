/**
 * Retrieval quality gates. The dev set is the one the team tunes on (../shared/eval when present,
 * else the bundled copy); the hold-out and style sets were written independently of the
 * implementation (the style set imitating the dev set's mix) and guard the general behaviour.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { evaluate } from '../../src/eval/metrics.js';
import { plainMiniSearch } from '../../src/eval/plainMiniSearch.js';
import { parseQuestionSet } from '../../src/eval/questionSet.js';
import { kazakhstan, ROOT } from '../helpers/seeds.js';

const shared = path.join(ROOT, '..', 'shared', 'eval', 'dev-questions.json');
const devFile = existsSync(shared) ? shared : path.join(ROOT, 'tests/fixtures/eval/dev-questions.json');
const holdoutFile = path.join(ROOT, 'tests/fixtures/eval/holdout-questions.json');
const styleFile = path.join(ROOT, 'tests/fixtures/eval/style-questions.json');

async function report(file: string) {
  const index = await kazakhstan();
  const set = parseQuestionSet(readFileSync(file, 'utf8'));
  return {
    ours: evaluate(set, (q) => answer(q, { index, limit: 10 }).results.map((r) => ({ text: r.text, full: r.match === 'full' }))),
    plain: evaluate(set, plainMiniSearch(index)),
  };
}

describe('retrieval quality', () => {
  it('meets the goal on the dev set: recall@3 ≥ 0.95, recall@1 ≥ 0.80, every out-of-scope query abstains', async () => {
    const { ours } = await report(devFile);
    expect(ours.misses.map((m) => m.query)).toEqual([]);
    expect(ours.recallAt3).toBeGreaterThanOrEqual(0.95);
    expect(ours.recallAt1).toBeGreaterThanOrEqual(0.8);
    expect(ours.falseAnswers).toEqual([]);
  });

  it('holds on the independent hold-out set', async () => {
    const { ours } = await report(holdoutFile);
    expect(ours.recallAt3).toBeGreaterThanOrEqual(0.9);
    expect(ours.recallAt1).toBeGreaterThanOrEqual(0.8);
    expect(ours.abstention).toBeGreaterThanOrEqual(0.9);
  });

  it('holds on the independent set written in the dev set’s style', async () => {
    const { ours } = await report(styleFile);
    expect(ours.recallAt3).toBeGreaterThanOrEqual(0.95);
    expect(ours.recallAt1).toBeGreaterThanOrEqual(0.85);
    expect(ours.abstention).toBeGreaterThanOrEqual(0.9);
  });

  it('beats plain MiniSearch on every set', async () => {
    for (const file of [devFile, holdoutFile, styleFile]) {
      const { ours, plain } = await report(file);
      expect(ours.mrr).toBeGreaterThan(plain.mrr + 0.3);
    }
  });
});
