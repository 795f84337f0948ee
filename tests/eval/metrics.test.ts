/** Retrieval quality over a question set: recall@1/@3, full recall@3, MRR, out-of-scope honesty. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type Retrieved, type Retriever } from '../../src/eval/metrics.js';
import type { QuestionSet } from '../../src/eval/questionSet.js';

const GOLD = 'bijna 8.000 mensen zijn gearresteerd';
const hit = (full = true): Retrieved => ({ text: `Zijn veiligheidsdiensten meldden maandag dat er ${GOLD}.`, full });
const other = (n: number, full = false): Retrieved => ({ text: `Andere zin ${n} over Almaty.`, full });

/** A retriever that answers from a table, and nothing for other questions. */
const fromTable = (table: Record<string, Retrieved[]>): Retriever => (query) => table[query] ?? [];

const set = (answerable: QuestionSet['answerable'], none: QuestionSet['none'] = []): QuestionSet => ({ answerable, none, frozen: false });

describe('evaluate: answerable questions', () => {
  it('scores a gold sentence at rank 1, 2 and 4, and one not found', () => {
    const questions = set([
      { q: 'a', gold: [GOLD] },
      { q: 'b', gold: [GOLD] },
      { q: 'c', gold: [GOLD] },
      { q: 'd', gold: [GOLD] },
    ]);
    const report = evaluate(questions, fromTable({ a: [hit()], b: [other(1), hit()], c: [other(1), other(2), other(3), hit()], d: [other(1)] }));
    expect(report.n).toBe(4);
    expect(report.recallAt1).toBe(0.25);
    expect(report.recallAt3).toBe(0.5);
    expect(report.fullRecallAt3).toBe(0.5);
    expect(report.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 4) / 4, 12);
    expect(report.misses).toEqual([
      { query: 'c', rank: 4, full: true, top: [other(1).text, other(2).text, other(3).text] },
      { query: 'd', rank: null, full: false, top: [other(1).text] },
    ]);
  });

  it('counts a gold sentence shown only as related towards recall, not full recall', () => {
    const report = evaluate(set([{ q: 'a', gold: [GOLD] }]), fromTable({ a: [hit(false), other(1, true)] }));
    expect([report.recallAt1, report.recallAt3, report.fullRecallAt3]).toEqual([1, 1, 0]);
    expect(report.misses).toEqual([{ query: 'a', rank: 1, full: false, top: [hit(false).text, other(1, true).text] }]);
  });

  it('counts full recall when a later gold sentence in the top 3 is full', () => {
    const report = evaluate(set([{ q: 'a', gold: [GOLD] }]), fromTable({ a: [hit(false), hit(true)] }));
    expect(report.fullRecallAt3).toBe(1);
    expect(report.misses).toEqual([]);
  });

  it('matches any of the gold substrings', () => {
    const report = evaluate(set([{ q: 'a', gold: ['niet bestaand', 'Almaty'] }]), fromTable({ a: [other(1)] }));
    expect(report.recallAt1).toBe(1);
  });

  it('looks no deeper than ten results', () => {
    const results = [...Array.from({ length: 10 }, (_, i) => other(i)), hit()];
    const report = evaluate(set([{ q: 'a', gold: [GOLD] }]), fromTable({ a: results }));
    expect(report.mrr).toBe(0);
    expect(report.misses[0]?.rank).toBeNull();
  });

  it('splits the scores by question language when the set tags it', () => {
    const questions = set([
      { q: 'how many arrests', gold: [GOLD], lang: 'en' },
      { q: 'hoeveel arrestaties', gold: [GOLD], lang: 'nl' },
      { q: 'hoeveel doden', gold: [GOLD], lang: 'nl' },
      { q: 'untagged', gold: [GOLD] },
    ]);
    const report = evaluate(questions, fromTable({ 'how many arrests': [hit()], 'hoeveel arrestaties': [other(1), hit()] }));
    expect(report.byLanguage.en).toEqual({ n: 1, recallAt1: 1, recallAt3: 1, fullRecallAt3: 1, mrr: 1 });
    expect(report.byLanguage.nl).toEqual({ n: 2, recallAt1: 0, recallAt3: 0.5, fullRecallAt3: 0.5, mrr: 0.25 });
    expect(report.n).toBe(4);
  });

  it('leaves a language out when no question has it', () => {
    expect(evaluate(set([{ q: 'a', gold: [GOLD], lang: 'nl' }]), fromTable({})).byLanguage).toEqual({ nl: { n: 1, recallAt1: 0, recallAt3: 0, fullRecallAt3: 0, mrr: 0 } });
  });
});

describe('evaluate: out-of-scope questions', () => {
  it('counts a full result in the top 3 as a false answer, related results and silence as honest', () => {
    const questions = set([], [{ q: 'wie won het songfestival' }, { q: 'hoeveel tanks' }, { q: 'wat kost brood' }, { q: 'weer in Almaty' }]);
    const report = evaluate(
      questions,
      fromTable({
        'wie won het songfestival': [other(1), other(2, true)],
        'hoeveel tanks': [other(1)],
        // A full result below the top 3 is not shown as an answer.
        'weer in Almaty': [other(1), other(2), other(3), other(4, true)],
      }),
    );
    expect(report.outOfScope).toBe(4);
    expect(report.falseAnswers).toEqual([{ query: 'wie won het songfestival', top: [other(1).text, other(2, true).text] }]);
    expect(report.noFullAnswer).toBe(0.75);
    expect(report.abstention).toBe(0.25);
  });

  it('scores an empty set as perfect on honesty and zero on recall', () => {
    expect(evaluate(set([]), fromTable({}))).toEqual({ n: 0, recallAt1: 0, recallAt3: 0, fullRecallAt3: 0, mrr: 0, byLanguage: {}, outOfScope: 0, noFullAnswer: 1, abstention: 1, misses: [], falseAnswers: [] });
  });
});

describe('evaluate (property)', () => {
  it('keeps recall@1 ≤ MRR, full recall@3 ≤ recall@3, and one miss per question without a full gold answer in the top 3', () => {
    const result = fc.record({ gold: fc.boolean(), full: fc.boolean() });
    fc.assert(
      fc.property(fc.array(fc.array(result, { maxLength: 12 }), { minLength: 1, maxLength: 8 }), (lists) => {
        const table = Object.fromEntries(lists.map((list, i) => [`q${i}`, list.map((r, k) => (r.gold ? hit(r.full) : other(k, r.full)))]));
        const report = evaluate(set(lists.map((_, i) => ({ q: `q${i}`, gold: [GOLD] }))), fromTable(table));
        expect(report.n).toBe(lists.length);
        expect(report.recallAt1).toBeLessThanOrEqual(report.mrr + 1e-12);
        expect(report.mrr).toBeLessThanOrEqual(1);
        expect(report.recallAt1).toBeLessThanOrEqual(report.recallAt3);
        expect(report.fullRecallAt3).toBeLessThanOrEqual(report.recallAt3);
        expect(report.misses).toHaveLength(Math.round(lists.length * (1 - report.fullRecallAt3)));
      }),
      { seed: 20220106, numRuns: 300 },
    );
  });
});
