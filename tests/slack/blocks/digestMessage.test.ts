/** The daily digest as a Slack message: within Block Kit's limits, escaped, with fallback text. */
import { describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import type { Digest, DossierDigest } from '../../../src/digest/composeDigest.js';
import type { Dossier } from '../../../src/knowledge/types.js';
import type { SourceSummary } from '../../../src/reply/replyTo.js';
import { digestMessage } from '../../../src/slack/blocks/digestMessage.js';
import { MAX_BLOCKS, MAX_SECTION_TEXT } from '../../../src/slack/blocks/limits.js';
import { sampleDigest } from '../../helpers/sampleDigest.js';

const digest = sampleDigest({ deskNote: 'geen <zin> & meer', queries: [{ query: '<!channel> troepen & co', results: 3 }, { query: 'vaccin <b>', results: 0 }] });
const sampleDossier = (digest.dossiers[0] as DossierDigest).dossier;

type Block = types.KnownBlock;
const sectionTexts = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
const contextTexts = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.type === 'context' ? b.elements.flatMap((e) => ('text' in e && typeof e.text === 'string' ? [e.text] : [])) : []));
const quiet = (dossier: Dossier, over: Partial<DossierDigest> = {}): DossierDigest => ({ dossier, newArticles: [], figures: [], mostAsked: [], unanswered: [], staleNotes: [], ...over });
const article = (i: number, over: Partial<SourceSummary> = {}): SourceSummary => ({ id: `tiny/${i}`, title: `Artikel ${i}`, titleDerived: false, source: 'Testkrant', date: '2022-01-14', url: null, sentences: 3, ...over });

describe('digestMessage', () => {
  const message = digestMessage(digest);
  const sections = sectionTexts(message.blocks);

  it('opens with a header naming the day', () => {
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Dossier digest — Saturday, 15 January 2022' } });
  });

  it('has fallback text summing up each dossier', () => {
    expect(message.text.split('\n')).toEqual(['Dossier digest 2022-01-15', 'Tiny: 1 new article; sources differ on Doden (security forces)']);
  });

  it('gives each dossier a divider and its title with command', () => {
    expect(message.blocks[1]).toEqual({ type: 'divider' });
    expect(sections).toContain('*Tiny* — `/tiny`');
  });

  it('lists the figures with their warnings and citations', () => {
    const figures = sections.find((s) => s.startsWith('*Figures*'));
    expect(figures).toBeDefined();
    expect(figures).toContain('• *Doden — security forces* ⚠️ _sources differ: 16 agenten ≠ 8 agenten_');
    expect(figures).toContain('*16 agenten* — De politie · as of 10 Jan 2022 (article date)');
    expect(figures).toContain('⚠️ _RETRACTED: “trokken die informatie later in”_');
    expect(figures).toContain('⚠️ _hedged: “zouden”_');
  });

  it('shows how a measure moved as a table, with the chart to follow in the thread', () => {
    const table = sections.find((s) => s.startsWith('*How Arrestaties moved* (chart in the thread):'));
    expect(table).toBe('*How Arrestaties moved* (chart in the thread):\n```10 Jan 2022  9.900 mensen        de politie\n14 Jan 2022  ruim 10.000 mensen  de politie```');
  });

  it('escapes everything echoed: questions, desk notes', () => {
    const shown = JSON.stringify(message.blocks);
    expect(shown).not.toMatch(/<!channel>|<b>|<zin>/u);
    expect(sections).toContain('*Most asked:* “&lt;!channel&gt; troepen &amp; co” (1×) · “vaccin &lt;b&gt;” (1×)');
    expect(sections).toContain('*No good answer yet* (to do for editors): “vaccin &lt;b&gt;” (1×)');
    expect(sections).toContain('*Figure corrections in dossier.yml that match no figure* (to do for editors): “geen &lt;zin&gt; &amp; meer” (line 7)');
  });

  it('escapes dossier titles and article titles, in blocks and fallback text', () => {
    const odd: Dossier = { ...sampleDossier, title: 'A & <B>' };
    const m = digestMessage({ date: '2022-01-15', dossiers: [quiet(odd, { newArticles: [article(1, { title: '<!here> x' })] })] });
    expect(JSON.stringify(m)).not.toMatch(/<!here>|<B>/u);
    expect(sectionTexts(m.blocks)).toContain('*A &amp; &lt;B&gt;* — `/tiny`');
    expect(m.text).toContain('A &amp; &lt;B&gt;: 1 new article');
  });

  it('says when nothing new arrived, and counts articles in the fallback', () => {
    const m = digestMessage({ date: '2022-01-15', dossiers: [quiet(sampleDossier), quiet({ ...sampleDossier, title: 'Two' }, { newArticles: [article(1), article(2)] })] });
    expect(sectionTexts(m.blocks)).toContain('*New:* nothing new arrived since the last digest.');
    expect(m.text.split('\n').slice(1)).toEqual(['Tiny: nothing new', 'Two: 2 new articles']);
  });

  it('names 25 new articles, then says how many more and where to see them', () => {
    const m = digestMessage({ date: '2022-01-15', dossiers: [quiet(sampleDossier, { newArticles: Array.from({ length: 30 }, (_, i) => article(i)) })] });
    const text = sectionTexts(m.blocks).join('\n');
    expect(text).toContain('*New since the last digest (30):*');
    expect(text).toContain('Artikel 24');
    expect(text).not.toContain('Artikel 25');
    expect(text).toContain('… and 5 more (`/tiny sources`)');
  });

  it('ends with how to ask, naming every dossier’s command', () => {
    expect(contextTexts(message.blocks).at(-1)).toMatch(/^Ask with `\/tiny <question>`, mention @Dossier bot/u);
    const none = digestMessage({ date: '2022-01-15', dossiers: [] });
    expect(contextTexts(none.blocks)).toHaveLength(1);
    expect(contextTexts(none.blocks)[0]).toMatch(/^Ask with a dossier command/u);
    expect(none.text).toBe('Dossier digest 2022-01-15');
  });

  it('stays within Block Kit’s limits for many large dossiers', () => {
    const many: Digest = {
      date: '2022-01-15',
      dossiers: Array.from({ length: 12 }, (_, d) =>
        quiet({ ...sampleDossier, id: `d${d}`, command: `/d${d}`, title: `Dossier ${d}` }, {
          newArticles: Array.from({ length: 25 }, (_, i) => article(i, { title: `${'Lange titel '.repeat(20)}${i}` })),
          figures: digest.dossiers[0]!.figures,
          mostAsked: [{ query: 'x'.repeat(400), count: 3 }],
          unanswered: [{ query: 'y'.repeat(400), count: 2 }],
        }),
      ),
    };
    const m = digestMessage(many);
    expect(m.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    const texts = sectionTexts(m.blocks);
    expect(texts.length).toBeGreaterThan(10);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    expect(m.text.length).toBeGreaterThan(0);
    expect(m.text.length).toBeLessThanOrEqual(3000);
    expect(contextTexts(m.blocks).at(-1)).toMatch(/more blocks left out/u);
  });
});
