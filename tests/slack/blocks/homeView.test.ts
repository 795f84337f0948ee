/** The App Home tab: the dossiers, their articles and last update, and how to ask. */
import { describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import type { Dossier } from '../../../src/knowledge/types.js';
import { homeView, lastUpdate } from '../../../src/slack/blocks/homeView.js';
import { MAX_BLOCKS, MAX_CONTEXT_TEXT, MAX_SECTION_TEXT } from '../../../src/slack/blocks/limits.js';
import type { DossierIndex } from '../../../src/search/sentenceIndex.js';
import { tinyIndex } from '../../helpers/tinyDossier.js';

type Block = types.KnownBlock;
/** A view's blocks are typed as any block; the home view builds known ones only. */
const sectionTexts = (view: readonly unknown[]): string[] => (view as Block[]).flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
const contextTexts = (view: readonly unknown[]): string[] => (view as Block[]).flatMap((b) => (b.type === 'context' ? b.elements.flatMap((e) => ('text' in e && typeof e.text === 'string' ? [e.text] : [])) : []));

const base = tinyIndex({ troepen: ['Rusland stuurt troepen naar Kazachstan.', 'De CSTO stuurt 2.500 militairen.'], olie: ['De olieprijs steeg.'] }, '', { dates: { troepen: '2022-01-06', olie: '2022-01-11' } });
const withDossier = (index: DossierIndex, over: Partial<Dossier>): DossierIndex => ({ ...index, dossier: { ...index.dossier, ...over } });

describe('lastUpdate', () => {
  it('is the most recent article date', () => {
    expect(lastUpdate(base)).toBe('2022-01-11');
  });

  it('reads month-only dates among full ones', () => {
    const index = tinyIndex({ a: ['Een.'], b: ['Twee.'], c: ['Drie.'] }, '', { dates: { a: '2022-01-31', b: '2022-02', c: 'unknown' } });
    expect(lastUpdate(index)).toBe('2022-02');
  });

  it('is undefined when no article has a date', () => {
    expect(lastUpdate(tinyIndex({ a: ['Een.'] }, '', { dates: { a: 'unknown' } }))).toBeUndefined();
  });
});

describe('homeView', () => {
  it('is a home view with a header, and says so when no dossier is loaded', () => {
    const view = homeView([]);
    expect(view.type).toBe('home');
    expect(view.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Dossier bot' } });
    expect(sectionTexts(view.blocks)).toContain('_No dossiers are loaded yet._');
  });

  it('describes each dossier: title, command, articles, sentences and last update', () => {
    const view = homeView([withDossier(base, { description: 'Onrust in januari' })]);
    expect(sectionTexts(view.blocks)).toContain('*Tiny* — `/tiny`\n2 articles, 3 sentences · last update 2022-01-11\nOnrust in januari');
    expect(sectionTexts(view.blocks).join('\n')).toContain('• *troepen* — Testkrant · 2022-01-06 · 2 sentences');
    expect(sectionTexts(view.blocks).join('\n')).not.toContain('No dossiers are loaded');
  });

  it('says "unknown" when no article is dated', () => {
    const view = homeView([tinyIndex({ a: ['Een.'] }, '', { dates: { a: 'unknown' } })]);
    expect(sectionTexts(view.blocks).join('\n')).toContain('last update unknown');
  });

  it('offers the examples to try, only when there are some', () => {
    expect(contextTexts(homeView([base]).blocks)).toEqual([]);
    const view = homeView([withDossier(base, { examples: ['troops', 'hoeveel doden'] })]);
    expect(contextTexts(view.blocks)).toEqual(['Try: `/tiny troops` · `/tiny hoeveel doden`']);
  });

  it('ends with how to ask, from the one table of subcommands', () => {
    const last = sectionTexts(homeView([base]).blocks).at(-1) ?? '';
    expect(last.startsWith('*How to ask*\n')).toBe(true);
    for (const usage of ['/&lt;dossier&gt; &lt;question&gt;', '/&lt;dossier&gt; figures [topic]', '/&lt;dossier&gt; sources', '/&lt;dossier&gt; digest', '/&lt;dossier&gt; help']) expect(last).toContain(`\`${usage}\``);
    expect(last).toContain('*Share in channel* posts it');
  });

  it('escapes titles, descriptions, examples and article titles', () => {
    const odd = tinyIndex({ '<!channel>': ['Een zin.'] });
    const view = homeView([withDossier(odd, { title: 'A & <B>', description: '<@U123> leest mee', examples: ['<!here> troepen'] })]);
    const shown = JSON.stringify(view.blocks);
    expect(shown).not.toMatch(/<!channel>|<B>|<@U123>|<!here>/u);
    expect(shown).toContain('A &amp; &lt;B&gt;');
    expect(shown).toContain('&lt;@U123&gt; leest mee');
    expect(shown).toContain('`/tiny &lt;!here&gt; troepen`');
  });

  it('stays within 50 blocks, saying where to find the rest', () => {
    const many = Array.from({ length: 30 }, (_, i) => withDossier(base, { id: `d${i}`, command: `/d${i}`, title: `Dossier ${i}` }));
    const view = homeView(many);
    expect(view.blocks).toHaveLength(MAX_BLOCKS);
    expect(contextTexts(view.blocks).at(-1)).toBe('… more dossiers than fit here; use `/<dossier> sources`.');
  });

  it('keeps each section within 3,000 characters for a dossier of many articles', () => {
    const index = tinyIndex(Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`artikel-met-een-lange-naam-${i}`, [`Zin ${i} over troepen.`]])));
    const texts = sectionTexts(homeView([index]).blocks);
    expect(texts.length).toBeGreaterThan(3);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(MAX_SECTION_TEXT);
  });

  // Found by this test and fixed (src/slack/blocks/homeView.ts): the view is not held to the section and context limits
  // (it does not go through withinLimits): dossier.yml's description has no length limit, so a
  // 4,000-character description gives a 4,0xx-character section, and views.publish is refused.
  it('keeps the dossier section within 3,000 characters for a long description (counterexample: description "x" × 4000)', () => {
    const texts = sectionTexts(homeView([withDossier(base, { description: 'x'.repeat(4000) })]).blocks);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(MAX_SECTION_TEXT);
  });

  // Same cause: 80 examples of 40 characters make a 4,0xx-character context text (a text object
  // holds 3,000 at most; limits.ts holds context texts to 2,000).
  it('keeps the examples within a text object’s limit (counterexample: 80 examples of 40 characters)', () => {
    const texts = contextTexts(homeView([withDossier(base, { examples: Array.from({ length: 80 }, (_, i) => `${'v'.repeat(37)}${String(i).padStart(3, '0')}`) })]).blocks);
    expect(texts).toHaveLength(1);
    expect(texts[0]!.length).toBeLessThanOrEqual(Math.max(MAX_CONTEXT_TEXT, MAX_SECTION_TEXT));
  });
});
