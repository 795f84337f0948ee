import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/observe/metrics.js';
import { outcomeOf, recordQuestion } from '../../src/observe/questions.js';
import { replyToText, type Reply } from '../../src/reply/replyTo.js';
import { bundledLibrary } from '../helpers/seeds.js';

const library = await bundledLibrary();
const index = library.dossiers[0]!;
const replyFor = (text: string): Reply => replyToText(text, index);

describe('outcomeOf', () => {
  it('reads full, partial, none and refused from the reply every surface renders', () => {
    const answered = replyFor('troops');
    expect(answered.kind).toBe('answer');
    const results = answered.kind === 'answer' ? answered.answer.results : [];
    expect(results.length).toBeGreaterThan(1);
    if (answered.kind === 'answer') {
      // One full result among related ones makes it full.
      const oneFull = { ...answered, answer: { ...answered.answer, results: results.map((r, i) => ({ ...r, match: i === 1 ? ('full' as const) : ('partial' as const) })) } };
      expect(outcomeOf(oneFull)).toBe('full');
      const partialOnly = { ...answered, answer: { ...answered.answer, results: results.map((r) => ({ ...r, match: 'partial' as const })) } };
      expect(outcomeOf(partialOnly)).toBe('partial');
      expect(outcomeOf({ ...answered, answer: { ...answered.answer, results: [] } })).toBe('none');
    }
    expect(outcomeOf(replyFor('troepen '.repeat(100)))).toBe('refused');
    expect(outcomeOf(replyFor('wat is?'))).toBe('refused');
    expect(outcomeOf(undefined)).toBe('failed');
  });

  it.each(['help', '', 'sources', 'figures', 'digest', 'add https://example.org/a', 'remove tokajev'])('counts %j as no question', (text) => {
    expect(outcomeOf(replyFor(text))).toBeUndefined();
  });
});

describe('createMetrics', () => {
  it('keeps each app’s counts in its own registry', async () => {
    const one = createMetrics();
    const two = createMetrics();
    recordQuestion(one, 'slash', replyFor('troops'), 0.012);
    const first = await one.registry.getSingleMetricAsString('dossier_answer_seconds');
    expect(first).toContain('dossier_answer_seconds_count{surface="slash"} 1');
    expect(await two.registry.getSingleMetricAsString('dossier_answer_seconds')).not.toContain('surface="slash"');
  });

  it('shows every question series at 0 before the first question, and the gauges read their sources', async () => {
    const metrics = createMetrics();
    metrics.sources.queueLength = () => 4;
    metrics.sources.storeHealthy = async () => false;
    const text = await metrics.registry.metrics();
    expect(text).toContain('dossier_questions_total{surface="dm",outcome="refused"} 0');
    expect(text).toContain('dossier_answer_queue_length 4');
    expect(text).toContain('dossier_state_store_up 0');
    expect(text).not.toContain('process_cpu');
    expect(await createMetrics({ processMetrics: true }).registry.metrics()).toContain('process_cpu_user_seconds_total');
  });
});
