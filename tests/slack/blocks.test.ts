import { describe, expect, it } from 'vitest';
import type { Answer, AnswerResult } from '../../src/answer/types.js';
import type { Dossier } from '../../src/knowledge/types.js';
import { homeView } from '../../src/slack/blocks/homeView.js';
import { MAX_BLOCKS, MAX_SECTION_TEXT } from '../../src/slack/blocks/limits.js';
import { escapeText, highlightedSentence } from '../../src/slack/blocks/mrkdwn.js';
import { replyMessage } from '../../src/slack/blocks/replyMessage.js';
import { summarizeSources } from '../../src/reply/replyTo.js';
import { kazakhstan } from '../helpers/seeds.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const DOSSIER: Dossier = { id: 'd', command: '/d', title: 'D', language: 'nl', examples: [], topics: [], figureNotes: [], articles: [], glossary: [] };

function result(text: string): AnswerResult {
  return {
    text,
    match: 'full',
    score: 1,
    highlights: [[0, 3]],
    caveats: [],
    citation: { dossierId: 'd', articleId: 'd/a', title: 'A <b> & c', titleDerived: false, source: null, date: null, url: 'https://example.org/a?x=1&y=2', paragraph: 1, sentence: 1, heading: null },
  };
}

function sizes(blocks: unknown[]): { count: number; longest: number } {
  const texts = JSON.stringify(blocks).match(/"text":"(?:[^"\\]|\\.)*"/gu) ?? [];
  return { count: blocks.length, longest: Math.max(...texts.map((t) => JSON.parse(`{${t}}`).text.length as number)) };
}

describe('Block Kit limits', () => {
  it('keeps a long answer within 50 blocks and 3,000 characters per section', () => {
    const answer: Answer = { query: 'q', dossierId: 'd', concepts: ['q'], results: Array.from({ length: 40 }, () => result('x'.repeat(5000))), more: 0, unmatched: [], gap: null, suggestions: [] };
    const message = replyMessage({ kind: 'answer', dossier: DOSSIER, answer, offset: 0 }, { surface: 'ephemeral' });
    const { count, longest } = sizes(message.blocks);
    expect(count).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(longest).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });

  it('keeps sources and App Home of a 50-article dossier within the limits', () => {
    const index = tinyIndex(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`artikel-${i}`, [`Zin nummer ${i} over de troepen en de olie.`]])));
    const sources = replyMessage({ kind: 'sources', dossier: index.dossier, sources: summarizeSources(index.dossier) }, { surface: 'ephemeral' });
    expect(sizes(sources.blocks).count).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(sizes(sources.blocks).longest).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    expect(JSON.stringify(sources.blocks)).toContain('artikel-49');
    const home = homeView([index, index, index]);
    expect(JSON.stringify(home.blocks)).toContain('figures [topic]');
    expect(JSON.stringify(home.blocks)).toContain('digest');
    expect(home.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
  });

  it('escapes article text and titles, and bolds matched words', () => {
    expect(escapeText('<!channel> & <@U1>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt;');
    expect(highlightedSentence({ ...result('Bij <b> & co'), highlights: [[0, 3]] })).toBe('*Bij* &lt;b&gt; &amp; co');
    const answer: Answer = { query: '<!here>', dossierId: 'd', concepts: ['x'], results: [result('Een & <twee>')], more: 0, unmatched: [], gap: null, suggestions: [] };
    const message = replyMessage({ kind: 'answer', dossier: DOSSIER, answer, offset: 0 }, { surface: 'ephemeral' });
    // Button values are state returned to the app, never shown; everything shown is escaped.
    const json = JSON.stringify(message).replace(/"value":"(?:[^"\\]|\\.)*"/gu, '');
    expect(json).not.toMatch(/<!here>|<twee>|<b>/u);
    expect(json).toContain('&lt;!here&gt;');
    expect(json).toContain('https://example.org/a?x=1&amp;y=2|open article');
  });

  it('always has fallback text', async () => {
    const index = await kazakhstan();
    for (const reply of [
      { kind: 'help', dossier: index.dossier, reason: 'asked' },
      { kind: 'sources', dossier: index.dossier, sources: summarizeSources(index.dossier) },
      { kind: 'too_long', dossier: index.dossier, length: 3500, max: 500 },
    ] as const) {
      expect(replyMessage(reply, { surface: 'public' }).text.length).toBeGreaterThan(10);
    }
  });
});
