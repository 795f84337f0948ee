import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { buildDossierIndex, buildDossierIndexInSteps, detailsCache } from '../../src/search/sentenceIndex.js';
import { loadLexicon } from '../../src/search/lexicon/loadLexicon.js';
import { tinyIndex } from '../helpers/tinyDossier.js';
import { analyzeText } from '../../src/search/analysis/analyzeText.js';
import { describesMatch, sentenceFeatures } from '../../src/search/sentenceFeatures.js';
import { answersType, definesMatch, factsOf, mayAnswer } from '../../src/search/answerType.js';
import type { Intent } from '../../src/search/query/questionWords.js';
import { kazakhstan } from '../helpers/seeds.js';

describe('building in steps', () => {
  const paragraphs = Array.from({ length: 120 }, (_, i) => `In Almaty vielen op dag ${i} doden. Tokajev stuurde troepen naar stad ${i}. De CSTO hielp.`);
  const { dossier } = tinyIndex({ a: paragraphs });

  it('gives the event loop back while it builds, and builds the same index as in one go', async () => {
    let ticked = false;
    setImmediate(() => {
      ticked = true;
    });
    const stepwise = await buildDossierIndexInSteps(dossier, loadLexicon());
    expect(ticked).toBe(true);
    const whole = buildDossierIndex(dossier, loadLexicon());
    expect(stepwise.sentences.map((s) => s.text)).toEqual(whole.sentences.map((s) => s.text));
    expect(answer('troepen stad 7', { index: stepwise }).results.map((r) => r.text)).toEqual(answer('troepen stad 7', { index: whole }).results.map((r) => r.text));
  });
});

describe('a sentence’s details', () => {
  const paragraphs = Array.from({ length: 60 }, (_, i) => `Volgens Tokajev werden op dag ${i} in Almaty 8.000 mensen gearresteerd. Hij bedankte de CSTO-troepen.`);
  const index = tinyIndex({ a: paragraphs, b: ['De Kazachse president Tokajev, de opvolger van Nazarbajev, sprak maandag.'] });

  it('are the analysis, features and term counts of its text, however often and in whatever order they are asked for', () => {
    const order = [...index.sentences.keys(), ...[...index.sentences.keys()].reverse(), 3, 3, 0];
    for (const id of order) {
      const record = index.sentences[id];
      if (!record) throw new Error(`no sentence ${id}`);
      const analysis = analyzeText(record.text, index.analyzer);
      expect(record.analysis).toEqual(analysis);
      const features = sentenceFeatures(record.text, analysis, (word) => index.names.has(word));
      // The unknown kinds are a set: kept in one canonical order.
      expect({ ...record.features, unknown: [...record.features.unknown].sort() }).toEqual({ ...features, unknown: [...new Set(features.unknown)].sort() });
      expect([...record.termCounts.keys()].sort()).toEqual([...new Set([...analysis.words, ...analysis.parts].map((t) => t.term))].sort());
      expect(record.length).toBe(analysis.words.length);
    }
  });

  it('agree with the postings: every term of a sentence lists it, with its count', () => {
    for (const record of index.sentences) {
      for (const [term, count] of record.termCounts) {
        expect(index.inverted.count(term, record.id)).toBe(count);
        expect([...index.inverted.ids(term)]).toContain(record.id);
      }
    }
  });
});

describe('mayAnswer', () => {
  const INTENTS: Intent[] = ['figure', 'age', 'duration', 'who', 'name', 'quote', 'when', 'date', 'where', 'why'];

  it('never rules out a type a sentence answers, whatever it matched: it only spares looking closely at the rest', async () => {
    const index = await kazakhstan();
    let ruledOut = 0;
    let checked = 0;
    for (const record of index.sentences) {
      const terms = [...new Set([...record.analysis.words, ...record.analysis.parts].map((t) => t.term))];
      // Everything, each term alone, and every other term: the sets a question could match.
      for (const matched of [new Set(terms), ...terms.map((t) => new Set([t])), new Set(terms.filter((_, i) => i % 2 === 1))]) {
        const facts = index.typeFacts(record.id);
        for (const intent of INTENTS) {
          checked++;
          if (answersType(factsOf(record, record.features, facts.agents, facts.measureWords), intent, matched, matched)) expect(mayAnswer(facts, intent, matched), `${intent}: ${record.text}`).toBe(true);
          if (!mayAnswer(facts, intent, matched)) ruledOut++;
        }
        // The apposition "who is X" favours is read from the facts alone, exactly.
        expect(definesMatch(facts, matched), record.text).toBe(describesMatch(record.text, record.analysis.words, matched) === 'apposition');
      }
    }
    // It does rule out most, or it would spare nothing.
    expect(ruledOut).toBeGreaterThan(checked / 2);
  });
});

describe('typeFacts', () => {
  const INTENTS: Intent[] = ['figure', 'age', 'duration', 'who', 'name', 'quote', 'when', 'date', 'where', 'why'];

  it('read from the packed arrays, give every sentence the verdicts its unpacked features give', async () => {
    const index = await kazakhstan();
    let answered = 0;
    for (const record of index.sentences) {
      const terms = [...new Set([...record.analysis.words, ...record.analysis.parts].map((t) => t.term))];
      // All of the sentence's terms, each one alone, and half of them as what the question is about.
      const matchings = [new Set(terms), ...terms.map((t) => new Set([t])), new Set(terms.filter((_, i) => i % 2 === 0))];
      for (const intent of INTENTS) {
        for (const matched of matchings) {
          const packed = answersType(index.typeFacts(record.id), intent, matched, matched);
          expect(packed, `${intent}: ${record.text}`).toBe(answersType(factsOf(record, record.features, index.typeFacts(record.id).agents, index.typeFacts(record.id).measureWords), intent, matched, matched));
          if (packed) answered++;
        }
      }
    }
    expect(answered).toBeGreaterThan(0);
  });
});

describe('detailsCache', () => {
  const counting = (): { calls: number[]; cache: (record: { id: number }) => string } => {
    const calls: number[] = [];
    const work = (record: { id: number }): string => {
      calls.push(record.id);
      return `details of ${record.id}`;
    };
    return { calls, cache: detailsCache(work, 3) };
  };

  it('works a sentence out once while it is kept', () => {
    const { calls, cache } = counting();
    for (const id of [1, 2, 1, 3, 1, 2]) expect(cache({ id })).toBe(`details of ${id}`);
    expect(calls).toEqual([1, 2, 3]);
  });

  it('when full, lets the oldest go unless it was used since: a sentence read again stays', () => {
    const { calls, cache } = counting();
    for (const id of [1, 2, 3, 1, 4]) cache({ id });
    // 1 was read again, so 2 went to make room for 4.
    for (const id of [1, 3, 4]) cache({ id });
    expect(calls).toEqual([1, 2, 3, 4]);
    cache({ id: 2 });
    expect(calls).toEqual([1, 2, 3, 4, 2]);
  });

  it('keeps at most its limit, however the sentences are read', () => {
    const { calls, cache } = counting();
    for (let round = 0; round < 3; round++) for (let id = 0; id < 10; id++) cache({ id });
    // Ten sentences read in turn through a cache of three: each read works it out again.
    expect(calls).toHaveLength(30);
  });
});
