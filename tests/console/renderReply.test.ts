/** Reply → terminal text: what the console shows where Slack would show blocks. */
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerResult } from '../../src/answer/types.js';
import { renderAnswer } from '../../src/console/renderAnswer.js';
import { renderDigest } from '../../src/console/renderDigest.js';
import { renderReply } from '../../src/console/renderReply.js';
import { composeDigest } from '../../src/digest/composeDigest.js';
import { extractFigures } from '../../src/figures/extractFigures.js';
import type { Dossier } from '../../src/knowledge/types.js';
import { summarizeSources, type SourceSummary } from '../../src/reply/replyTo.js';
import { SUBCOMMANDS } from '../../src/reply/commands.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const DOSSIER: Dossier = { id: 'd', command: '/d', title: 'Kazachstan', language: 'nl', examples: [], topics: [], figureNotes: [], articles: [], glossary: [] };
const RESULT: AnswerResult = {
  text: 'Rusland stuurt troepen.',
  match: 'full',
  score: 1,
  highlights: [],
  caveats: [],
  citation: { dossierId: 'd', articleId: 'd/a', title: 'A', titleDerived: false, source: 'NOS', date: '2022-01-06', url: null, paragraph: 1, sentence: 1, heading: null },
};
const answer = (over: Partial<Answer> = {}): Answer => ({ query: 'troepen', dossierId: 'd', concepts: ['troepen'], results: [RESULT], gap: null, more: 0, unmatched: [], suggestions: [], ...over });

describe('renderReply', () => {
  it('renders an answer as renderAnswer does, from the page’s offset', () => {
    const a = answer();
    expect(renderReply({ kind: 'answer', dossier: DOSSIER, answer: a, offset: 3 })).toBe(renderAnswer(a, 'Kazachstan', undefined, 3));
    expect(renderReply({ kind: 'answer', dossier: DOSSIER, answer: a, offset: 3 })).toContain('\n4. Rusland stuurt troepen.');
  });

  it('suggests other words or help when nothing answers', () => {
    const text = renderReply({ kind: 'answer', dossier: DOSSIER, answer: answer({ results: [] }), offset: 0 });
    expect(text.split('\n')).toEqual(['No sentence in “Kazachstan” answers “troepen”.', 'Try other words, or /d help.']);
  });

  describe('help', () => {
    const help = renderReply({ kind: 'help', dossier: { ...DOSSIER, description: 'Onrust', examples: ['troops', 'hoeveel doden'] }, reason: 'asked' });
    const lines = help.split('\n');

    it('opens with the title and description', () => {
      expect(lines[0]).toBe('Kazachstan — Onrust');
      expect(renderReply({ kind: 'help', dossier: DOSSIER, reason: 'asked' }).split('\n')[0]).toBe('Kazachstan');
    });

    it('lists every subcommand, the mention, "more" and "quit", meanings in one column', () => {
      expect(lines[1]).toBe('');
      const table = lines.slice(2, lines.indexOf('', 2));
      expect(table).toHaveLength(SUBCOMMANDS.length + 3);
      expect(table[0]).toMatch(/^ {2}\/d <question> +the best matching sentences/u);
      const column = (line: string): number => line.search(/(?<=\S {2,})\S/u);
      expect(new Set(table.map(column)).size).toBe(1);
      expect(table.at(-1)).toMatch(/^ {2}quit +end the console \(or Ctrl-D\)$/u);
    });

    it('gives the examples with the command', () => {
      expect(lines.slice(-3)).toEqual(['Examples:', '  /d troops', '  /d hoeveel doden']);
      expect(renderReply({ kind: 'help', dossier: DOSSIER, reason: 'asked' })).not.toContain('Examples:');
    });

    it('explains how to ask when there was no question', () => {
      expect(renderReply({ kind: 'help', dossier: DOSSIER, reason: 'no-question' }).split('\n')[0]).toBe('I did not find a question in that. Ask with a few words, in English or Dutch.');
    });
  });

  it('lists the sources with what is unknown, derived titles and links', () => {
    const sources: SourceSummary[] = [
      { id: 'd/a', title: 'Rusland stuurt troepen', titleDerived: false, source: 'NOS', date: '2022-01-06', url: 'https://example.org/a', sentences: 12 },
      { id: 'd/b', title: 'De onrust begon', titleDerived: true, source: null, date: null, url: null, sentences: 3 },
    ];
    expect(renderReply({ kind: 'sources', dossier: DOSSIER, sources }).split('\n')).toEqual([
      'Kazachstan — 2 articles',
      '  • Rusland stuurt troepen — NOS · 2022-01-06 · 12 sentences · https://example.org/a',
      '  • De onrust begon (opening words) — source unknown · date unknown · 3 sentences',
    ]);
  });

  describe('figures', () => {
    const index = tinyIndex(
      {
        a: ['De politie meldde dat 16 agenten zijn gedood.', 'Volgens de politie zijn 9.900 mensen gearresteerd.'],
        b: ['Volgens de politie zijn ruim 10.000 mensen gearresteerd.'],
        c: ['Er zouden 8 agenten zijn gedood.'],
      },
      '',
      {
        topics: [
          { name: 'deaths', label: 'Doden', words: ['gedood'], groups: [{ name: 'security forces', words: ['agenten'] }] },
          { name: 'arrests', label: 'Arrestaties', words: ['gearresteerd'], groups: [] },
        ],
        dates: { a: '2022-01-10', b: '2022-01-14', c: '2022-01-10' },
      },
    );

    it('lists the figures, where sources differ, their sentences and how they moved', () => {
      const lines = renderReply({ kind: 'figures', dossier: index.dossier, topics: extractFigures(index), asked: 'doden' }).split('\n');
      expect(lines[0]).toBe('Figures in Tiny — doden');
      expect(lines).toContain('  • Doden — security forces  ⚠ SOURCES DIFFER: 16 agenten ≠ 8 agenten');
      expect(lines).toContain('      16 agenten — De politie · as of 10 Jan 2022 (article date)');
      expect(lines).toContain('        “De politie meldde dat 16 agenten zijn gedood.” (a, Testkrant, 2022-01-10, ¶1)');
      expect(lines).toContain('      8 agenten — no source named · as of 10 Jan 2022 (article date) · hedged: “zouden”');
      const at = lines.indexOf('  How Arrestaties moved:');
      expect(at).toBeGreaterThan(0);
      expect(lines.slice(at + 1)).toEqual(['      10 Jan 2022  9.900 mensen        de politie', '      14 Jan 2022  ruim 10.000 mensen  de politie']);
    });

    it('says when there are none, for a topic or at all', () => {
      expect(renderReply({ kind: 'figures', dossier: index.dossier, topics: [], asked: 'vaccins' })).toBe('No figures for “vaccins” in Tiny.');
      expect(renderReply({ kind: 'figures', dossier: index.dossier, topics: [] })).toBe('No figures tracked in Tiny.');
    });
  });

  it('shows the digest preview as the terminal digest', () => {
    const index = tinyIndex({ a: ['Een zin.'] });
    const digest = composeDigest({ dossiers: [index], date: '2022-01-15', firstSeen: new Map(), queries: [] });
    expect(renderReply({ kind: 'digest', dossier: index.dossier, digest })).toBe(renderDigest(digest));
    expect(renderReply({ kind: 'digest', dossier: index.dossier, digest: undefined })).toBe('The digest preview is not available here.');
  });

  it('asks for a shorter question', () => {
    expect(renderReply({ kind: 'too_long', dossier: DOSSIER, length: 2100, max: 500 })).toBe('That question is 2100 characters long; please ask in at most 500.');
  });

  it('says where articles are added and removed: Slack for editors, or npm run ingest on the server', () => {
    expect(renderReply({ kind: 'editorial', dossier: DOSSIER, action: 'add' })).toBe(`Articles are added in Slack (${DOSSIER.command} add <link>, by an editor) or here with: npm run ingest -- <link | file> --dossier ${DOSSIER.id}`);
    expect(renderReply({ kind: 'editorial', dossier: DOSSIER, action: 'remove' })).toMatch(/^Articles are removed in Slack \(\/\S+ remove <article>, by an editor\)/u);
  });

  it('lists the sources of a loaded dossier by their titles', () => {
    const index = tinyIndex({ troepen: ['Een.'], olie: ['Twee.', 'Drie.'] });
    const text = renderReply({ kind: 'sources', dossier: index.dossier, sources: summarizeSources(index.dossier) });
    expect(text).toContain('  • olie — Testkrant');
    expect(text).toContain('· 2 sentences');
  });
});
