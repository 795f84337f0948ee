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

  it('still gives the figures on a quiet day, and says nothing new arrived', () => {
    const digest = composeDigest({ dossiers: [index], date: '2026-11-23', since: new Date('2026-11-22T07:00:00Z'), firstSeen, queries: [] });
    const text = renderDigest(digest);
    expect(text).toContain('nothing new arrived since the last digest');
    expect(text).toMatch(/Doden — security forces {2}⚠ SOURCES DIFFER/u);
    expect(text).toContain('bijna 8.000');
    const message = digestMessage(digest);
    expect(JSON.stringify(message.blocks)).toContain('nothing new arrived');
    expect(message.text).toContain('sources differ on Doden (security forces)');
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
