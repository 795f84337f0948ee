import { describe, expect, it } from 'vitest';
import { composeDigest } from '../../src/digest/composeDigest.js';
import { renderDigest } from '../../src/console/renderDigest.js';
import { digestMessage } from '../../src/slack/blocks/digestMessage.js';
import { MAX_BLOCKS, MAX_SECTION_TEXT } from '../../src/slack/blocks/limits.js';
import type { QueryLogEntry } from '../../src/state/queryLog.js';
import { kazakhstan } from '../helpers/seeds.js';
import { tinyIndex } from '../helpers/tinyDossier.js';

const asked = (query: string, results: number, time = '2026-11-21T10:00:00Z'): QueryLogEntry => ({ type: 'asked', id: `${query}-${time}`, time, dossierId: 'kazakhstan', query, results });

describe('composing the digest', async () => {
  const index = await kazakhstan();
  const firstSeen = new Map([
    ['kazakhstan/rusland-stuurt-troepen', '2026-11-01T09:00:00Z'],
    ['kazakhstan/tokajev-staatsgreep', '2026-11-21T15:00:00Z'],
  ]);

  it('lists articles added since the previous digest, the figures, most asked and unanswered questions', () => {
    const queries = [asked('troops', 5), asked('Troops ', 5), asked('troops', 5), asked('deaths', 4), asked('vaccine', 0), asked('vaccine', 0), asked('old question', 0, '2026-11-01T10:00:00Z')];
    const digest = composeDigest({ dossiers: [index], date: '2026-11-22', since: new Date('2026-11-21T07:00:00Z'), firstSeen, queries });
    const [part] = digest.dossiers;
    expect(part?.newArticles.map((a) => a.id)).toEqual(['kazakhstan/tokajev-staatsgreep']);
    expect(part?.mostAsked[0]).toEqual({ query: 'troops', count: 3 });
    expect(part?.unanswered).toEqual([{ query: 'vaccine', count: 2 }]);
    expect(part?.figures.map((t) => t.topic)).toEqual(['deaths', 'arrests', 'troops', 'opponents']);
  });

  it('still gives the figures on a quiet day, with who says so and how firmly, and says nothing new arrived', () => {
    const digest = composeDigest({ dossiers: [index], date: '2026-11-23', since: new Date('2026-11-22T07:00:00Z'), firstSeen, queries: [] });
    const text = renderDigest(digest);
    expect(text).toContain('nothing new arrived since the last digest');
    expect(text).toContain('bijna 8.000 mensen — Zijn veiligheidsdiensten');
    // The retracted figure is marked, the hedged ones say so, and "minstens dertien" and 16 do not dispute.
    expect(text).toContain('164 doden — De autoriteiten, op sociale media · afgelopen weekeinde (article undated) · RETRACTED: “trokken die informatie later in”');
    expect(text).toContain('16 doden — no source named (the sentence before cites De autoriteiten) · date unknown · hedged: “zouden”');
    expect(text).not.toContain('SOURCES DIFFER');
    const message = digestMessage(digest);
    const blocks = JSON.stringify(message.blocks);
    expect(blocks).toContain('nothing new arrived');
    expect(blocks).toContain('RETRACTED');
    expect(message.text).not.toContain('sources differ');
  });

  it('lists desk corrections that match no figure any more, as a to-do for editors', () => {
    const noted = { ...index, dossier: { ...index.dossier, figureNotes: [{ sentence: 'een zin die er niet meer is', hide: true, line: 31 }] } };
    const digest = composeDigest({ dossiers: [noted], date: '2026-11-23', firstSeen, queries: [] });
    expect(renderDigest(digest)).toContain('Figure corrections in dossier.yml that match no figure (to do for editors): “een zin die er niet meer is” (line 31)');
    expect(JSON.stringify(digestMessage(digest).blocks)).toContain('match no figure');
    expect(digest.dossiers[0]?.staleNotes).toHaveLength(1);
  });

  it('stays within Block Kit limits with 50 new articles', () => {
    const big = tinyIndex(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`nieuw-artikel-met-een-lange-titel-nummer-${i}`, [`Er zijn ${i + 10} doden gevallen bij gevechten in de hoofdstad.`]])));
    const withTopics = { ...big, dossier: { ...big.dossier, topics: index.dossier.topics } };
    const digest = composeDigest({ dossiers: [withTopics, index], date: '2026-11-22', firstSeen: new Map(), queries: Array.from({ length: 40 }, (_, i) => asked(`vraag ${i}`, 0)) });
    const message = digestMessage(digest);
    expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    for (const block of message.blocks) {
      const text = (block as { text?: { text?: string } }).text?.text ?? '';
      expect(text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    }
    expect(JSON.stringify(message.blocks)).toContain('and 25 more');
    expect(message.text.length).toBeGreaterThan(0);
  });
});
